// The sentence template language of the intent data files (see README.md):
//   what (devices|things|gadgets) (are|is) in [the] {place}
// `(a|b c)` alternatives, `[x]` / `[x|y]` optional, `{slot}` or `{name:type}` a slot of one or more words, anything
// else a literal word (normalised like user text: "what's" = "what is", "lights" = "light", "colour" = "color").
import { tokenize } from './normalizeText';

export type PatternNode =
  | { kind: 'word'; key: string; text: string }
  | { kind: 'choice'; options: PatternNode[][]; optional: boolean }
  | { kind: 'slot'; name: string; type: string };

export class TemplateSyntaxError extends Error {
  override readonly name = 'TemplateSyntaxError';
}

const LEX = /\s*(\(|\)|\[|\]|\||\{[a-z_][a-z0-9_]*(?::[a-z_]+)?\}|[^\s()[\]|{}]+)/gy;

export function parseTemplate(source: string): PatternNode[] {
  const pieces: string[] = [];
  LEX.lastIndex = 0;
  const trimmed = source.trim();
  while (LEX.lastIndex < trimmed.length) {
    const start = LEX.lastIndex;
    const m = LEX.exec(trimmed);
    if (!m || m.index !== start) throw new TemplateSyntaxError(`Unexpected text at ${start} in template "${source}"`);
    pieces.push(m[1] ?? '');
  }
  let pos = 0;
  const parseSequence = (closers: string[]): PatternNode[][] => {
    const options: PatternNode[][] = [[]];
    while (pos < pieces.length) {
      const piece = pieces[pos] ?? '';
      if (closers.includes(piece)) return options;
      pos++;
      const current = options[options.length - 1] ?? [];
      if (piece === '|') {
        if (closers.length === 0) throw new TemplateSyntaxError(`"|" outside a group in template "${source}"`);
        options.push([]);
      } else if (piece === '(' || piece === '[') {
        const close = piece === '(' ? ')' : ']';
        const inner = parseSequence([close]);
        if (pieces[pos] !== close) throw new TemplateSyntaxError(`Missing "${close}" in template "${source}"`);
        pos++;
        if (inner.some((o) => o.length === 0)) throw new TemplateSyntaxError(`Empty alternative in template "${source}"`);
        current.push({ kind: 'choice', options: inner, optional: piece === '[' });
      } else if (piece === ')' || piece === ']') {
        throw new TemplateSyntaxError(`Unbalanced "${piece}" in template "${source}"`);
      } else if (piece.startsWith('{')) {
        const [name = '', type] = piece.slice(1, -1).split(':');
        current.push({ kind: 'slot', name, type: type ?? name.replace(/\d+$/, '') });
      } else {
        for (const token of tokenize(piece)) current.push({ kind: 'word', key: token.key, text: token.text });
      }
    }
    return options;
  };
  const top = parseSequence([]);
  if (pos !== pieces.length) throw new TemplateSyntaxError(`Unbalanced brackets in template "${source}"`);
  const sequence = top[0] ?? [];
  if (sequence.length === 0) throw new TemplateSyntaxError(`Empty template "${source}"`);
  return sequence;
}

/** Slot names used by a template, in order. */
export function slotsOf(nodes: readonly PatternNode[]): Array<{ name: string; type: string }> {
  const out: Array<{ name: string; type: string }> = [];
  const visit = (list: readonly PatternNode[]): void => {
    for (const node of list) {
      if (node.kind === 'slot') out.push({ name: node.name, type: node.type });
      else if (node.kind === 'choice') for (const option of node.options) visit(option);
    }
  };
  visit(nodes);
  return out;
}

/**
 * One phrasing of a template: `pick(n)` chooses among n options (alternatives, or for optional parts 0 = leave out),
 * `fill(name, type)` supplies slot text. Used for /help examples (always the first choice) and by property tests.
 */
export function renderTemplate(
  nodes: readonly PatternNode[],
  pick: (n: number) => number,
  fill: (name: string, type: string) => string,
): string {
  const words: string[] = [];
  const visit = (list: readonly PatternNode[]): void => {
    for (const node of list) {
      if (node.kind === 'word') words.push(node.text);
      else if (node.kind === 'slot') words.push(fill(node.name, node.type));
      else if (node.optional) {
        const choice = pick(node.options.length + 1);
        const option = choice > 0 ? node.options[choice - 1] : undefined;
        if (option) visit(option);
      } else {
        visit(node.options[pick(node.options.length)] ?? node.options[0] ?? []);
      }
    }
  };
  visit(nodes);
  return words.join(' ');
}
