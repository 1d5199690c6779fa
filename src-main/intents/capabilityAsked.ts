// "what has a timer", "which devices can do a timer": one word the home itself lists as a capability, asked in a
// "which ones have it" frame. Alone such a word is too ordinary to count ("is the timer on"), so only this frame makes
// it the capability asked for.
import type { Token } from './normalizeText';

const WHICH = new Set(['what', 'which', 'anything', 'any', 'whats']);
const HAVE = new Set(['has', 'have', 'with', 'support', 'supports', 'do', 'does']);
// Words with an intent of their own ("which batteries are low") stay with it.
const OWN_INTENT = new Set(['battery', 'batteries', 'on', 'off', 'open', 'closed', 'locked', 'power']);

/** The word after "has a"/"can do a"/"with a" in a which-question when the home lists it as a capability. */
export function askedOwnCapability(tokens: readonly Token[], known: ReadonlyMap<string, string>): { value: string; text: string } | undefined {
  const keys = tokens.map((t) => t.key);
  if (!WHICH.has(keys[0] ?? '')) return undefined;
  for (let i = 1; i < keys.length; i++) {
    if (!HAVE.has(keys[i] ?? '')) continue;
    const at = ['a', 'an'].includes(keys[i + 1] ?? '') ? i + 2 : i + 1;
    const key = keys[at];
    const value = key && at === keys.length - 1 && !OWN_INTENT.has(key) ? known.get(key) : undefined;
    if (value && key) return { value, text: tokens[at]?.text ?? key };
  }
  return undefined;
}
