// "the night lock up automation", "what do the notes say about nanna and the AC": a thing is named when every word of
// its name, stop words out, is said. automationNamedWhole.ts and noteNamedByWords.ts each counted this with their own
// bounds; one function keeps "named by its words" one meaning, the bounds the caller's.
import { STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';

/**
 * Whether the words said hold every word of the name, leaving out stop words and words under `minLetters` letters,
 * when at least `minWords` such words remain ("Nanna u l-AC" is "nanna ac" at two letters: both must be said).
 */
export function nameWordsSaid(name: string, said: ReadonlySet<string>, minLetters: number, minWords = 1): boolean {
  const words = tokenize(name).map((t) => t.key).filter((k) => k.length >= minLetters && !STOP_WORDS.has(k));
  return words.length >= minWords && words.every((w) => said.has(w));
}
