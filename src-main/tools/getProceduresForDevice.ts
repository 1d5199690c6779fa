import { z } from 'zod';
import type { Entity } from '../../src-shared/protocol/entities';
import { byName } from './entitySummary';
import { resolveToolEntity } from './resolveToolEntity';
import { defineTool } from './ToolDefinition';
import { entityRef } from './toolArgSchemas';

export const getProceduresForDeviceArgs = z.object({ device_id: entityRef('device') }).strict();

export interface GetProceduresForDeviceResult {
  device_id: string;
  device_name: string;
  procedures: Entity[];
  manuals: Entity[];
  total_documentation: number;
}

export const getProceduresForDevice = defineTool({
  name: 'get_procedures_for_device',
  description:
    'How-to procedures (with their steps) and manuals for a device. Use it for "how do I reset the thermostat?" ' +
    'or "where is the dishwasher manual?". Empty lists mean nothing is documented for it.',
  argsSchema: getProceduresForDeviceArgs,
  baseTier: 1,
  tier: () => 1,
  readOnly: true,
  async run(args, ctx): Promise<GetProceduresForDeviceResult> {
    const device = await resolveToolEntity(ctx, args.device_id, 'device_id', ['device']);
    // §2: procedure procedure_for device, device documented_by manual. Households also draw these the other way
    // round now and then, so both edge types are read in both directions and sorted by the linked entity's type.
    const edges = await ctx.store.getRelationships({ anyId: device.id, types: ['procedure_for', 'documented_by'] });
    const linked = await ctx.store.getEntities(
      edges.map((e) => (e.from_entity_id === device.id ? e.to_entity_id : e.from_entity_id)),
    );
    const all = [...linked.values()].filter((e) => e.id !== device.id).sort(byName);
    const procedures = all.filter((e) => e.entity_type === 'procedure');
    const manuals = all.filter((e) => e.entity_type === 'manual');
    return {
      device_id: device.id,
      device_name: device.name,
      procedures,
      manuals,
      total_documentation: procedures.length + manuals.length,
    };
  },
});
