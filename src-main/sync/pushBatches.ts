// Builds the wire changes of one push from the store's pending local heads, and validates them first: upstream stores
// nothing and answers 500 for a bad enum anywhere in a push, so one bad change must never reach the server in a batch.
import { entitySchema, relationshipSchema } from '../../src-shared/protocol/entities';
import type { SyncChange } from '../../src-shared/protocol/inbetweeniesSync';
import { formatZodError } from '../../src-shared/errors';
import type { ChangeKey } from './ParkedChanges';
import type { PendingEntity, PendingRelationship } from './SyncLocalStore';

/** One unit of a push: it is acked, bisected and parked as a whole. */
export type PushItem =
  | { kind: 'entity'; pending: PendingEntity; change: SyncChange }
  | { kind: 'relationship'; pending: PendingRelationship; change: SyncChange };

export interface InvalidPushItem {
  kind: 'entity' | 'relationship';
  id: string;
  /** The entity version or the edge revision, so a later edit of the same id is tried again. */
  version: string;
  error: string;
  payload: unknown;
}

export function entityPushItem(pending: PendingEntity): PushItem | InvalidPushItem {
  const parsed = entitySchema.safeParse(pending.entity);
  if (!parsed.success) return { kind: 'entity', id: String(pending.entity?.id), version: String(pending.entity?.version), error: `invalid change: ${formatZodError(parsed.error)}`, payload: pending.entity };
  const entity = parsed.data;
  // Naming the base in parent_versions is what makes the server fast-forward instead of resolving a conflict.
  const parents = pending.baseVersion && !entity.parent_versions.includes(pending.baseVersion) ? [...entity.parent_versions, pending.baseVersion] : entity.parent_versions;
  const changeType = pending.deleted ? 'delete' : pending.baseVersion ? 'update' : 'create';
  return { kind: 'entity', pending, change: { change_type: changeType, entity: { ...entity, parent_versions: parents }, relationships: [] } };
}

export function relationshipPushItem(pending: PendingRelationship): PushItem | InvalidPushItem {
  const parsed = relationshipSchema.safeParse(pending.relationship);
  if (!parsed.success) return { kind: 'relationship', id: String(pending.relationship?.id), version: String(pending.revision), error: `invalid change: ${formatZodError(parsed.error)}`, payload: pending.relationship };
  // An edge-only change: the server accepts `entity: null` with relationships (how edges are re-pointed upstream).
  return { kind: 'relationship', pending, change: { change_type: 'update', entity: null, relationships: [parsed.data] } };
}

export function isInvalid(item: PushItem | InvalidPushItem): item is InvalidPushItem {
  return 'error' in item;
}

export function pushItemKey(item: PushItem): ChangeKey {
  return item.kind === 'entity'
    ? { target: 'entity', id: item.pending.entity.id, version: item.pending.entity.version }
    : { target: 'relationship', id: item.pending.relationship.id, version: String(item.pending.revision) };
}

/** Entities first, edges after (an edge needs both endpoints stored at its pinned versions), in batches of `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
