import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../src-shared/errors';
import { contentSchema, relationshipTypeSchema, type Relationship } from '../../src-shared/protocol/entities';
import { resolveToolEntity } from './resolveToolEntity';
import { entityRisk } from './entityChangeTier';
import { defineTool } from './ToolDefinition';
import { entityRef } from './toolArgSchemas';

const ACTING_LINKS = new Set(['controls', 'automates', 'triggered_by', 'manages', 'depends_on']);

export const createRelationshipArgs = z
  .object({
    from_entity_id: entityRef('source entity'),
    to_entity_id: entityRef('target entity'),
    relationship_type: relationshipTypeSchema.describe(
      'Direction matters: device located_in room; room connects_to room; procedure procedure_for device; ' +
        'device documented_by manual; automation automates device; X controls device; schedule manages device',
    ),
    properties: contentSchema.default({}).describe('Extra facts about the link, e.g. {"via": "door"} for connects_to'),
  })
  .strict();

export interface CreateRelationshipResult {
  relationship: Relationship;
  /** False when the same link (same endpoints and type) already existed; it is returned unchanged. */
  created: boolean;
}

export const createRelationship = defineTool({
  name: 'create_relationship',
  description:
    'Link two things in the home graph, e.g. put a device in a room (device located_in room) or attach a manual ' +
    '(device documented_by manual). Needs the user\'s approval.',
  argsSchema: createRelationshipArgs,
  baseTier: 2,
  // A link that makes one thing drive another (controls, automates…) is as risky as the riskier end.
  async tier(args, ctx) {
    if (!ACTING_LINKS.has(args.relationship_type)) return 2;
    const from = await resolveToolEntity(ctx, args.from_entity_id, 'from_entity_id');
    const to = await resolveToolEntity(ctx, args.to_entity_id, 'to_entity_id');
    return [from, to].every((e) => entityRisk(e) === 'low' || e.entity_type === 'room' || e.entity_type === 'zone') ? 2 : 3;
  },
  readOnly: false,
  async run(args, ctx): Promise<CreateRelationshipResult> {
    const from = await resolveToolEntity(ctx, args.from_entity_id, 'from_entity_id');
    const to = await resolveToolEntity(ctx, args.to_entity_id, 'to_entity_id');
    if (from.id === to.id) {
      throw new AppError('validation', `from_entity_id and to_entity_id both name "${from.name}": a link needs two different things.`);
    }
    const existing = await ctx.store.getRelationships({ fromId: from.id, toId: to.id, types: [args.relationship_type] });
    // connects_to means both ways (§2): B connects_to A already links A to B.
    if (args.relationship_type === 'connects_to') {
      existing.push(...(await ctx.store.getRelationships({ fromId: to.id, toId: from.id, types: ['connects_to'] })));
    }
    const same = existing[0];
    if (same) return { relationship: same, created: false };
    // Edges are pinned to the endpoints' current versions (§2); the server skips edges whose pins it does not know.
    const relationship: Relationship = {
      id: randomUUID(),
      from_entity_id: from.id,
      from_entity_version: from.version,
      to_entity_id: to.id,
      to_entity_version: to.version,
      relationship_type: args.relationship_type,
      properties: args.properties,
    };
    await ctx.store.applyChanges({ relationships: [relationship], pending: true });
    return { relationship, created: true };
  },
});
