// "No device here is called or described as 'tenim'": said of a word the engine has no meaning for at all (a verb of
// another language, a town the home's zone is named after), that sentence states an absence the engine never checked
// — the word may well be something the home has, said in a way the engine does not read. Such a word is said as not
// found ("I couldn't find a device here called or described as 'tenim'"); the flat "no" is kept for a word the
// engine knows the meaning of (a kind of device, a kind of place, a describing word such as "front" or "ceiling"),
// where the home really has no such thing.
import { modifierTranslations } from './languages/crossLanguageCues';
import { kindForPhrase } from './deviceKinds';
import { isPlaceWord } from './placeVocabulary';

export function unknownWordSaid(noun: string, where: string, word: string): string {
  const known = kindForPhrase(word) !== undefined || isPlaceWord(word) || modifierTranslations(word).length > 0;
  return known ? `No ${noun}${where} here is called or described as '${word}'` : `I couldn't find a ${noun}${where} here called or described as '${word}'`;
}
