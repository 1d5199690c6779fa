// "which automations switch the heaters off", "what switches it on": a kind word that is also a verb ("switch") is the
// verb when an object follows it (a determiner or a pronoun) and no determiner comes before it. Read as the kind
// there, the question was asked of the home's switches ("No automations affect the plug"), a wrong answer.
import type { Token } from './normalizeText';

const VERB_KINDS: ReadonlySet<string> = new Set(['switch', 'switches']);
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'it', 'them', 'all', 'every', 'both', 'those', 'these', 'this', 'that']);
const NOUN_BEFORE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'any', 'each', 'every', 'which', 'this', 'that', 'light', 'wall', 'smart', 'power']);

/** True when the one word at `pos` is a kind word used as a verb with its object after it. */
export function kindWordIsVerb(tokens: readonly Token[], pos: number): boolean {
  const word = tokens[pos]?.key;
  if (word === undefined || !VERB_KINDS.has(word)) return false;
  const before = tokens[pos - 1]?.key;
  const after = tokens[pos + 1]?.key;
  return before !== undefined && !NOUN_BEFORE.has(before) && after !== undefined && OBJECT_OPENERS.has(after);
}
