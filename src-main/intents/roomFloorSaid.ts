// "turn off all the lights on the ground floor", "itfi d-dwal kollha tal-ground floor": where the home's rooms say
// their floor (`floor: "ground"`, "first", "second", "basement"), a floor said by its name is the rooms on it. The
// place lexicon reads "ground floor" as downstairs and found no place of that name, so the command went to every light
// of the house, two floors up too. Only a floor some room of the home says, named with "floor" after it.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';
import { wordKeys } from './normalizeText';

/** Each floor value the home's rooms write, keyed ("ground", "first"), with those rooms. */
const roomsByFloor = perSnapshot((snapshot: HomeSnapshot): ReadonlyMap<string, ReadonlySet<string>> => {
  const floors = new Map<string, Set<string>>();
  for (const place of new Set(snapshot.placeOfDevice.values())) {
    const floor = place.content['floor'];
    if (place.entity_type !== 'room' || typeof floor !== 'string') continue;
    const key = wordKeys(floor).filter((k) => k !== 'floor').join(' ');
    if (key) floors.set(key, (floors.get(key) ?? new Set()).add(place.id));
  }
  return floors;
});

/** The ids of the rooms on the floor the words say ("ground floor"), or undefined when they say no floor a room has. */
export function roomsOnFloorSaid(snapshot: HomeSnapshot, words: readonly string[]): ReadonlySet<string> | undefined {
  const floors = roomsByFloor(snapshot);
  if (floors.size < 2) return undefined;
  for (let at = 1; at < words.length; at++) {
    if (words[at] !== 'floor') continue;
    const rooms = floors.get(words[at - 1] ?? '');
    if (rooms) return rooms;
  }
  return undefined;
}

/** The devices standing in those rooms. */
export function onFloor(snapshot: HomeSnapshot, devices: readonly Entity[], rooms: ReadonlySet<string>): Entity[] {
  return devices.filter((d) => rooms.has(snapshot.placeOfDevice.get(d.id)?.id ?? ''));
}
