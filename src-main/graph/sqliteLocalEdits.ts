// Dropping a pending local edit: the local head goes, reads show the server head again (or the entity leaves the graph
// when it was never pushed). Used by "keep theirs" on a conflict and by discarding a parked change.
import type { SqliteDatabase } from '../store/openDatabase';
import { transaction } from '../store/transaction';
import type { GraphChangeEvent } from './GraphStore';
import { beginChange, finishChange } from './sqliteChangeLog';
import type { GraphWriteContext } from './sqliteChangeLog';
import { moveHeads, readHead } from './sqliteEntityHeads';
import type { PrepareStatement } from './sqliteGraphRows';

/**
 * Drops the local head of `entityId` when it is `version` (any local head when `version` is null). A later edit on top
 * of that version is a different change and stays. Returns what changed (nothing when there was no such local head).
 */
export function dropLocalEdit(db: SqliteDatabase, stmt: PrepareStatement, context: GraphWriteContext, entityId: string, version: string | null): GraphChangeEvent {
  // Nested inside a caller's transaction this becomes a savepoint.
  return transaction(db, () => {
    const changed: GraphChangeEvent = { entityIds: [], relationshipIds: [] };
    const head = readHead(stmt, entityId);
    if (!head?.local_version || (version !== null && head.local_version !== version)) return changed;
    const seq = beginChange(stmt, 'local', context);
    moveHeads(stmt, entityId, head, { server: head.server_version, local: null, base: null, localSeq: null });
    changed.entityIds.push(entityId);
    finishChange(stmt, seq, changed);
    return changed;
  });
}
