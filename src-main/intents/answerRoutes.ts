// Route questions: what a room connects to, and the way from one place to another (room by room through its doors,
// across houses, or the chain of links in the graph). Kept apart from answerStructure.ts (what is where, what controls
// what).
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetRoomConnectionsResult, RoomConnection } from '../tools/getRoomConnections';
import type { FindPathResult } from '../tools/findPath';
import { capital, listOrSentence, placeName, plural } from './AnswerBuilder';
import { siteOf } from './homeSites';
import { sameHouseEnds } from './sameHouseEnds';
import { entitySlot, type IntentAnswerInput } from './IntentAnswerInput';
import { zoneConnections } from './zoneConnections';

export async function roomConnections(input: IntentAnswerInput): Promise<string> {
  const room = entitySlot(input.match, 'room');
  return room ? connectionsOf(input, room) : '';
}

async function connectionsOf(input: IntentAnswerInput, room: Entity): Promise<string> {
  if (room.entity_type === 'zone') return zoneConnections(input, room);
  const result = await input.answer.read<GetRoomConnectionsResult>('get_room_connections', { room_id: room.id }, (r) => `${r.connection_count} connections`);
  const others = result.connections.map((c) => input.snapshot.byId.get(c.id));
  const doors = doorsByName(input);
  input.answer.cite(room, ...others, ...result.connections.map((c) => (c.door ? doors.get(c.door.toLowerCase()) : undefined)));
  if (result.connections.length === 0) return `Nothing is linked to ${placeName(room)} in the home graph.`;
  return listOrSentence(
    `${capital(placeName(room))} connects to ${plural(result.connections.length, 'place', 'places')}:`,
    result.connections.map((c) => {
      const how = c.connection_type.startsWith('door: ') ? c.connection_type : c.door ? `${c.connection_type.replace(/_/g, ' ')}: ${c.door}` : c.connection_type.replace(/_/g, ' ');
      const said = c.connection_type !== 'direct' || c.door ? `${c.name} (${how})` : c.name;
      return c.note ? `${said}: ${c.note}` : said;
    }),
  );
}

export async function pathBetween(input: IntentAnswerInput): Promise<string> {
  const [saidFrom, saidTo] = [input.match.slots['from'], input.match.slots['to']];
  if (saidFrom?.type !== 'entity' || saidTo?.type !== 'entity' || saidFrom.entity.id === saidTo.entity.id) return ''; // a place to itself is no route (a follow-up's stray end)
  // Both ends in one house when the word said for one also names a room in the other's house (sameHouseEnds.ts).
  const [from, to] = sameHouseEnds(input.snapshot, saidFrom.entity, saidFrom.text, saidTo.entity, saidTo.text);
  // "from the house" to a room: the ways into that room (the house is no room a walk starts in).
  const rooms = new Set(['room', 'zone']);
  if (from.entity_type === 'home' && rooms.has(to.entity_type)) return connectionsOf(input, to);
  if (to.entity_type === 'home' && rooms.has(from.entity_type)) return connectionsOf(input, from);
  // Between two rooms people mean the way through the house (doors, stairs), not "both are on the ground floor"; a
  // device at one end ("to the sauna" read as its stove) is walked to by its room, never through its other links.
  const roomAt = (e: Entity): Entity | undefined => (e.entity_type === 'room' ? e : input.snapshot.placeOfDevice.get(e.id));
  const [fromRoom, toRoom] = [roomAt(from), roomAt(to)];
  if (fromRoom?.entity_type === 'room' && toRoom?.entity_type === 'room' && fromRoom.id !== toRoom.id) {
    const walk = await walkBetween(input, fromRoom, toRoom);
    if (walk) return walk;
  }
  // Two houses of the home are linked only through the home's part_of edges: no way leads from one to the other.
  const [fromSite, toSite] = [siteOf(input.snapshot, from), siteOf(input.snapshot, to)];
  if (fromSite && toSite && fromSite !== toSite && (fromSite.away || toSite.away)) {
    input.answer.cite(from, to);
    return `${from.name} is at ${fromSite.name} and ${to.name} at ${toSite.name}: they are in different houses, so no way leads from one to the other.`;
  }
  const result = await input.answer.read<FindPathResult>('find_path', { from_entity_id: from.id, to_entity_id: to.id }, (r) => (r.found ? `${r.length} links` : 'no path'));
  if (!result.found) {
    input.answer.cite(from, to);
    return `I found no chain of links between ${from.name} and ${to.name}.`;
  }
  input.answer.cite(...result.path.map((p) => input.snapshot.byId.get(p.id)));
  return `${result.path.map((p) => p.name).join(' → ')} (${plural(result.length, 'link', 'links')}).`;
}

/** Most rooms a walk visits (each is one tool read); a house is much smaller, a 20 000-entity graph is not. */
const MAX_WALK_ROOMS = 80;

/** The shortest way from room to room over room connections, with the door of every step when the home names one. */
async function walkBetween(input: IntentAnswerInput, from: Entity, to: Entity): Promise<string | undefined> {
  const previous = new Map<string, { from: string; connection: RoomConnection } | null>([[from.id, null]]);
  let frontier = [from.id];
  let visited = 0;
  while (frontier.length > 0 && !previous.has(to.id) && visited < MAX_WALK_ROOMS) {
    const next: string[] = [];
    for (const id of frontier) {
      if (visited++ >= MAX_WALK_ROOMS) break;
      const result = await input.answer.read<GetRoomConnectionsResult>('get_room_connections', { room_id: id }, (r) => `${r.connection_count} connections`);
      for (const c of result.connections) {
        if (previous.has(c.id)) continue;
        previous.set(c.id, { from: id, connection: c });
        next.push(c.id);
      }
      if (previous.has(to.id)) break;
    }
    frontier = next;
  }
  if (!previous.has(to.id)) return undefined;
  const steps: RoomConnection[] = [];
  for (let at = previous.get(to.id); at; at = previous.get(at.from)) steps.unshift(at.connection);
  const doors = doorsByName(input);
  const rooms = [from, ...steps.map((s) => input.snapshot.byId.get(s.id))];
  const stepDoors = steps.map((s) => (s.door ? doors.get(s.door.toLowerCase()) : undefined));
  input.answer.cite(...rooms, ...stepDoors);
  const said = steps.map((s) => {
    const how = s.door ?? (s.connection_type !== 'direct' ? s.connection_type.replace(/_/g, ' ') : undefined);
    return `${s.name}${s.door ? ` (through ${s.door}${s.note ? `; ${s.note}` : ''})` : how ? ` (via ${how}${s.note ? `; ${s.note}` : ''})` : s.note ? ` (${s.note})` : ''}`;
  });
  return `${[from.name, ...said].join(' → ')} (${plural(steps.length, 'step', 'steps')}).`;
}

function doorsByName(input: IntentAnswerInput): Map<string, Entity> {
  const doors = new Map<string, Entity>();
  for (const e of input.snapshot.byId.values()) if (e.entity_type === 'door' || e.entity_type === 'window') doors.set(e.name.toLowerCase(), e);
  return doors;
}
