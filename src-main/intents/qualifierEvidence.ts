// "I found no ele light", "I found no storen router": a word said before a kind that no device of the kind has is the
// evidence for that "none" only when the word is unknown to the home. A pronoun of any language ("ele", "ela") stands
// for the thing talked about, and a word the home names other devices with ("Storen" in "Stube Storen" beside a
// "runter" read as "router") says the kind was misread; either way the "none" would be confident and wrong.
import type { HomeSnapshot } from './HomeIndex';
import { FOREIGN_SINGULAR_PRONOUNS } from './foreignPronouns';
import { tokenize } from './normalizeText';

const PRONOUNS = new Set(['it', 'him', 'her', 'them', 'its', ...FOREIGN_SINGULAR_PRONOUNS]);

/** True when the qualifier's words are a pronoun or name other devices of the home, so no "none" can be said. */
export function qualifierPointsElsewhere(snapshot: HomeSnapshot, qualifier: string): boolean {
  return tokenize(qualifier).some((t) => PRONOUNS.has(t.text) || (t.key.length >= 3 && snapshot.deviceNameKeys.has(t.key)));
}
