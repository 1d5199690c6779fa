// "is stuff on in the lounge" in a shared house whose back room is "shared lounge, telly and sofa" and holds "Lounge
// lamp", "Lounge telly" and "Lounge fairy lights", beside a holiday let's "Cottage lounge": the household calls the
// back room the lounge, and its devices' names say so. Read by the place words alone, "lounge" was the cottage's (a
// word of its own name) and "hall" asked back between the hallway and the landing described as "stairs up from the
// hall". A place word that begins the names of several devices, all in one room that claims the word or is described
// with it, and of no device anywhere else, is that room's.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import { isPlaceWord } from './placeVocabulary';

/** Fewer devices named so are no evidence of what the household calls the room. */
const MIN_DEVICES = 2;

interface Edge {
  from_entity_id: string;
  to_entity_id: string;
  relationship_type: string;
}

/** Moves each place word the device names settle to its room, in `aliases` and out of `shared`. */
export function placeWordsByDeviceNames(entities: readonly Entity[], edges: readonly Edge[], aliases: Map<Entity, Set<string>>, shared: Map<string, Entity[]>, takenNames: ReadonlySet<string>): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const roomOf = new Map<string, Entity>();
  for (const edge of edges) {
    if (edge.relationship_type !== 'located_in') continue;
    const to = byId.get(edge.to_entity_id);
    if (to?.entity_type === 'room') roomOf.set(edge.from_entity_id, to);
  }
  // First word of each device's name → the rooms of the devices so named (a device with no room counts as elsewhere).
  const roomsByWord = new Map<string, { rooms: Set<Entity | undefined>; count: number }>();
  for (const device of entities) {
    if (device.entity_type !== 'device') continue;
    const words = phraseKey(device.name).split(' ');
    const [first] = words;
    if (!first || words.length < 2 || !isPlaceWord(first)) continue;
    const seen = roomsByWord.get(first) ?? { rooms: new Set(), count: 0 };
    seen.rooms.add(roomOf.get(device.id));
    seen.count++;
    roomsByWord.set(first, seen);
  }
  for (const [word, { rooms, count }] of roomsByWord) {
    if (count < MIN_DEVICES || rooms.size !== 1 || takenNames.has(word)) continue;
    const [room] = [...rooms];
    if (!room) continue;
    const claimants = [...aliases].filter(([, said]) => said.has(word)).map(([place]) => place);
    const sharers = shared.get(word) ?? [];
    if (claimants.length === 1 && claimants[0] === room && sharers.length === 0) continue;
    // A floor's or area's word ("upstairs" of the zone, beside "Upstairs hall lamp") stays the zone's.
    if ([...claimants, ...sharers].some((place) => place.entity_type !== 'room')) continue;
    const description = room.content['description'];
    const describedSo = typeof description === 'string' && ` ${phraseKey(description)} `.includes(` ${word} `);
    if (!describedSo && !claimants.includes(room) && !sharers.includes(room)) continue;
    // A place whose whole name is the word ("Lounge") keeps it: that is what it is called outright.
    if ([...claimants, ...sharers].some((place) => place !== room && phraseKey(place.name) === word)) continue;
    // Two rooms named with the word ("Master Bedroom", "Guest Bedroom") are told apart by their other words: devices
    // named "Bedroom …" in one of them don't make "the bedroom" that one.
    const namedWith = (place: Entity): boolean => phraseKey(place.name).split(' ').includes(word);
    if (namedWith(room) && [...claimants, ...sharers].some((place) => place !== room && namedWith(place))) continue;
    for (const place of claimants) if (place !== room) aliases.get(place)?.delete(word);
    shared.delete(word);
    aliases.get(room)?.add(word);
  }
}
