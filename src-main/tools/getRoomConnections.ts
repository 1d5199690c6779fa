import { z } from 'zod';
import { byName } from './entitySummary';
import { resolveToolEntity } from './resolveToolEntity';
import { defineTool } from './ToolDefinition';
import { entityRef } from './toolArgSchemas';

export const getRoomConnectionsArgs = z.object({ room_id: entityRef('room') }).strict();

export interface RoomConnection {
  id: string;
  name: string;
  /** `properties.via` of the edge (e.g. "door", "stairs"), `door: <name>` through a door entity, else "direct". */
  connection_type: string;
  /** The door entity's name when the edge names one (`properties.door`) or the connection goes through a door entity. */
  door?: string;
  /** What the edge says about the way (`properties.note`/`description`: "steep steps, mind your head"). */
  note?: string;
}

export interface GetRoomConnectionsResult {
  room_id: string;
  room_name: string;
  connections: RoomConnection[];
  connection_count: number;
}

export const getRoomConnections = defineTool({
  name: 'get_room_connections',
  description:
    'Rooms directly connected to a room (through a door, an archway, stairs), in either direction. ' +
    'Use it for "what connects to the kitchen?" or "how do I get from the hall to the garage?" (one step at a time).',
  argsSchema: getRoomConnectionsArgs,
  baseTier: 1,
  tier: () => 1,
  readOnly: true,
  async run(args, ctx): Promise<GetRoomConnectionsResult> {
    const room = await resolveToolEntity(ctx, args.room_id, 'room_id', ['room']);
    // connects_to is stored in one direction but means both (§2), so both directions count, once per neighbour.
    // Households also link door entities (room ↔ door ↔ room): the room behind a door counts, "via" that door.
    const doorOf = new Map<string, string>();
    const noteOf = new Map<string, string>();
    const neighboursOf = async (id: string): Promise<Map<string, string | undefined>> => {
      const result = new Map<string, string | undefined>();
      for (const edge of await ctx.store.getRelationships({ anyId: id, types: ['connects_to'] })) {
        const other = edge.from_entity_id === id ? edge.to_entity_id : edge.from_entity_id;
        if (other === id || result.get(other) !== undefined) continue;
        const via = edge.properties['via'] ?? edge.properties['connection_type'];
        result.set(other, typeof via === 'string' && via ? via : undefined);
        const door = edge.properties['door'];
        if (id === room.id && typeof door === 'string' && door.trim()) doorOf.set(other, door.trim());
        const note = edge.properties['note'] ?? edge.properties['description'];
        if (id === room.id && typeof note === 'string' && note.trim()) noteOf.set(other, note.trim());
      }
      return result;
    };
    const direct = await neighboursOf(room.id);
    const directEntities = await ctx.store.getEntities([...direct.keys()]);
    const viaByRoom = new Map<string, string>();
    for (const [id, via] of direct) {
      if (directEntities.get(id)?.entity_type === 'room') viaByRoom.set(id, via ?? 'direct');
    }
    for (const door of directEntities.values()) {
      if (door.entity_type !== 'door') continue;
      for (const beyond of (await neighboursOf(door.id)).keys()) {
        if (beyond !== room.id && !viaByRoom.has(beyond)) {
          viaByRoom.set(beyond, `door: ${door.name}`);
          doorOf.set(beyond, door.name);
        }
      }
    }
    const rooms = await ctx.store.getEntities([...viaByRoom.keys()]);
    const connections = [...rooms.values()]
      .filter((e) => e.entity_type === 'room')
      .map((e) => {
        const door = doorOf.get(e.id);
        const note = noteOf.get(e.id);
        return { id: e.id, name: e.name, connection_type: viaByRoom.get(e.id) ?? 'direct', ...(door ? { door } : {}), ...(note ? { note } : {}) };
      })
      .sort(byName);
    return { room_id: room.id, room_name: room.name, connections, connection_count: connections.length };
  },
});
