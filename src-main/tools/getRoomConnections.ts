import { z } from 'zod';
import { byName } from './entitySummary';
import { resolveToolEntity } from './resolveToolEntity';
import { defineTool } from './ToolDefinition';
import { entityRef } from './toolArgSchemas';

export const getRoomConnectionsArgs = z.object({ room_id: entityRef('room') }).strict();

export interface RoomConnection {
  id: string;
  name: string;
  /** `properties.via` of the edge (e.g. "door", "hallway"), or "direct" when the edge does not say. */
  connection_type: string;
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
    'Rooms directly connected to a room (through a door, an opening, a hallway), in either direction. ' +
    'Use it for "what connects to the kitchen?" or "how do I get from the hall to the garage?" (one step at a time).',
  argsSchema: getRoomConnectionsArgs,
  baseTier: 1,
  tier: () => 1,
  readOnly: true,
  async run(args, ctx): Promise<GetRoomConnectionsResult> {
    const room = await resolveToolEntity(ctx, args.room_id, 'room_id', ['room']);
    // connects_to is stored in one direction but means both (§2), so both directions count, once per neighbour.
    const edges = await ctx.store.getRelationships({ anyId: room.id, types: ['connects_to'] });
    const viaByNeighbour = new Map<string, string>();
    for (const edge of edges) {
      const other = edge.from_entity_id === room.id ? edge.to_entity_id : edge.from_entity_id;
      if (other === room.id || viaByNeighbour.has(other)) continue;
      const via = edge.properties['via'] ?? edge.properties['connection_type'];
      viaByNeighbour.set(other, typeof via === 'string' && via ? via : 'direct');
    }
    const neighbours = await ctx.store.getEntities([...viaByNeighbour.keys()]);
    const connections = [...neighbours.values()]
      .map((e) => ({ id: e.id, name: e.name, connection_type: viaByNeighbour.get(e.id) ?? 'direct' }))
      .sort(byName);
    return { room_id: room.id, room_name: room.name, connections, connection_count: connections.length };
  },
});
