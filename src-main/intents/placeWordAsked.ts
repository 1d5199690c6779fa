// "quanti gradi ci sono in camera", "la luce in camera è accesa?": in a home whose rooms are "Camera matrimoniale" and
// "Camera di Nonno Enzo", a word said right after a preposition of place that is a word of the home's room or zone
// names (and no whole name of one) says where, not the kind it also names (a camera). Read as a kind it sent the
// question to the only camera, in another room; left unread, the question is about the rooms (or declines).
import { placeNameWordsOf } from './placeWordKinds';
import type { HomeSnapshot } from './HomeIndex';

/** Prepositions of place, as the language layer leaves them (English) and as typed (Romance). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'inside', 'nel', 'nella', 'nei', 'nelle', 'dentro', 'en', 'dans', 'na', 'no', 'em']);
/** Articles that may stand between the preposition and the word ("in the camera"). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'la', 'il', 'lo', 'l']);

/** True when the one-word phrase at `pos` follows a preposition of place and is a word of the home's place names. */
export function placeWordAfterPreposition(keys: readonly string[], pos: number, snapshot: HomeSnapshot): boolean {
  const word = keys[pos];
  if (!word) return false;
  let before = pos - 1;
  if (ARTICLES.has(keys[before] ?? '')) before--;
  if (!PLACE_PREPOSITIONS.has(keys[before] ?? '')) return false;
  return placeNameWordsOf(snapshot).has(word);
}
