import { z } from 'zod';
import type { Entity } from '../../src-shared/protocol/entities';
import { devicesInPlace } from './devicesInPlace';
import { resolveToolEntity } from './resolveToolEntity';
import { defineTool } from './ToolDefinition';
import { entityRef } from './toolArgSchemas';

export const getDevicesInRoomArgs = z.object({ room_id: entityRef('room (or zone)') }).strict();

export interface GetDevicesInRoomResult {
  room_id: string;
  devices: Entity[];
  count: number;
}

export const getDevicesInRoom = defineTool({
  name: 'get_devices_in_room',
  description:
    'List the devices located in a room (or in every room of a zone). Use it for "what is in the kitchen?" or ' +
    '"which lights are in the bedroom?". An empty list means the room has no devices.',
  argsSchema: getDevicesInRoomArgs,
  baseTier: 1,
  tier: () => 1,
  readOnly: true,
  async run(args, ctx): Promise<GetDevicesInRoomResult> {
    const room = await resolveToolEntity(ctx, args.room_id, 'room_id', ['room', 'zone']);
    const devices = await devicesInPlace(ctx.store, room);
    return { room_id: room.id, devices, count: devices.length };
  },
});
