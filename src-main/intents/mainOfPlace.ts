// "dim the main lights in the kitchen" where the kitchen has "Kitchen lights" and "Under-cupboard lights": no device
// there is called "main", and the room's main light is the one named after the room. Without this, "main" is read
// as a word of another room's name ("Main bedroom") or as no such device. So is "the saloni light" said in the
// singular among a "Fotistiko saloniou" and "Maria's lamp" there. Only when exactly one device of the kind there is
// named after the place; a device whose own name says "main" is read by its name as usual.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';

/** Words that ask for a place's principal device of a kind. */
const MAIN_WORDS: ReadonlySet<string> = new Set(['main', 'primary', 'principal']);

export function mainOfPlace(candidates: readonly Entity[], words: readonly string[], places: readonly Entity[] | undefined, plural = false): Entity | undefined {
  const [word, ...more] = words;
  const [place, ...others] = places ?? [];
  if (!place || others.length > 0 || more.length > 0) return undefined;
  // "dim the saloni light": the kind said in the singular with the place alone is the one named after the place.
  if (!word && plural) return undefined;
  if (word && !MAIN_WORDS.has(word)) return undefined;
  const nameWords = (e: Entity): string[] => phraseKey(e.name).split(' ');
  if (word && candidates.some((d) => nameWords(d).includes(word))) return undefined;
  const placeWords = nameWords(place);
  // A name may say the place in its own grammar ("Fotistiko saloniou" for the Saloni): a word starting with it.
  const says = (d: Entity, w: string): boolean => nameWords(d).some((n) => n === w || (w.length >= 4 && n.startsWith(w)));
  const named = candidates.filter((d) => placeWords.every((w) => says(d, w)));
  return named.length === 1 ? named[0] : undefined;
}
