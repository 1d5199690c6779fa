import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { contentSchema, entitySchema, entityTypeSchema, type Entity } from '../../src-shared/protocol/entities';
import { entityChangeTier } from './entityChangeTier';
import { defineTool } from './ToolDefinition';

export const createEntityArgs = z
  .object({
    entity_type: entityTypeSchema.describe('What kind of thing this is'),
    name: z.string().trim().min(1).max(255).describe('The name people will use for it'),
    content: contentSchema
      .refine((c) => c['deleted'] === undefined, { message: 'a new entity cannot be created deleted' })
      .default({})
      .describe('Type-specific details, e.g. {"manufacturer": "...", "capabilities": [...]} for a device, {"text": "..."} for a note'),
  })
  .strict();

export interface CreateEntityResult {
  entity: Entity;
  created: boolean;
}

export const createEntity = defineTool({
  name: 'create_entity',
  description:
    'Add a new thing to the home graph: a note, a device, a room, a procedure, a schedule... Link it to others ' +
    'afterwards with create_relationship (e.g. a device located_in a room). Needs the user\'s approval.',
  argsSchema: createEntityArgs,
  baseTier: 2,
  // Automations and schedules act on the world by themselves; anything whose content names a lock, door, alarm,
  // heat or oven key is judged like a change to it.
  tier: (args) => (args.entity_type === 'automation' || args.entity_type === 'schedule' ? 3 : entityChangeTier({ entity_type: args.entity_type, content: {} }, { content: args.content })),
  readOnly: false,
  async run(args, ctx): Promise<CreateEntityResult> {
    // The schema check is a last guard: a malformed version or name must fail here, not in a later sync push (§3).
    const entity = entitySchema.parse({
      id: randomUUID(),
      version: ctx.clock.next(ctx.userId),
      entity_type: args.entity_type,
      name: args.name,
      content: args.content,
      source_type: 'manual',
      user_id: ctx.userId,
      parent_versions: [],
    });
    await ctx.store.applyChanges({ entities: [entity], pending: true });
    return { entity, created: true };
  },
});
