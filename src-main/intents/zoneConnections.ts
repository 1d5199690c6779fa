// The ways into a zone ("what door goes down to the cellar" when the cellar is a zone of rooms): the connections of
// its rooms to rooms outside it, each with its door when the home names one. A zone has no connections of its own.
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetRoomConnectionsResult } from '../tools/getRoomConnections';
import { listOrSentence, placeName } from './AnswerBuilder';
import type { IntentAnswerInput } from './IntentAnswerInput';

/** Rooms a zone holds, at any depth (a zone of zones). */
function roomsWithin(input: IntentAnswerInput, zone: Entity): Entity[] {
  return [...input.snapshot.byId.values()].filter((place) => {
    if (place.entity_type !== 'room') return false;
    let at = input.snapshot.parentOfPlace.get(place.id);
    for (let depth = 0; at && depth < 6; depth++) {
      if (at.id === zone.id) return true;
      at = input.snapshot.parentOfPlace.get(at.id);
    }
    return false;
  });
}

export async function zoneConnections(input: IntentAnswerInput, zone: Entity): Promise<string> {
  const rooms = roomsWithin(input, zone);
  const inside = new Set(rooms.map((r) => r.id));
  const doors = new Map<string, Entity>();
  for (const e of input.snapshot.byId.values()) if (e.entity_type === 'door' || e.entity_type === 'window') doors.set(e.name.toLowerCase(), e);
  const ways: string[] = [];
  input.answer.cite(zone);
  for (const room of rooms) {
    const result = await input.answer.read<GetRoomConnectionsResult>('get_room_connections', { room_id: room.id }, (r) => `${r.connection_count} connections`);
    for (const c of result.connections) {
      if (inside.has(c.id)) continue;
      const door = c.door ? doors.get(c.door.toLowerCase()) : undefined;
      input.answer.cite(room, input.snapshot.byId.get(c.id), door);
      const via = c.connection_type.startsWith('door: ') ? 'door' : c.connection_type.replace(/_/g, ' ');
      ways.push(`${c.door ? `${c.door}: ` : ''}from ${c.name} into ${room.name} (${via})`);
    }
  }
  if (rooms.length === 0) return `The home graph lists no rooms in ${placeName(zone)}.`;
  if (ways.length === 0) return `Nothing links ${placeName(zone)} to the rest of the home in the home graph.`;
  return listOrSentence(`The way${ways.length === 1 ? '' : 's'} into ${placeName(zone)}:`, ways);
}
