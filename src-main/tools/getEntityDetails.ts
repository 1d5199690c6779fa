import { z } from 'zod';
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import { byName } from './entitySummary';
import { resolveToolEntity } from './resolveToolEntity';
import { defineTool } from './ToolDefinition';
import { entityRef } from './toolArgSchemas';

export const getEntityDetailsArgs = z
  .object({
    entity_id: entityRef('entity'),
    include_connected: z.boolean().default(false).describe('Also return the entities at the other end of each relationship'),
  })
  .strict();

export interface GetEntityDetailsResult {
  entity: Entity;
  relationships: { outgoing: Relationship[]; incoming: Relationship[] };
  version_count: number;
  current_version: string;
  connected_entities?: Entity[];
}

export const getEntityDetails = defineTool({
  name: 'get_entity_details',
  description:
    'Everything about one entity: its content (e.g. a device\'s model, state, capabilities; a procedure\'s steps), ' +
    'its relationships in both directions and its version history size. Set include_connected to also get the ' +
    'linked entities. Use it when the user asks about one specific thing.',
  argsSchema: getEntityDetailsArgs,
  baseTier: 1,
  tier: () => 1,
  readOnly: true,
  async run(args, ctx): Promise<GetEntityDetailsResult> {
    const entity = await resolveToolEntity(ctx, args.entity_id, 'entity_id');
    const [outgoing, incoming, versions] = await Promise.all([
      ctx.store.getRelationships({ fromId: entity.id }),
      ctx.store.getRelationships({ toId: entity.id }),
      ctx.store.getVersions(entity.id),
    ]);
    const result: GetEntityDetailsResult = {
      entity,
      relationships: { outgoing, incoming },
      version_count: versions.length,
      current_version: entity.version,
    };
    if (args.include_connected) {
      const ids = new Set([...outgoing.map((r) => r.to_entity_id), ...incoming.map((r) => r.from_entity_id)]);
      ids.delete(entity.id);
      const connected = await ctx.store.getEntities([...ids]);
      result.connected_entities = [...connected.values()].sort(byName);
    }
    return result;
  },
});
