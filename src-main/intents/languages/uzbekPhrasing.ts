// Uzbek in a home named in Uzbek, in Latin with or without oʻ gʻ or in Cyrillic ("Ошхонада чироқ ёниқми?", "ayvon
// chirogini ochir", "включи chiroqni hovlida"): put in the bare Latin of the Turkic lists (uzbekLetters.ts) and read
// by the Turkic reader over Uzbek's words (turkishPhrasing.ts), which shares its grammar. A sentence that does not
// sound Turkic after it (Russian in Cyrillic) is left to the readers after this one.
import type { HomeSnapshot } from '../HomeIndex';
import { turkishPhrasing } from './turkishPhrasing';
import { homeWords } from './turkishWords';
import { UZBEK_FIRST_WORDS, turkicTables } from './turkicTables';
import { isUzbekHome, maySayUzbek, uzbekSentence } from './uzbekLetters';

/** The cheap gate: Cyrillic, oʻ/gʻ typed, or a word only Uzbek says among the Turkic lists. */
export const maySayUzbekText = (text: string): boolean => maySayUzbek(text, UZBEK_FIRST_WORDS);

/** The sentence in English, or undefined outside an Uzbek home or when it does not read as Uzbek. */
export function uzbekPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!isUzbekHome(snapshot)) return undefined;
  const { table } = turkicTables(snapshot);
  const home = homeWords(snapshot);
  return turkishPhrasing(uzbekSentence(text, (w) => table.has(w) || home.words.has(w)), snapshot);
}
