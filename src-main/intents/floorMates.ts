// "any lights on in the attic" in a house whose attic is three rooms (their `floor` field says "attic") and one of
// them is named for it ("Attic landing"): the attic is the floor, every room the data puts on it, not the one room
// whose name says the word before its head (only the landing was answered, "no lights on", while Room 5's light was on;
// sheffield sf074). The floor's words are shared by its rooms in the same building (zone), so an answer covers all of
// them and a question about one asks which. Only a floor of up to MAX_SHARED rooms, so a question back stays short;
// a room named wholly by the word ("Attic", "Loft") is that place and keeps it.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import { MAX_SHARED, PLACES } from './placeLexicon';

interface Edge {
  from_entity_id: string;
  to_entity_id: string;
  relationship_type: string;
}

/** The place-lexicon group a room's `floor` field says ("attic", "cellar", "first" for "first floor"), if any. */
function floorGroup(room: Entity): { floor: string; group: readonly string[] } | undefined {
  const raw = room.content['floor'];
  const floor = typeof raw === 'string' ? phraseKey(raw) : '';
  if (!floor) return undefined;
  const group = PLACES.groups.find((g) => g.includes(floor) || g.includes(`${floor} floor`));
  return group ? { floor, group } : undefined;
}

/**
 * Moves the floor words a room named for its floor holds (or shares with some of the rooms on it) to `shared`, for all
 * the rooms on that floor of its zone; returns those words with their rooms.
 */
export function floorWordsToFloorMates(places: readonly Entity[], edges: readonly Edge[], aliases: Map<Entity, Set<string>>, shared: Map<string, Entity[]>): Map<string, Entity[]> {
  const moved = new Map<string, Entity[]>();
  const rooms = places.filter((p) => p.entity_type === 'room' && typeof p.content['floor'] === 'string');
  if (rooms.length < 2) return moved;
  const ids = new Set(places.map((p) => p.id));
  const zoneOf = new Map<string, string>();
  for (const edge of edges) if (edge.relationship_type === 'part_of' && ids.has(edge.to_entity_id)) zoneOf.set(edge.from_entity_id, edge.to_entity_id);
  for (const room of rooms) {
    const own = aliases.get(room);
    const said = floorGroup(room);
    if (!own || !said || said.group.includes(phraseKey(room.name))) continue;
    const mates = rooms.filter((r) => floorGroup(r)?.floor === said.floor && zoneOf.get(r.id) === zoneOf.get(room.id));
    if (mates.length < 2 || mates.length > MAX_SHARED) continue;
    // A word another place holds too (the same floor of another building, a zone named so) is not this floor's alone.
    const elsewhere = (word: string): boolean => [...aliases].some(([place, held]) => held.has(word) && !mates.includes(place)) || (shared.get(word) ?? []).some((place) => !mates.includes(place));
    const words = said.group.filter((w) => (own.has(w) || shared.get(w)?.includes(room) === true) && !elsewhere(w));
    for (const word of words) {
      for (const mate of mates) aliases.get(mate)?.delete(word);
      shared.set(word, mates);
      moved.set(word, mates);
    }
  }
  return moved;
}
