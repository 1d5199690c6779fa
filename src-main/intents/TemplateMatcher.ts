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

/**
 * What one match found, kept for matching the same sentence again with a slip in it (`matchWith`): per template (by
 * its place in the list) the bindings of its parses, and the templates that gave as many parses as a template may.
 */
export interface MatchedWords {
  readonly tokens: readonly Token[];
  readonly bindings: ReadonlyMap<number, readonly Binding[][]>;
  readonly capped: ReadonlySet<number>;
}

export class TemplateMatcher {
  /** Every literal word of every template, by key. */
  private readonly literals: ReadonlySet<string>;
  /** By a first word's key, the templates that may start with it (theirs, and those a slot may start), in list order. */
  private readonly byFirstKey: ReadonlyMap<string, readonly number[]>;
  /** The templates a slot may start (no first keys): all a first word no template starts with may begin. */
  private readonly slotFirst: readonly number[];

  constructor(private readonly templates: readonly CompiledTemplate[]) {
    const literals = new Set<string>();
    const collect = (nodes: readonly PatternNode[]): void => {
      for (const node of nodes) {
        if (node.kind === 'word') literals.add(node.key);
        else if (node.kind === 'choice') for (const option of node.options) collect(option);
      }
    };
    for (const template of templates) collect(template.nodes);
    this.literals = literals;
    // Speed: a sentence's first word rules out most templates by one look-up instead of a test of each of them.
    const byFirstKey = new Map<string, number[]>();
    const slotFirst: number[] = [];
    for (const [index, template] of templates.entries()) {
      if (!template.firstKeys) {
        slotFirst.push(index);
        for (const list of byFirstKey.values()) list.push(index);
        continue;
      }
      for (const key of template.firstKeys) {
        const list = byFirstKey.get(key) ?? [...slotFirst];
        list.push(index);
        byFirstKey.set(key, list);
      }
    }
    this.byFirstKey = byFirstKey;
    this.slotFirst = slotFirst;
  }

  match(tokens: readonly Token[]): TemplateParse[] {
    return this.matchWith(tokens).parses;
  }

  /**
   * Round 39, speed: "how many lihgts are on" is matched with the slip mended ("lights"), then as typed. A word no
   * template has as a literal can only be taken by a slot, so the sentence as typed has exactly the parses of the
   * mended one in which a slot takes that word (the same backtracking, with the branches that read it as a literal cut,
   * so in the same order). When `earlier` is the same number of words and differs only in words no template has, its
   * parses are kept that way instead of matched again; a template that gave the most parses it may is matched again
   * (its list was cut short).
   */
  matchWith(tokens: readonly Token[], earlier?: MatchedWords): { parses: TemplateParse[]; matched: MatchedWords } {
    const parses: TemplateParse[] = [];
    const bindings = new Map<number, Binding[][]>();
    const capped = new Set<number>();
    const matched: MatchedWords = { tokens, bindings, capped };
    const first = tokens[0];
    if (!first) return { parses, matched };
    const slips = earlier ? this.slipsFrom(earlier.tokens, tokens) : undefined;
    const said = new Set(tokens.map((t) => t.key));
    const keep = (index: number, template: CompiledTemplate, bound: Binding[]): void => {
      const slots = new Map<string, { type: string; tokens: Token[] }>();
      for (const b of bound) slots.set(b.name, { type: b.type, tokens: tokens.slice(b.start, b.end) });
      parses.push({ template, slots });
      const ofTemplate = bindings.get(index);
      if (ofTemplate) ofTemplate.push(bound);
      else bindings.set(index, [bound]);
    };
    // Reusing an earlier match goes over every template (its parses may start at a slip); otherwise only over the
    // templates the first word may start, in the same order, so the parses come in the same order.
    const candidates = earlier && slips ? this.templates.keys() : (this.byFirstKey.get(first.key) ?? this.slotFirst);
    for (const index of candidates) {
      const template = this.templates[index];
      if (!template) continue;
      if (earlier && slips && !earlier.capped.has(index)) {
        for (const bound of earlier.bindings.get(index) ?? []) if (slips.every((at) => bound.some((b) => b.start <= at && at < b.end))) keep(index, template, bound);
        continue;
      }
      if (template.firstKeys && !template.firstKeys.has(first.key)) continue;
      if (template.minWords > tokens.length || !template.requiredKeys.every((k) => said.has(k))) continue;
      let found = 0;
      matchSequence(template.nodes, 0, tokens, 0, [], (pos, bound) => {
        if (pos !== tokens.length || found >= MAX_PARSES_PER_TEMPLATE) return found >= MAX_PARSES_PER_TEMPLATE;
        found++;
        keep(index, template, bound);
        return found >= MAX_PARSES_PER_TEMPLATE;
      });
      if (found >= MAX_PARSES_PER_TEMPLATE) capped.add(index);
    }
    return { parses, matched };
  }

  /** Where the words differ, when every word that differs is one no template has as a literal; else undefined. */
  private slipsFrom(before: readonly Token[], now: readonly Token[]): number[] | undefined {
    if (before.length !== now.length) return undefined;
    const at: number[] = [];
    for (const [i, token] of now.entries()) {
      if (token.key === before[i]?.key) continue;
      if (this.literals.has(token.key)) return undefined;
      at.push(i);
    }
    return at;
  }
}

export interface Binding {
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
  // A word is compared before any continuation is made: most words of most templates are not the word said there.
  if (node.kind === 'word') {
    return tokens[pos]?.key === node.key ? matchSequence(nodes, index + 1, tokens, pos + 1, bindings, done) : false;
  }
  const next = (p: number, b: Binding[]): boolean => matchSequence(nodes, index + 1, tokens, p, b, done);
  if (node.kind === 'slot') {
    const max = Math.min(MAX_SLOT_WORDS, tokens.length - pos);
    for (let len = 1; len <= max; len++) {
      if (next(pos + len, [...bindings, { name: node.name, type: node.type, start: pos, end: pos + len }])) return true;
    }
    return false;
  }
  for (const option of node.options) {
    if (matchSequence(option, 0, tokens, pos, bindings, next)) return true;
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
