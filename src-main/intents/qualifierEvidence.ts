// "I found no ele light", "I found no storen router": a word said before a kind that no device of the kind has is the
// evidence for that "none" only when the word is unknown to the home. A pronoun of any language ("ele", "ela") stands
// for the thing talked about, and a word the home names other devices with ("Storen" in "Stube Storen" beside a
// "runter" read as "router") says the kind was misread; either way the "none" would be confident and wrong. So is a
// word a device's description gives as its other name in brackets ("robot mower (sláttuvél)": "is the sláttuvél charged"
// is no "sláttuvél EV charger").
import type { HomeSnapshot } from './HomeIndex';
import { FOREIGN_SINGULAR_PRONOUNS } from './languages/foreignPronouns';
import { tokenize } from './normalizeText';

const PRONOUNS = new Set(['it', 'him', 'her', 'them', 'its', ...FOREIGN_SINGULAR_PRONOUNS]);

/** True when the qualifier's words are a pronoun or name other devices of the home, so no "none" can be said. */
export function qualifierPointsElsewhere(snapshot: HomeSnapshot, qualifier: string): boolean {
  const keys = tokenize(qualifier).filter((t) => PRONOUNS.has(t.text) || t.key.length >= 3);
  if (keys.some((t) => PRONOUNS.has(t.text) || snapshot.deviceNameKeys.has(t.key))) return true;
  return keys.length > 0 && snapshot.devices.some((d) => bracketedWords(d.content['description']).some((w) => keys.some((t) => t.key === w)));
}

/** The words a description puts in brackets ("robot mower (sláttuvél)" → sláttuvél). */
function bracketedWords(description: unknown): string[] {
  if (typeof description !== 'string' || !description.includes('(')) return [];
  return [...description.matchAll(/\(([^)]*)\)/g)].flatMap((m) => tokenize(m[1] ?? '').map((t) => t.key));
}
