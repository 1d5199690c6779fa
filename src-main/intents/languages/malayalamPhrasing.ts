// Malayalam (in its script or in Manglish) in the English the engine reads. Malayalam says a sentence in Tamil's order
// (the thing first, the verb last: "motor on aakku" = turn the motor on, "hall fan on aano" = is the hall fan on,
// "wet grinder evide" = where is the wet grinder) and makes a request of a word and a light verb ("aakku", "cheyyu"),
// so Tamil's grammar reads it (tamilPhrasing.ts) over Malayalam's words (malayalamWords.ts). Only a sentence with a
// Malayalam letter or a Manglish marker word ("aakku", "aano", "ethra", "evide") is read; English never is.
import type { HomeSnapshot } from '../HomeIndex';
import { dravidianPhrasing, type DravidianWords } from './tamilPhrasing';
import { malayalamCommandOf, malayalamMeaning, malayalamTokens, mayBeMalayalam } from './malayalamWords';

const MALAYALAM: DravidianWords = { may: mayBeMalayalam, tokens: malayalamTokens, commandOf: malayalamCommandOf, meaning: malayalamMeaning };

/** The sentence in English, or undefined when it is not Malayalam or says nothing the engine reads. */
export function malayalamPhrasing(typed: string, snapshot: HomeSnapshot): string | undefined {
  return dravidianPhrasing(typed, snapshot, MALAYALAM);
}

export { mayBeMalayalam };
