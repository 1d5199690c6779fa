// Whether a noun phrase is said in the plural, by its last word ("lights", "volets"). A word for everywhere outdoors
// ends in "s" in several languages ("outdoors", "dehors") but is one place said after the thing, never a plural of
// it: "la lumière dehors", "light outdoors" is one light (asked which of them), "the lights outdoors" every one.
import { isOutsideWord } from './placeVocabulary';
import type { Token } from './normalizeText';
import { hebrewPlural } from './languages/hebrewWords';

export function isPlural(tokens: readonly Token[]): boolean {
  const trailingOutside = tokens.length > 1 && isOutsideWord(tokens[tokens.length - 1]?.text ?? '');
  const last = tokens[tokens.length - (trailingOutside ? 2 : 1)];
  // Hebrew plurals end in -im/-ot, not "s" ("trisim", "מזגנים"): the lexicon lists those a household says.
  return !!last && ((last.text !== last.key && /s$/.test(last.text)) || hebrewPlural(last.text));
}
