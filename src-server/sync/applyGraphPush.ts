// One Inbetweenies v2 push inside one transaction (docs/inbetweenies-v2.md §3): entity changes in order, then every
// relationship. The caller has validated the whole batch, so nothing here can fail half-way on bad input.
import type { Entity } from '../../src-shared/protocol/entities';
import type { SyncChange, SyncConflict } from '../../src-shared/protocol/inbetweeniesSync';
import { resolveConflict } from '../../src-node-shared/sync/resolveConflict';
import type { SqlExecutor } from '../../src-node-shared/sql/SqlClient';
import { INSERT_ENTITY_SQL, entityInsertParams } from '../storage/graphRows';
import { lockCounter, storeCounter } from '../storage/syncCounters';

export interface GraphPushOutcome {
  applied: string[];
  appliedRelationships: string[];
  conflicts: SyncConflict[];
  /** Relationship ids skipped because an endpoint is missing at its pinned version (not acked: retry later). */
  skippedRelationships: string[];
  changedEntityIds: string[];
}

interface CurrentRow {
  version: string;
  receivedAtMs: number;
  createdAtMs: number;
}

const PRELOAD_CHUNK = 500;
const key = (id: string, version: string): string => `${id}\x1f${version}`;

/**
 * Everything the push will ask about, read up front in a few queries (the current row of every id it names, and
 * which versions exist) and kept up to date as the push writes: on PostgreSQL each statement is a round trip, and
 * asking per entity made a 2 000-entity push take seconds.
 */
async function preload(tx: SqlExecutor, changes: readonly SyncChange[]): Promise<{ current: Map<string, CurrentRow>; versions: Set<string> }> {
  const ids = new Set<string>();
  for (const change of changes) {
    if (change.entity) ids.add(change.entity.id);
    for (const edge of change.relationships) ids.add(edge.from_entity_id).add(edge.to_entity_id);
  }
  const current = new Map<string, CurrentRow>();
  const versions = new Set<string>();
  const all = [...ids];
  for (let i = 0; i < all.length; i += PRELOAD_CHUNK) {
    const chunk = all.slice(i, i + PRELOAD_CHUNK);
    const rows = await tx.query<{ id: string; version: string; is_latest: number; received_at_ms: number; created_at_ms: number }>(
      `SELECT id, version, is_latest, received_at_ms, created_at_ms FROM entity_versions WHERE id IN (${chunk.map(() => '?').join(', ')})`,
      chunk,
    );
    for (const row of rows) {
      versions.add(key(row.id, row.version));
      if (Number(row.is_latest) === 1) current.set(row.id, { version: row.version, receivedAtMs: Number(row.received_at_ms), createdAtMs: Number(row.created_at_ms) });
    }
  }
  return { current, versions };
}

export async function applyGraphPush(tx: SqlExecutor, changes: readonly SyncChange[], receivedAtMs: number): Promise<GraphPushOutcome> {
  // Locks the counter row first (PostgreSQL: serialises pushes across processes; SQLite already holds the write lock).
  let seq = await lockCounter(tx, 'graph');
  const startSeq = seq;
  const outcome: GraphPushOutcome = { applied: [], appliedRelationships: [], conflicts: [], skippedRelationships: [], changedEntityIds: [] };
  const { current, versions } = await preload(tx, changes);

  const insertLatest = async (entity: Entity, createdAtMs: number): Promise<void> => {
    if (current.has(entity.id)) await tx.execute('UPDATE entity_versions SET is_latest = 0, seq = NULL WHERE id = ? AND is_latest = 1', [entity.id]);
    await tx.execute(INSERT_ENTITY_SQL, entityInsertParams(entity, { latest: true, seq: ++seq, receivedAtMs, createdAtMs }));
    current.set(entity.id, { version: entity.version, receivedAtMs, createdAtMs });
    versions.add(key(entity.id, entity.version));
    outcome.changedEntityIds.push(entity.id);
  };

  for (const change of changes) {
    const entity = change.entity;
    if (!entity) continue;
    const stored = current.get(entity.id);
    if (change.change_type === 'delete') {
      // A delete always wins; deleting an unknown id stores nothing and is still acknowledged.
      if (stored) {
        const tombstone: Entity = { ...entity, content: { ...entity.content, deleted: true } };
        if (versions.has(key(entity.id, entity.version))) {
          await tx.execute('DELETE FROM entity_versions WHERE id = ? AND version = ?', [entity.id, entity.version]);
          if (stored.version === entity.version) current.delete(entity.id);
        }
        await insertLatest(tombstone, stored.createdAtMs);
      }
      outcome.applied.push(entity.id);
      continue;
    }
    if (!stored) {
      await insertLatest(entity, receivedAtMs);
    } else if (stored.version === entity.version || versions.has(key(entity.id, entity.version))) {
      // Idempotent: this exact version is already stored (as current or as an older/losing version).
    } else if (entity.parent_versions.includes(stored.version)) {
      await insertLatest(entity, stored.createdAtMs); // fast-forward
    } else {
      const decision = resolveConflict({ version: stored.version, receivedAtMs: stored.receivedAtMs }, entity.version);
      if (decision.winner === 'pushed') {
        await insertLatest(entity, stored.createdAtMs);
      } else {
        // The loser is kept as a non-latest version, so nothing is lost, and still acknowledged.
        await tx.execute(INSERT_ENTITY_SQL, entityInsertParams(entity, { latest: false, seq: null, receivedAtMs, createdAtMs: stored.createdAtMs }));
        versions.add(key(entity.id, entity.version));
      }
      outcome.conflicts.push({
        entity_id: entity.id,
        local_version: stored.version,
        remote_version: entity.version,
        resolution_strategy: decision.strategy,
        resolved_version: decision.winner === 'pushed' ? entity.version : stored.version,
      });
    }
    outcome.applied.push(entity.id);
  }

  for (const change of changes) {
    for (const edge of change.relationships) {
      if (!versions.has(key(edge.from_entity_id, edge.from_entity_version)) || !versions.has(key(edge.to_entity_id, edge.to_entity_version))) {
        outcome.skippedRelationships.push(edge.id);
        continue;
      }
      await tx.execute(
        `INSERT INTO relationships (id, from_entity_id, from_entity_version, to_entity_id, to_entity_version, relationship_type, properties, seq, updated_at_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET from_entity_id = excluded.from_entity_id, from_entity_version = excluded.from_entity_version,
           to_entity_id = excluded.to_entity_id, to_entity_version = excluded.to_entity_version, relationship_type = excluded.relationship_type,
           properties = excluded.properties, seq = excluded.seq, updated_at_ms = excluded.updated_at_ms`,
        [edge.id, edge.from_entity_id, edge.from_entity_version, edge.to_entity_id, edge.to_entity_version, edge.relationship_type, JSON.stringify(edge.properties ?? {}), ++seq, receivedAtMs],
      );
      outcome.appliedRelationships.push(edge.id);
    }
  }
  if (seq !== startSeq) await storeCounter(tx, 'graph', seq);
  return outcome;
}
