import { z } from 'zod';
import type { EntityContent } from '../../src-shared/protocol/entities';
import { devicesInPlace } from './devicesInPlace';
import { byName } from './entitySummary';
import { resolveToolEntity } from './resolveToolEntity';
import { defineTool } from './ToolDefinition';
import { entityRef } from './toolArgSchemas';

export const getAutomationsInRoomArgs = z.object({ room_id: entityRef('room (or zone)') }).strict();

export interface RoomAutomation {
  id: string;
  name: string;
  content: EntityContent;
  /** Every device the automation automates (not only those in this room). */
  affects_devices: { id: string; name: string }[];
}

export interface GetAutomationsInRoomResult {
  room_id: string;
  room_name: string;
  automations: RoomAutomation[];
  automation_count: number;
}

export const getAutomationsInRoom = defineTool({
  name: 'get_automations_in_room',
  description:
    'Automations that act on the devices of a room (or of the room itself), with their triggers/actions and the ' +
    'devices they affect. Use it for "what happens automatically in the bedroom?".',
  argsSchema: getAutomationsInRoomArgs,
  baseTier: 1,
  tier: () => 1,
  readOnly: true,
  async run(args, ctx): Promise<GetAutomationsInRoomResult> {
    const room = await resolveToolEntity(ctx, args.room_id, 'room_id', ['room', 'zone']);
    const targets = [room.id, ...(await devicesInPlace(ctx.store, room)).map((d) => d.id)];
    const automationIds = new Set<string>();
    for (const target of targets) {
      for (const edge of await ctx.store.getRelationships({ toId: target, types: ['automates'] })) {
        automationIds.add(edge.from_entity_id);
      }
    }
    const automations = [...(await ctx.store.getEntities([...automationIds])).values()]
      .filter((e) => e.entity_type === 'automation')
      .sort(byName);
    const result: RoomAutomation[] = [];
    for (const automation of automations) {
      const edges = await ctx.store.getRelationships({ fromId: automation.id, types: ['automates'] });
      const affected = await ctx.store.getEntities(edges.map((e) => e.to_entity_id));
      result.push({
        id: automation.id,
        name: automation.name,
        content: automation.content,
        affects_devices: [...affected.values()]
          .filter((e) => e.entity_type === 'device')
          .sort(byName)
          .map((e) => ({ id: e.id, name: e.name })),
      });
    }
    return { room_id: room.id, room_name: room.name, automations: result, automation_count: result.length };
  },
});
