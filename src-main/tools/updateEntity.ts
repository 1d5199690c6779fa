import { z } from 'zod';
import { contentSchema, entitySchema, type Entity, type EntityContent, type Relationship } from '../../src-shared/protocol/entities';
import { compareVersions, formatVersion, parseVersion } from '../../src-shared/protocol/version';
import { entityChangeTier } from './entityChangeTier';
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
    return entityChangeTier(entity, args.changes, [...controlled.values()]);
  },
  readOnly: false,
  async run(args, ctx): Promise<UpdateEntityResult> {
    const current = await resolveToolEntity(ctx, args.entity_id, 'entity_id');
    const newVersion = nextVersionAfter(ctx.clock.next(ctx.userId), current.version);
    const changesApplied: UpdateEntityResult['changes_applied'] = {};
    if (args.changes.name !== undefined) changesApplied.name = args.changes.name;
    if (args.changes.content !== undefined) changesApplied.content = args.changes.content;

    // Naming the current version as the only parent makes the push a fast-forward on the server (§3).
    const next: Entity = entitySchema.parse({
      id: current.id,
      version: newVersion,
      entity_type: current.entity_type,
      name: args.changes.name ?? current.name,
      content: { ...current.content, ...(args.changes.content ?? {}) },
      source_type: current.source_type,
      user_id: ctx.userId,
      parent_versions: [current.version],
    });

    // Edges are pinned to endpoint versions and the server drops edges pinned to a non-current version (§2), so
    // they are re-sent with the new version in the same transaction. A deleted entity's edges are left pinned to
    // the old version on purpose: they should die with it.
    const repinned: Relationship[] = [];
    if (next.content['deleted'] !== true) {
      for (const edge of await ctx.store.getRelationships({ anyId: current.id })) {
        repinned.push({
          ...edge,
          from_entity_version: edge.from_entity_id === current.id ? newVersion : edge.from_entity_version,
          to_entity_version: edge.to_entity_id === current.id ? newVersion : edge.to_entity_version,
        });
      }
    }
    await ctx.store.applyChanges({ entities: [next], relationships: repinned, pending: true });
    return { entity_id: current.id, new_version: newVersion, changes_applied: changesApplied, parent_versions: next.parent_versions };
  },
});

/**
 * The store's current pointer is the greatest version, so an edit must sort after the version it supersedes even when
 * that version came from a server whose clock runs ahead of ours; otherwise the approved edit would silently not show.
 */
function nextVersionAfter(minted: string, previous: string): string {
  if (compareVersions(minted, previous) > 0) return minted;
  const m = parseVersion(minted);
  const p = parseVersion(previous);
  if (!m || !p) return minted;
  return formatVersion(p.epochMicros + 1, m.counter, m.userId);
}
