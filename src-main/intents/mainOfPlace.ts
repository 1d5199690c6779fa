// "dim the main lights in the kitchen" where the kitchen has "Kitchen lights" and "Under-cupboard lights": no device
// there is called "main", and the room's main light is the one named after the room. Without this, "main" is read
// as a word of another room's name ("Main bedroom") or as no such device. Only when exactly one device of the kind
// there is named after the place; a device whose own name says "main" is read by its name as usual.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';

/** Words that ask for a place's principal device of a kind. */
const MAIN_WORDS: ReadonlySet<string> = new Set(['main', 'primary', 'principal']);

export function mainOfPlace(candidates: readonly Entity[], words: readonly string[], places: readonly Entity[] | undefined): Entity | undefined {
  const [word, ...more] = words;
  const [place, ...others] = places ?? [];
  if (!word || more.length > 0 || !MAIN_WORDS.has(word) || !place || others.length > 0) return undefined;
  const nameWords = (e: Entity): string[] => phraseKey(e.name).split(' ');
  if (candidates.some((d) => nameWords(d).includes(word))) return undefined;
  const placeWords = nameWords(place);
  const named = candidates.filter((d) => placeWords.every((w) => nameWords(d).includes(w)));
  return named.length === 1 ? named[0] : undefined;
}
