import { z } from 'zod';
import { contentSchema, type EntityContent } from '../../src-shared/protocol/entities';
import { entityChangeTier } from './entityChangeTier';
import { planEntityUpdates } from './planEntityUpdates';
import { resolveToolEntity } from './resolveToolEntity';
import { defineTool } from './ToolDefinition';
import { entityRef } from './toolArgSchemas';

export const updateEntityArgs = z
  .object({
    entity_id: entityRef('entity to change'),
    changes: z
      .object({
        name: z.string().trim().min(1).max(255).optional().describe('A new name'),
        content: contentSchema
          .optional()
          .describe(
            'Content keys to set; merged into the existing content (keys not given are kept). Device state goes under ' +
              '"state", e.g. {"state": {"power": "off"}}. {"deleted": true} deletes the entity.',
          ),
      })
      .strict()
      .refine((c) => c.name !== undefined || c.content !== undefined, { message: 'give a new name, content, or both' }),
  })
  .strict();

export interface UpdateEntityResult {
  entity_id: string;
  new_version: string;
  changes_applied: { name?: string; content?: EntityContent };
  parent_versions: string[];
}

export const updateEntity = defineTool({
  name: 'update_entity',
  description:
    'Change an entity: rename it or set content keys (shallow merge: each top-level key given replaces that key). ' +
    'Use it to turn a light off ({"state": {...}}), edit a note, or delete something ({"deleted": true}). ' +
    'Creates a new version; needs the user\'s approval, and locks, doors, alarms, ovens, cameras, heating and deletes ' +
    'need explicit confirmation.',
  argsSchema: updateEntityArgs,
  baseTier: 2,
  async tier(args, ctx) {
    const entity = await resolveToolEntity(ctx, args.entity_id, 'entity_id');
    const controls = await ctx.store.getRelationships({ fromId: entity.id, types: ['controls', 'automates'] });
    const controlled = await ctx.store.getEntities(controls.map((edge) => edge.to_entity_id));
    return entityChangeTier(entity, args.changes, [...controlled.values()], ctx.userId);
  },
  readOnly: false,
  async run(args, ctx): Promise<UpdateEntityResult> {
    const current = await resolveToolEntity(ctx, args.entity_id, 'entity_id');
    const changesApplied: UpdateEntityResult['changes_applied'] = {};
    if (args.changes.name !== undefined) changesApplied.name = args.changes.name;
    if (args.changes.content !== undefined) changesApplied.content = args.changes.content;
    const edges = await ctx.store.getRelationships({ anyId: current.id });
    const plan = planEntityUpdates([{ current, changes: args.changes }], () => edges, () => ctx.clock.next(ctx.userId), ctx.userId);
    await ctx.store.applyChanges({ entities: plan.entities, relationships: plan.relationships, pending: true });
    const next = plan.entities[0];
    return { entity_id: current.id, new_version: next?.version ?? '', changes_applied: changesApplied, parent_versions: next?.parent_versions ?? [] };
  },
});
