// "unlock main door" where the door entity has no part_of edge and its lock sits in another room ("Main door lock" in
// the living room, the door on the corridor): the one device that can do it and whose own name or description says
// every word of the door's name (its name before its description) is the door's lock or motor ("Roller shutter", "shop front shutter", for the door
// "Shop shutter"). Two or more such devices are no answer: the caller says what it can't do, as before.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

const wordsOf = (text: unknown): string[] => (typeof text === 'string' ? phraseKey(text).split(' ').filter(Boolean) : []);

export function deviceNamingDoor(snapshot: HomeSnapshot, door: Entity, can: (device: Entity) => boolean): Entity | undefined {
  const found = deviceSaying(snapshot, wordsOf(door.name), can);
  // "Small gate (ትንሿ በር)" and "Small gate lock (የትንሿ በር ቁልፍ)": the other language inflects its words, so the
  // words outside the brackets say the door when the whole name found none.
  const outside = door.name.includes('(') ? wordsOf(door.name.replace(/\([^)]*\)/g, ' ')) : [];
  return found ?? (outside.length > 0 ? deviceSaying(snapshot, outside, can) : undefined);
}

function deviceSaying(snapshot: HomeSnapshot, doorWords: readonly string[], can: (device: Entity) => boolean): Entity | undefined {
  if (doorWords.length === 0) return undefined;
  const able = snapshot.devices.filter((d) => d.entity_type === 'device' && can(d));
  // Its name first ("Main door lock"), then its description ("on the grille gate outside the main door" is another's).
  for (const fields of [['name'], ['name', 'description']]) {
    const saying = able.filter((d) => {
      const own = new Set(fields.flatMap((f) => wordsOf(f === 'name' ? d.name : d.content[f])));
      return doorWords.every((w) => own.has(w));
    });
    if (saying.length > 0) return saying.length === 1 ? saying[0] : undefined;
  }
  return undefined;
}

/**
 * Every device whose own name says each word of the door's name ("Front door lock", "Front door sensor" for "Front
 * door"): what is on that door, for questions the door entity itself has no edges for.
 */
export function devicesNamingDoor(snapshot: HomeSnapshot, door: Entity): Entity[] {
  const doorWords = wordsOf(door.name);
  if (doorWords.length === 0) return [];
  return snapshot.devices.filter((d) => d.entity_type === 'device' && d.id !== door.id && doorWords.every((w) => wordsOf(d.name).includes(w)));
}
