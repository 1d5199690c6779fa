// One token pass per sentence, shared by the readers of readInEnglish.ts (README, "Speed of the language layer", round
// 30): most sentences come back unchanged through thirty readers, and each reader's cheap check is a lookup of its
// marker words in this one Set rather than a tokenization of its own.
//
// Why a lookup here is a necessary condition of a reader's reading: the Set holds every word of the sentence as
// keyed by `wordKey` (lowercased, ’‘` as ', accents and marks left out, ı ø æ œ ß ł đ spelled in Latin letters, ς as σ), cut
// at every character that is no letter, digit 0-9, apostrophe or hyphen; each such run also cut at hyphens, at
// apostrophes, at both, and with its apostrophes left out, whole and cut at hyphens ("c'mere" is also "cmere", as
// spokenForms.ts keys it). A reader cuts its words at whitespace and punctuation, never inside such a run, so a
// reader's word equal to a marker (itself such a run: `markerSet` checks) is one of these words, and its key is in the
// Set. Keying both sides alike only widens the check. A marker with another character makes its reader read every
// sentence (`always`).
import { rememberRecent } from './recentResults';

const SPELLED: Record<string, string> = { ς: 'σ', ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th' };

/** A word as the Set keys it: lowercased, its apostrophes alike, without accents. */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/[’‘`]/g, "'").normalize('NFD').replace(/\p{M}+/gu, '').replace(/[ςıøæœßłđðþ]/g, (c) => SPELLED[c] ?? c);
}

const WORD_RUN = /^[\p{L}\p{M}\d'’‘`-]+$/u;

/** The sentence's words keyed, cut three ways (see above); remembered per sentence text. */
export const saidWordSet = rememberRecent((text: string): ReadonlySet<string> => {
  const keyed = wordKey(text);
  const out = new Set<string>();
  for (const run of keyed.split(/[^\p{L}\d'-]+/u)) {
    if (!run) continue;
    for (const whole of run.includes("'") ? [run, run.replace(/'/g, '')] : [run]) {
      out.add(whole);
      if (whole.includes('-')) for (const part of whole.split('-')) if (part) out.add(part);
    }
    if (run.includes("'")) for (const part of [...run.split("'"), ...run.split(/['-]/)]) if (part) out.add(part);
  }
  return out;
}, 64);

/** A reader's marker words, keyed once at module load. */
export interface MarkerSet {
  readonly keys: ReadonlySet<string>;
  /** True when some marker is no plain run of letters (the reader then reads every sentence). */
  readonly always: boolean;
}

/**
 * Every marker set made, by each of its keys (round 43: some sixty readers asked in turn whether the sentence says one
 * of their markers, each going over the sentence's words; one pass over them now finds every set any word is a key of).
 * Marker sets are made at module load (a reader's own constant), so this grows only then.
 */
const SETS_BY_KEY = new Map<string, MarkerSet[]>();

export function markerSet(words: Iterable<string>): MarkerSet {
  const keys = new Set<string>();
  let always = false;
  for (const word of words) {
    if (!WORD_RUN.test(word)) always = true;
    keys.add(wordKey(word));
  }
  const made: MarkerSet = { keys, always };
  for (const key of keys) SETS_BY_KEY.set(key, [...(SETS_BY_KEY.get(key) ?? []), made]);
  return made;
}

/** Every marker set made with a key (for the test that compares the one pass with each set's own look-up). */
export function markerSetsMade(): MarkerSet[] {
  return [...new Set([...SETS_BY_KEY.values()].flat())];
}

/** The marker sets one of whose keys is a word of the sentence (one pass over its words); remembered per sentence text. */
const setsSaid = rememberRecent((text: string): ReadonlySet<MarkerSet> => {
  const said = new Set<MarkerSet>();
  for (const word of saidWordSet(text)) for (const set of SETS_BY_KEY.get(word) ?? []) said.add(set);
  return said;
}, 64);

/** The cheap check: is one of the markers a word of the sentence? */
export function saysMarker(text: string, markers: MarkerSet): boolean {
  return markers.always || setsSaid(text).has(markers);
}
