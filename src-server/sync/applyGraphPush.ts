// One Inbetweenies v2 push inside one transaction (docs/inbetweenies-v2.md §3): entity changes in order, then every
// relationship. The caller has validated the whole batch, so nothing here can fail half-way on bad input.
import type { Entity } from '../../src-shared/protocol/entities';
import type { SyncChange, SyncConflict } from '../../src-shared/protocol/inbetweeniesSync';
import { resolveConflict } from '../../src-node-shared/sync/resolveConflict';
import type { SqlExecutor } from '../../src-node-shared/sql/SqlClient';
import { lockCounter, storeCounter } from '../storage/syncCounters';
import { ENTITY_COLUMNS, INSERT_ENTITY_SQL, entityInsertParams, type EntityRow } from '../storage/graphRows';

export interface GraphPushOutcome {
  applied: string[];
  appliedRelationships: string[];
  conflicts: SyncConflict[];
  /** Relationship ids skipped because an endpoint is missing at its pinned version (not acked: retry later). */
  skippedRelationships: string[];
  changedEntityIds: string[];
}

export async function applyGraphPush(tx: SqlExecutor, changes: readonly SyncChange[], receivedAtMs: number): Promise<GraphPushOutcome> {
  // Locks the counter row first (PostgreSQL: serialises pushes across processes; SQLite already holds the write lock).
  let seq = await lockCounter(tx, 'graph');
  const startSeq = seq;
  const outcome: GraphPushOutcome = { applied: [], appliedRelationships: [], conflicts: [], skippedRelationships: [], changedEntityIds: [] };

  const current = async (id: string): Promise<EntityRow | undefined> =>
    (await tx.query<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entity_versions WHERE id = ? AND is_latest = 1`, [id]))[0];
  // Versions are immutable once stored, so a yes is remembered for the rest of the push (edges share endpoints).
  const knownVersions = new Set<string>();
  const versionExists = async (id: string, version: string): Promise<boolean> => {
    const key = `${id}\x1f${version}`;
    if (knownVersions.has(key)) return true;
    const found = (await tx.query('SELECT 1 AS one FROM entity_versions WHERE id = ? AND version = ?', [id, version])).length > 0;
    if (found) knownVersions.add(key);
    return found;
  };
  const insertLatest = async (entity: Entity, createdAtMs: number): Promise<void> => {
    await tx.execute('UPDATE entity_versions SET is_latest = 0, seq = NULL WHERE id = ? AND is_latest = 1', [entity.id]);
    await tx.execute(INSERT_ENTITY_SQL, entityInsertParams(entity, { latest: true, seq: ++seq, receivedAtMs, createdAtMs }));
    outcome.changedEntityIds.push(entity.id);
    knownVersions.add(`${entity.id}\x1f${entity.version}`);
  };

  for (const change of changes) {
    const entity = change.entity;
    if (!entity) continue;
    const stored = await current(entity.id);
    if (change.change_type === 'delete') {
      // A delete always wins; deleting an unknown id stores nothing and is still acknowledged.
      if (stored) {
        const tombstone: Entity = { ...entity, content: { ...entity.content, deleted: true } };
        if (await versionExists(entity.id, entity.version)) {
          await tx.execute('DELETE FROM entity_versions WHERE id = ? AND version = ?', [entity.id, entity.version]);
        }
        await insertLatest(tombstone, stored.created_at_ms);
      }
      outcome.applied.push(entity.id);
      continue;
    }
    if (!stored) {
      await insertLatest(entity, receivedAtMs);
    } else if (stored.version === entity.version || (await versionExists(entity.id, entity.version))) {
      // Idempotent: this exact version is already stored (as current or as an older/losing version).
    } else if (entity.parent_versions.includes(stored.version)) {
      await insertLatest(entity, stored.created_at_ms); // fast-forward
    } else {
      const decision = resolveConflict({ version: stored.version, receivedAtMs: stored.received_at_ms }, entity.version);
      if (decision.winner === 'pushed') {
        await insertLatest(entity, stored.created_at_ms);
      } else {
        // The loser is kept as a non-latest version, so nothing is lost, and still acknowledged.
        await tx.execute(INSERT_ENTITY_SQL, entityInsertParams(entity, { latest: false, seq: null, receivedAtMs, createdAtMs: stored.created_at_ms }));
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
      const pinned = (await versionExists(edge.from_entity_id, edge.from_entity_version)) && (await versionExists(edge.to_entity_id, edge.to_entity_version));
      if (!pinned) {
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
