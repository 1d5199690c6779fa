// The conflict side of the SyncLocalStore port over SQLite: the server's conflict answers for our pushes, kept until
// someone looks at them (with both contents), "keep mine" (a new local head on top of the server's winner, with our
// content) and "keep theirs" (any pending local edit of the entity dropped).
import { AppError } from '../../src-shared/errors';
import { isTombstone } from '../../src-shared/protocol/entities';
import type { Entity } from '../../src-shared/protocol/entities';
import type { SyncConflict } from '../../src-shared/protocol/inbetweeniesSync';
import { canonicalVersion, isValidVersion } from '../../src-shared/protocol/version';
import type { SqliteDatabase } from '../store/openDatabase';
import { transaction } from '../store/transaction';
import type { ConflictRecord, ConflictSide } from '../sync/SyncLocalStore';
import type { GraphChangeEvent } from './GraphStore';
import { beginChange, finishChange } from './sqliteChangeLog';
import type { GraphWriteContext } from './sqliteChangeLog';
import { headsOf, moveHeads, readHead, readVersion } from './sqliteEntityHeads';
import { toRelationship } from './sqliteGraphRows';
import type { PrepareStatement, RelationshipRow } from './sqliteGraphRows';
import { writeLocalEntity, writeLocalRelationship } from './sqliteGraphWrites';
import { dropLocalEdit } from './sqliteLocalEdits';

interface ConflictRow {
  id: number;
  server_id: string;
  entity_id: string;
  entity_name: string;
  local_version: string;
  remote_version: string;
  winner: 'local' | 'remote';
  strategy: string;
  recorded_at: string;
  resolved_at: string | null;
}

const canonical = (version: string): string => (isValidVersion(version) ? canonicalVersion(version) : version);

/**
 * In the server's words "local" is its row and "remote" ours; here localVersion is ours. When the server kept its row
 * and our version is already acked (no longer the local head), the server head moves to the winner if we have it;
 * markPushed does the same when it runs second. Re-recording the same answer returns the existing record.
 */
export function recordConflicts(db: SqliteDatabase, stmt: PrepareStatement, context: GraphWriteContext, serverId: string, conflicts: readonly SyncConflict[]): { records: ConflictRecord[]; changed: GraphChangeEvent } {
  return transaction(db, () => {
    const seq = beginChange(stmt, 'remote', context);
    const entityIds: string[] = [];
    const records: ConflictRecord[] = [];
    for (const conflict of conflicts) {
      const ours = canonical(conflict.remote_version);
      const theirs = canonical(conflict.local_version);
      const winner = canonical(conflict.resolved_version) === ours ? 'local' : 'remote';
      const head = readHead(stmt, conflict.entity_id);
      const name = readVersion(stmt, conflict.entity_id, ours)?.name ?? (head ? readVersion(stmt, conflict.entity_id, head.version)?.name : undefined) ?? conflict.entity_id;
      stmt(
        `INSERT OR IGNORE INTO conflicts (server_id, entity_id, entity_name, local_version, remote_version, winner, strategy, recorded_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(serverId, conflict.entity_id, name, ours, theirs, winner, conflict.resolution_strategy, context.now().toISOString());
      const row = stmt('SELECT * FROM conflicts WHERE server_id = ? AND entity_id = ? AND local_version = ? AND remote_version = ?').get(
        serverId,
        conflict.entity_id,
        ours,
        theirs,
      ) as unknown as ConflictRow;
      records.push({ ...toRecord(row), mine: sideOf(readVersion(stmt, row.entity_id, row.local_version)), theirs: sideOf(readVersion(stmt, row.entity_id, row.remote_version)) });
      const heads = headsOf(head);
      if (winner === 'remote' && head && heads.local !== ours && heads.server === ours && readVersion(stmt, conflict.entity_id, theirs)) {
        moveHeads(stmt, conflict.entity_id, head, { ...heads, server: theirs, base: heads.local ? theirs : null });
        entityIds.push(conflict.entity_id);
      }
    }
    const changed = { entityIds, relationshipIds: [] };
    finishChange(stmt, seq, changed);
    return { records, changed };
  });
}

/** With both contents: versions are immutable rows, so ours and theirs are read back from entity_versions. */
export function listConflicts(stmt: PrepareStatement, includeResolved: boolean): ConflictRecord[] {
  const rows = stmt(`SELECT * FROM conflicts${includeResolved ? '' : ' WHERE resolved_at IS NULL'} ORDER BY id`).all() as unknown as ConflictRow[];
  return rows.map((row) => ({
    ...toRecord(row),
    mine: sideOf(readVersion(stmt, row.entity_id, row.local_version)),
    theirs: sideOf(readVersion(stmt, row.entity_id, row.remote_version)),
  }));
}

function sideOf(entity: Entity | undefined): ConflictSide | null {
  return entity ? { name: entity.name, entityType: entity.entity_type, content: entity.content, deleted: isTombstone(entity) } : null;
}

/**
 * "Keep theirs": when the server's version won and a local edit of the entity is still pending, that edit is dropped so
 * reads show the winner; then the conflict is resolved. When ours won there is nothing to drop.
 */
export function dismissConflict(db: SqliteDatabase, stmt: PrepareStatement, context: GraphWriteContext, conflictId: number): GraphChangeEvent {
  return transaction(db, () => {
    const conflict = conflictRow(stmt, conflictId);
    const changed =
      conflict.resolved_at === null && conflict.winner === 'remote' ? dropLocalEdit(db, stmt, context, conflict.entity_id, null) : { entityIds: [], relationshipIds: [] };
    stmt('UPDATE conflicts SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL').run(context.now().toISOString(), conflictId);
    return changed;
  });
}

/**
 * A new version with our content whose parent is the server's winner (so pushing it is a fast-forward there), made the
 * local head, with the entity's edges re-pinned to it. Nothing to do when our version won; resolves the conflict.
 */
export function keepMine(db: SqliteDatabase, stmt: PrepareStatement, context: GraphWriteContext, conflictId: number, mint: (userId: string) => string): GraphChangeEvent {
  return transaction(db, () => {
    const conflict = conflictRow(stmt, conflictId);
    const changed: GraphChangeEvent = { entityIds: [], relationshipIds: [] };
    if (conflict.resolved_at === null && conflict.winner === 'remote') {
      const ours = readVersion(stmt, conflict.entity_id, conflict.local_version);
      if (!ours) throw new AppError('not_found', `Our version of "${conflict.entity_name}" is no longer stored, so it cannot be kept.`);
      const head = readHead(stmt, conflict.entity_id);
      // The newest server head we know (the winner, or what came after it) makes the push a fast-forward.
      const parent = head?.server_version ?? conflict.remote_version;
      const seq = beginChange(stmt, 'local', context);
      const next: Entity = { ...ours, version: canonicalVersion(mint(ours.user_id)), parent_versions: [parent] };
      if (writeLocalEntity(stmt, next, seq) !== 'unchanged') changed.entityIds.push(next.id);
      const edges = stmt('SELECT id, from_id, from_version, to_id, to_version, type, properties FROM relationships WHERE from_id = ? OR to_id = ?').all(
        next.id,
        next.id,
      ) as unknown as RelationshipRow[];
      for (const edge of edges.map(toRelationship)) {
        const repinned = {
          ...edge,
          from_entity_version: edge.from_entity_id === next.id ? next.version : edge.from_entity_version,
          to_entity_version: edge.to_entity_id === next.id ? next.version : edge.to_entity_version,
        };
        if (writeLocalRelationship(stmt, repinned, seq) !== 'unchanged') changed.relationshipIds.push(edge.id);
      }
      finishChange(stmt, seq, changed);
    }
    stmt('UPDATE conflicts SET resolved_at = COALESCE(resolved_at, ?) WHERE id = ?').run(context.now().toISOString(), conflictId);
    return changed;
  });
}

function conflictRow(stmt: PrepareStatement, conflictId: number): ConflictRow {
  const row = stmt('SELECT * FROM conflicts WHERE id = ?').get(conflictId) as unknown as ConflictRow | undefined;
  if (!row) throw new AppError('not_found', `There is no conflict ${conflictId}.`);
  return row;
}

function toRecord(row: ConflictRow): Omit<ConflictRecord, 'mine' | 'theirs'> {
  return {
    id: row.id,
    serverId: row.server_id,
    entityId: row.entity_id,
    entityName: row.entity_name,
    localVersion: row.local_version,
    remoteVersion: row.remote_version,
    winner: row.winner,
    strategy: row.strategy,
    recordedAt: row.recorded_at,
    resolved: row.resolved_at !== null,
  };
}
