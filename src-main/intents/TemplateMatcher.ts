// Compiled templates and the matcher. A template matches when it accounts for every word of the input; slots take
// one or more words and the caller decides what those words mean (see SlotResolver). All parses are returned because
// "turn off the kitchen lights" parses both as one device and as place + kind, and only the graph can say which holds.
import type { Token } from './normalizeText';
import type { PatternNode } from './templateLanguage';

export interface CompiledTemplate {
  intent: string;
  source: string;
  nodes: PatternNode[];
  /** Lower weight for catch-all phrasings, so a more specific template wins a tie. */
  weight: number;
  /** Keys the first input word may have; undefined when a slot can come first. */
  firstKeys: Set<string> | undefined;
  /** Keys every parse consumes (words outside optional groups, and words all options of a group share): a sentence
   *  without one of them is never matched, so the backtracking is not even started. */
  requiredKeys: readonly string[];
  /** The fewest words a parse consumes. */
  minWords: number;
}

export interface TemplateParse {
  template: CompiledTemplate;
  /** Slot name → the words it took. */
  slots: Map<string, { type: string; tokens: Token[] }>;
}

const MAX_SLOT_WORDS = 8;
const MAX_PARSES_PER_TEMPLATE = 12;

export function compileTemplate(intent: string, source: string, nodes: PatternNode[], weight = 1): CompiledTemplate {
  return { intent, source, nodes, weight, firstKeys: firstKeys(nodes), requiredKeys: [...requiredKeys(nodes)], minWords: minWords(nodes) };
}

export class TemplateMatcher {
  constructor(private readonly templates: readonly CompiledTemplate[]) {}

  match(tokens: readonly Token[]): TemplateParse[] {
    const first = tokens[0];
    if (!first) return [];
    const parses: TemplateParse[] = [];
    const said = new Set(tokens.map((t) => t.key));
    for (const template of this.templates) {
      if (template.firstKeys && !template.firstKeys.has(first.key)) continue;
      if (template.minWords > tokens.length || !template.requiredKeys.every((k) => said.has(k))) continue;
      let found = 0;
      matchSequence(template.nodes, 0, tokens, 0, [], (pos, bindings) => {
        if (pos !== tokens.length || found >= MAX_PARSES_PER_TEMPLATE) return found >= MAX_PARSES_PER_TEMPLATE;
        found++;
        const slots = new Map<string, { type: string; tokens: Token[] }>();
        for (const b of bindings) slots.set(b.name, { type: b.type, tokens: tokens.slice(b.start, b.end) });
        parses.push({ template, slots });
        return found >= MAX_PARSES_PER_TEMPLATE;
      });
    }
    return parses;
  }
}

interface Binding {
  name: string;
  type: string;
  start: number;
  end: number;
}

/** Continuation-passing backtracking; `done` returning true stops the search early. */
function matchSequence(
  nodes: readonly PatternNode[],
  index: number,
  tokens: readonly Token[],
  pos: number,
  bindings: Binding[],
  done: (pos: number, bindings: Binding[]) => boolean,
): boolean {
  const node = nodes[index];
  if (!node) return done(pos, bindings);
  const next = (p: number, b: Binding[]): boolean => matchSequence(nodes, index + 1, tokens, p, b, done);
  if (node.kind === 'word') {
    return tokens[pos]?.key === node.key ? next(pos + 1, bindings) : false;
  }
  if (node.kind === 'slot') {
    const max = Math.min(MAX_SLOT_WORDS, tokens.length - pos);
    for (let len = 1; len <= max; len++) {
      if (next(pos + len, [...bindings, { name: node.name, type: node.type, start: pos, end: pos + len }])) return true;
    }
    return false;
  }
  for (const option of node.options) {
    if (matchSequence(option, 0, tokens, pos, bindings, (p, b) => next(p, b))) return true;
  }
  return node.optional ? next(pos, bindings) : false;
}

function firstKeys(nodes: readonly PatternNode[]): Set<string> | undefined {
  const keys = new Set<string>();
  // Walks the leading nodes: an optional group adds its first words and lets the next node contribute too.
  const collect = (list: readonly PatternNode[]): 'closed' | 'open' | 'slot' => {
    for (const node of list) {
      if (node.kind === 'word') {
        keys.add(node.key);
        return 'closed';
      }
      if (node.kind === 'slot') return 'slot';
      let allClosed = true;
      for (const option of node.options) {
        const r = collect(option);
        if (r === 'slot') return 'slot';
        if (r === 'open') allClosed = false;
      }
      if (!node.optional && allClosed) return 'closed';
    }
    return 'open';
  };
  const result = collect(nodes);
  return result === 'closed' ? keys : undefined;
}

/** Keys any match of the sequence consumes: its words, and of a group that must be said, the keys all options share. */
function requiredKeys(nodes: readonly PatternNode[]): Set<string> {
  const keys = new Set<string>();
  for (const node of nodes) {
    if (node.kind === 'word') keys.add(node.key);
    else if (node.kind === 'choice' && !node.optional) {
      const [first, ...others] = node.options.map(requiredKeys);
      for (const k of first ?? []) if (others.every((o) => o.has(k))) keys.add(k);
    }
  }
  return keys;
}

/** The fewest input words a match of the sequence consumes (a slot takes at least one). */
function minWords(nodes: readonly PatternNode[]): number {
  let count = 0;
  for (const node of nodes) {
    if (node.kind !== 'choice') count++;
    else if (!node.optional) count += Math.min(...node.options.map(minWords));
  }
  return count;
}
