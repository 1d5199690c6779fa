import { z } from 'zod';
import { byName, entitySummary, type EntitySummary } from './entitySummary';
import { resolveToolEntity } from './resolveToolEntity';
import { defineTool } from './ToolDefinition';
import { entityRef } from './toolArgSchemas';

export const findDeviceControlsArgs = z.object({ device_id: entityRef('device') }).strict();

export interface FindDeviceControlsResult {
  device_id: string;
  device_name: string;
  capabilities: unknown[];
  controlled_devices: EntitySummary[];
  services: unknown[];
}

export const findDeviceControls = defineTool({
  name: 'find_device_controls',
  description:
    'What a device can do and what it controls: its capabilities, its services, and the devices it controls ' +
    '(e.g. a hub, switch or remote). Use it for "what can the thermostat do?" or "what does this switch control?".',
  argsSchema: findDeviceControlsArgs,
  baseTier: 1,
  tier: () => 1,
  readOnly: true,
  async run(args, ctx): Promise<FindDeviceControlsResult> {
    const device = await resolveToolEntity(ctx, args.device_id, 'device_id', ['device']);
    const edges = await ctx.store.getRelationships({ fromId: device.id, types: ['controls'] });
    const targets = await ctx.store.getEntities([...new Set(edges.map((e) => e.to_entity_id))]);
    const capabilities = device.content['capabilities'];
    const services = device.content['services'];
    return {
      device_id: device.id,
      device_name: device.name,
      capabilities: Array.isArray(capabilities) ? capabilities : [],
      controlled_devices: [...targets.values()].filter((e) => e.id !== device.id).map(entitySummary).sort(byName),
      services: Array.isArray(services) ? services : [],
    };
  },
});
