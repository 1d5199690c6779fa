// Whose todo or reminder an entity is. The assistant's tools and the approval gate's risk evidence must agree on it:
// deleting one of your own household items is everyday (tier 2), deleting anyone else's or anything else is not.
import type { Entity } from '../../src-shared/protocol/entities';

type Thing = Pick<Entity, 'content' | 'entity_type'>;

/** A todo is a `note` with content.kind "todo"; a reminder is a `schedule` with content.kind "reminder". */
export function householdItemKind(entity: Thing): 'todo' | 'reminder' | undefined {
  const kind = entity.content['kind'];
  if (entity.entity_type === 'note' && kind === 'todo') return 'todo';
  if (entity.entity_type === 'schedule' && kind === 'reminder') return 'reminder';
  return undefined;
}

/** The asker owns an item that is assigned to nobody or to them. */
export function isOwnedBy(assignee: unknown, asker: string | undefined): boolean {
  if (asker === undefined || asker === '') return false;
  return assignee === null || assignee === undefined || assignee === '' || assignee === asker;
}

/** A todo or reminder that belongs to the asker (no asker known: nobody's). */
export function isOwnHouseholdItem(entity: Thing, asker: string | undefined): boolean {
  return householdItemKind(entity) !== undefined && isOwnedBy(entity.content['assignee'], asker);
}
