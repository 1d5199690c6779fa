// Todos and reminders are ordinary graph entities so that they sync with any home server like everything else:
// a todo is a `note` with content.kind "todo", a reminder is a `schedule` with content.kind "reminder". These schemas
// read that content defensively (a server or another client may have written it) and turn it into plain views.
import { z } from 'zod';
import type { Entity } from '../../src-shared/protocol/entities';
import type { ReminderView, TodoView } from '../../src-preload/contract/assistantViews';

export const PRIORITIES = ['high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const RECURRENCES = ['daily', 'weekdays', 'weekly', 'monthly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

const isoInstant = z.iso.datetime({ offset: true });

export const todoContentSchema = z.object({
  kind: z.literal('todo'),
  title: z.string().trim().min(1).max(255),
  done: z.boolean().default(false),
  priority: z.enum(PRIORITIES).catch('normal').default('normal'),
  due: isoInstant.nullable().catch(null).default(null),
  assignee: z.string().max(200).nullable().catch(null).default(null),
  list: z.string().max(100).nullable().catch(null).default(null),
  order: z.number().finite().catch(0).default(0),
  completed_at: isoInstant.nullable().catch(null).default(null),
});
export type TodoContent = z.output<typeof todoContentSchema>;

export const reminderContentSchema = z.object({
  kind: z.literal('reminder'),
  title: z.string().trim().min(1).max(255),
  at: isoInstant,
  recurrence: z.enum(RECURRENCES).nullable().catch(null).default(null),
  snoozed_until: isoInstant.nullable().catch(null).default(null),
  done: z.boolean().catch(false).default(false),
  /** The occurrence (its due instant) that has been notified, so a restart does not notify it again. */
  fired_for: isoInstant.nullable().catch(null).default(null),
  assignee: z.string().max(200).nullable().catch(null).default(null),
});
export type ReminderContent = z.output<typeof reminderContentSchema>;

export function isTodoEntity(entity: Entity): boolean {
  return entity.entity_type === 'note' && entity.content['kind'] === 'todo';
}

export function isReminderEntity(entity: Entity): boolean {
  return entity.entity_type === 'schedule' && entity.content['kind'] === 'reminder';
}

/** The item's content read by its schema (the entity's name is the title unless the content has one), or undefined. */
function readItem<S extends z.ZodType>(entity: Entity, isKind: (entity: Entity) => boolean, schema: S): z.output<S> | undefined {
  if (!isKind(entity)) return undefined;
  const parsed = schema.safeParse({ title: entity.name, ...entity.content });
  return parsed.success ? parsed.data : undefined;
}

export function toTodoView(entity: Entity): TodoView | undefined {
  const c = readItem(entity, isTodoEntity, todoContentSchema);
  if (!c) return undefined;
  return {
    id: entity.id, version: entity.version, title: c.title, done: c.done, priority: c.priority, due: c.due,
    assignee: c.assignee, list: c.list, order: c.order, completed_at: c.completed_at,
  };
}

export function toReminderView(entity: Entity): ReminderView | undefined {
  const c = readItem(entity, isReminderEntity, reminderContentSchema);
  if (!c) return undefined;
  return {
    id: entity.id, version: entity.version, title: c.title, at: c.at, recurrence: c.recurrence, snoozed_until: c.snoozed_until,
    done: c.done, fired_for: c.fired_for, assignee: c.assignee, due_at: c.snoozed_until ?? c.at,
  };
}

/** Lists are matched loosely ("Shopping", "shopping list", "the shopping") and stored lower-case without "list". */
export function normalizeListName(name: string | null | undefined): string | null {
  if (!name) return null;
  const cleaned = name.toLowerCase().replace(/\b(the|my|our)\b/g, ' ').replace(/\blists?\b/g, ' ').replace(/\s+/g, ' ').trim();
  if (!cleaned || ['todo', 'to do', 'to-do', 'task', 'tasks', 'todos'].includes(cleaned)) return null;
  return cleaned.slice(0, 100);
}
