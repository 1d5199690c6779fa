// The head side of the SyncLocalStore port over SQLite: what is pending, what an ack clears, the digest over server
// heads and the repair reset. Each write runs in one transaction with its change_log row.
import { isTombstone } from '../../src-shared/protocol/entities';
import { canonicalVersion, isValidVersion } from '../../src-shared/protocol/version';
import { computeStateDigest } from '../../src-node-shared/sync/stateDigest';
import type { SqliteDatabase } from '../store/openDatabase';
import { transaction } from '../store/transaction';
import type { PendingPush, PushAck } from '../sync/SyncLocalStore';
import type { GraphChangeEvent } from './GraphStore';
import { beginChange, finishChange } from './sqliteChangeLog';
import type { GraphWriteContext } from './sqliteChangeLog';
import { headsOf, moveHeads, readHead } from './sqliteEntityHeads';
import { ENTITY_COLUMNS, toEntity, toRelationship } from './sqliteGraphRows';
import type { EntityRow, PrepareStatement, RelationshipRow } from './sqliteGraphRows';

const NO_LIMIT = -1;

export function pendingChanges(stmt: PrepareStatement, limit?: number): PendingPush {
  const rows = stmt(
    `SELECT ${ENTITY_COLUMNS}, c.base_version FROM entity_current c JOIN entity_versions v ON v.id = c.id AND v.version = c.local_version
       WHERE c.local_version IS NOT NULL ORDER BY c.local_seq, c.seq LIMIT ?`,
  ).all(limit ?? NO_LIMIT) as (EntityRow & { base_version: string | null })[];
  const edges = stmt(
    'SELECT id, from_id, from_version, to_id, to_version, type, properties, local_rev FROM relationships WHERE pending = 1 ORDER BY local_rev, id',
  ).all() as (RelationshipRow & { local_rev: number })[];
  return {
    entities: rows.map((row) => {
      const stored = toEntity(row);
      // Two local edits before a sync: the second names the unpushed first as parent, which the server never saw.
      // Pushed, it names the server version it is on top of, so the server takes it as a fast-forward.
      const base = row.base_version;
      const entity = base && !stored.parent_versions.includes(base) ? { ...stored, parent_versions: [base] } : stored;
      return { entity, baseVersion: base, deleted: isTombstone(entity) };
    }),
    relationships: edges.map((row) => ({ relationship: toRelationship(row), revision: row.local_rev })),
  };
}

/**
 * An acked version becomes the server head (or, when the server told us it kept its own row, that row: see
 * recordConflicts) and stops being pending only if it is still the local head: an edit made while the push was in
 * flight stays pending, now on top of the acked version. Edges clear only at the revision that was pushed.
 */
export function markPushed(db: SqliteDatabase, stmt: PrepareStatement, context: GraphWriteContext, serverId: string, ack: PushAck): GraphChangeEvent {
  return transaction(db, () => {
    const seq = beginChange(stmt, 'remote', context);
    const entityIds: string[] = [];
    const relationshipIds: string[] = [];
    for (const { id, version: raw } of ack.entities) {
      if (!isValidVersion(raw)) continue;
      const version = canonicalVersion(raw);
      const head = readHead(stmt, id);
      const heads = headsOf(head);
      if (!head || heads.local === null) continue;
      if (heads.local !== version && heads.base === version) continue;
      if (!stmt('SELECT 1 AS found FROM entity_versions WHERE id = ? AND version = ?').get(id, version)) continue;
      const server = serverWinnerFor(stmt, serverId, id, version) ?? version;
      const next = heads.local === version ? { server, local: null, base: null, localSeq: null } : { ...heads, server, base: server };
      moveHeads(stmt, id, head, next);
      entityIds.push(id);
    }
    const clearEdge = stmt('UPDATE relationships SET pending = 0 WHERE id = ? AND local_rev = ? AND pending = 1');
    for (const { id, revision } of ack.relationships) if (clearEdge.run(id, revision).changes > 0) relationshipIds.push(id);
    const changed = { entityIds, relationshipIds };
    finishChange(stmt, seq, changed);
    return changed;
  });
}

/** The server's row when an open conflict says it kept that row over our pushed `version` (and we have it stored). */
export function serverWinnerFor(stmt: PrepareStatement, serverId: string, id: string, version: string): string | undefined {
  const row = stmt(
    `SELECT k.remote_version FROM conflicts k JOIN entity_versions v ON v.id = k.entity_id AND v.version = k.remote_version
       WHERE k.server_id = ? AND k.entity_id = ? AND k.local_version = ? AND k.winner = 'remote' ORDER BY k.id DESC LIMIT 1`,
  ).get(serverId, id, version) as { remote_version: string } | undefined;
  return row?.remote_version;
}

/** Over server heads only, tombstones included (a pending local edit is not on the server yet). */
export function serverHeadDigest(stmt: PrepareStatement): string {
  return computeStateDigest(stmt('SELECT id, server_version AS version FROM entity_current WHERE server_version IS NOT NULL').all() as { id: string; version: string }[]);
}

/**
 * Repair before a full resync: ids with only a server head leave the graph (their versions stay as history), pending
 * ids keep their local head with no server head, synced edges go, and the server's cursor is forgotten.
 */
export function resetServerHeads(db: SqliteDatabase, stmt: PrepareStatement, context: GraphWriteContext, serverId: string): GraphChangeEvent {
  return transaction(db, () => {
    const seq = beginChange(stmt, 'remote', context);
    const entityIds = (stmt('SELECT id FROM entity_current WHERE server_version IS NOT NULL').all() as { id: string }[]).map((r) => r.id);
    const relationshipIds = (stmt('SELECT id FROM relationships WHERE pending = 0').all() as { id: string }[]).map((r) => r.id);
    stmt('DELETE FROM entity_fts WHERE rowid IN (SELECT seq FROM entity_current WHERE local_version IS NULL AND deleted = 0)').run();
    stmt('DELETE FROM entity_current WHERE local_version IS NULL').run();
    stmt('UPDATE entity_current SET server_version = NULL WHERE server_version IS NOT NULL').run();
    stmt('DELETE FROM relationships WHERE pending = 0').run();
    stmt('UPDATE sync_state SET cursor = NULL, last_digest = NULL, last_digest_matched = NULL WHERE server_id = ?').run(serverId);
    const changed = { entityIds, relationshipIds };
    finishChange(stmt, seq, changed);
    return changed;
  });
}

/**
 * The end of a completed full pull: server heads the pull did not bring (the demo home, a previous server's rows, a
 * version the server dropped) leave the graph; pending ids keep their local head with no server head; synced edges
 * the pull did not bring go. Done after the pull rather than before it, so a sync killed half way leaves the synced
 * graph in view (stale at worst; the next digest check repairs it) instead of an empty one.
 * Set-based: the seen ids go in as one JSON array each and SQLite picks the unseen rows (a full pull usually leaves
 * none), instead of reading every head and edge into JavaScript to compare them there.
 */
export function sweepServerHeads(db: SqliteDatabase, stmt: PrepareStatement, context: GraphWriteContext, seen: { entityIds: ReadonlySet<string>; relationshipIds: ReadonlySet<string> }): GraphChangeEvent {
  return transaction(db, () => {
    const seq = beginChange(stmt, 'remote', context);
    const unseen = stmt(
      'SELECT seq, id, local_version, deleted FROM entity_current WHERE server_version IS NOT NULL AND id NOT IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify([...seen.entityIds])) as { seq: number; id: string; local_version: string | null; deleted: number }[];
    const entityIds: string[] = [];
    for (const head of unseen) {
      entityIds.push(head.id);
      if (head.local_version !== null) {
        stmt('UPDATE entity_current SET server_version = NULL WHERE seq = ?').run(head.seq);
        continue;
      }
      if (!head.deleted) stmt('DELETE FROM entity_fts WHERE rowid = ?').run(head.seq);
      stmt('DELETE FROM entity_current WHERE seq = ?').run(head.seq);
    }
    const relationshipIds = (
      stmt('DELETE FROM relationships WHERE pending = 0 AND id NOT IN (SELECT value FROM json_each(?)) RETURNING id').all(JSON.stringify([...seen.relationshipIds])) as { id: string }[]
    ).map((r) => r.id);
    const changed = { entityIds, relationshipIds };
    finishChange(stmt, seq, changed);
    return changed;
  });
}
