// "what is the temperature in chambre" ("il fait combien dans la chambre") in a home of "Chambre Léa", "Chambre
// parents" … and an "Echo Show chambre": the word after "in" is a word the rooms' names share, and the one device whose
// name has it was not what was asked. When that device holds no temperature, the answer was "Echo Show chambre has no
// temperature setting", a confident none; the question is declined instead (no room was named whole).
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { nameKeyOf } from './entityNameKey';

const PLACE_TYPES = new Set(['room', 'zone']);

/** True when the word said after "in" is a word of `device`'s name and of more than one room's or zone's name. */
export function roomWordTakenForDevice(words: readonly string[], device: Entity, snapshot: HomeSnapshot): boolean {
  const at = words.indexOf('in');
  if (at < 0) return false;
  const word = words[at + 1] === 'the' ? words[at + 2] : words[at + 1];
  if (!word || !phraseKey(device.name).split(' ').includes(word)) return false;
  const places = [...snapshot.byId.values()].filter((e) => PLACE_TYPES.has(e.entity_type) && nameKeyOf(e).split(' ').includes(word));
  return places.length > 1;
}
