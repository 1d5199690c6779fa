// Writing todos and reminders as new entity versions in the local graph (pending, so sync pushes them). The write
// tools, the reminder scheduler and the panel's direct edits all come through here.
import { randomUUID } from 'node:crypto';
import { entitySchema, type Entity, type EntityContent } from '../../src-shared/protocol/entities';
import { AppError } from '../../src-shared/errors';
import type { ToolContext } from '../tools/ToolDefinition';
import { isReminderEntity, isTodoEntity } from './householdItems';

type WriteContext = Pick<ToolContext, 'store' | 'clock' | 'userId'>;

export async function createItem(ctx: WriteContext, type: 'note' | 'schedule', title: string, content: EntityContent): Promise<Entity> {
  const entity = entitySchema.parse({
    id: randomUUID(),
    version: ctx.clock.next(ctx.userId),
    entity_type: type,
    name: title,
    content: { ...content, title },
    source_type: 'manual',
    user_id: ctx.userId,
    parent_versions: [],
  });
  await ctx.store.applyChanges({ entities: [entity], pending: true });
  return entity;
}

/** A new version of `current` with content keys merged in (a new title renames the entity too). */
export async function updateItem(ctx: WriteContext, current: Entity, patch: EntityContent): Promise<Entity> {
  const title = typeof patch['title'] === 'string' ? patch['title'] : current.name;
  const next = entitySchema.parse({
    id: current.id,
    // A new local head on top of the current version (parent_versions), whatever the two sort like.
    version: ctx.clock.next(ctx.userId),
    entity_type: current.entity_type,
    name: title,
    content: { ...current.content, ...patch },
    source_type: current.source_type,
    user_id: ctx.userId,
    parent_versions: [current.version],
  });
  // Todos and reminders have no edges of their own, so nothing needs re-pinning (unlike update_entity).
  await ctx.store.applyChanges({ entities: [next], pending: true });
  return next;
}

export async function requireItem(ctx: Pick<ToolContext, 'store'>, id: string, kind: 'todo' | 'reminder'): Promise<Entity> {
  const entity = await ctx.store.getEntity(id);
  const ok = entity && (kind === 'todo' ? isTodoEntity(entity) : isReminderEntity(entity));
  if (!entity || !ok) throw new AppError('not_found', `There is no ${kind} with id "${id.slice(0, 80)}".`);
  return entity;
}

export async function listItems(ctx: Pick<ToolContext, 'store'>, kind: 'todo' | 'reminder'): Promise<Entity[]> {
  const entities = await ctx.store.listEntities({ types: [kind === 'todo' ? 'note' : 'schedule'] });
  return entities.filter(kind === 'todo' ? isTodoEntity : isReminderEntity);
}
