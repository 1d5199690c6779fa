// One loader for the word tables of the language readers (languages/*Words.ts): the shapes their lexicon files share
// (a list of phrases, lists keyed by the English they mean, kind lists keyed by a kind id), the phrase → English map
// read back from such lists, the longest phrase of a table, and the cheap first check a reader runs on every sentence
// (a letter of its script, or a marker word typed in Latin letters). Each reader loaded these the same way on its own.
import { z } from 'zod';

/** A lexicon list: phrases as typed, none empty. */
export const phrases = z.array(z.string().min(1));
/** Lists keyed by the English they mean ("turn on": [...], "where": [...]). */
export const byEnglish = z.record(z.string(), phrases);
/** Kind words keyed by the kind's id ("air_conditioner": [...]). */
export const kindLists = z.record(z.string().regex(/^[a-z_]+$/), phrases);

/** Each phrase of lists keyed by English, back to that English (a phrase in two lists keeps the later one). */
export function englishByPhrase(lists: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const [english, list] of Object.entries(lists)) for (const phrase of list) out.set(phrase, english);
  return out;
}

/** Kind lists keyed by the kind said in English ("air_conditioner" → "air conditioner"), in order. */
export function kindsInEnglish(kinds: Readonly<Record<string, readonly string[]>>): Record<string, readonly string[]> {
  return Object.fromEntries(Object.entries(kinds).map(([id, list]) => [id.replace(/_/g, ' '), list]));
}

/** Each kind word back to its kind said in English ("کولر گازی" → "air conditioner"; a word in two lists keeps the later). */
export function kindByPhrase(kinds: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, string> {
  return englishByPhrase(kindsInEnglish(kinds));
}

/** The most words one phrase of a table has: how far a reader looks ahead for a phrase. */
export function longestPhrase(table: ReadonlyMap<string, unknown>): number {
  return Math.max(...[...table.keys()].map((k) => k.split(' ').length));
}

/** The one cheap check run on every sentence: a letter of the reader's script, or one of its Latin-letter marker words. */
export function scriptOrMarker(script: RegExp, markers: ReadonlySet<string>, latinLetters = 2): (text: string) => boolean {
  const latin = new RegExp(`[a-z]{${latinLetters}}`, 'i');
  return (text) => {
    if (script.test(text)) return true;
    if (!latin.test(text)) return false;
    return text.toLowerCase().split(/[^a-z]+/).some((w) => markers.has(w));
  };
}
