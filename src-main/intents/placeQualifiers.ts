// "the allotment" for the room "Allotment shed", "the apiary" for "Apiary hut": an outbuilding is called by the word
// before its head noun. Read from the names of the home alone: the word must be the place's own (no other place's
// name has it), no word of the place lexicon (a "Garden shed" never becomes "the garden", nor "Pool house" "the
// pool", a thing too) and no device kind.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindForPhrase, phraseKey } from './deviceKinds';
import { endsInPlaceWord } from './placeVocabulary';

/** Head nouns of a building apart from the house, whose first word is what people call the place. */
const OUTBUILDING_HEADS = new Set(['shed', 'house', 'hut', 'cabin', 'building', 'lodge', 'barn']);
/** Words that say which one rather than what it is ("Back shed", "Old barn"): never a name alone. */
const WHICH_WORDS = new Set(['front', 'back', 'side', 'main', 'old', 'new', 'big', 'small', 'little', 'upper', 'lower', 'top', 'bottom', 'north', 'south', 'east', 'west', 'outer', 'inner', 'first', 'second', 'my', 'our']);
const MIN_LETTERS = 4;

/** Qualifier word → the one room or zone named "<word> <outbuilding head>". */
export function qualifierAliases(places: readonly Entity[]): Map<string, Entity> {
  const out = new Map<string, Entity>();
  const wordUse = new Map<string, number>();
  for (const place of places) for (const word of new Set(phraseKey(place.name).split(' '))) wordUse.set(word, (wordUse.get(word) ?? 0) + 1);
  for (const place of places) {
    const words = phraseKey(place.name).split(' ');
    const [word, head] = words;
    if (words.length !== 2 || !word || !head || !OUTBUILDING_HEADS.has(head)) continue;
    if (word.length < MIN_LETTERS || !/^\p{L}+$/u.test(word) || WHICH_WORDS.has(word) || endsInPlaceWord(word)) continue;
    if (wordUse.get(word) !== 1 || kindForPhrase(word)) continue;
    out.set(word, place);
  }
  return out;
}
