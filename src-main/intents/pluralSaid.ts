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

/**
 * "apaga todas las luces del hostal", read as "lights hostal": a kind said in the plural, then only the words of a
 * place. Spanish says the place after the thing, so the last word is the place's; read by it alone, the lights of a zone
 * were one light, asked which.
 */
export function isPluralBeforePlace(tokens: readonly Token[], namesPlace: (key: string) => boolean): boolean {
  const at = tokens.findIndex((t) => t.text !== t.key && /s$/.test(t.text));
  return at >= 0 && at < tokens.length - 1 && tokens.slice(at + 1).every((t) => namesPlace(t.key));
}
