// The change log: one row per committed graph change, written inside the change's own transaction (so a crash never
// leaves a change without its log row or the reverse). Its seq also numbers local writes (pending order, edge revisions).
import type { GraphChangeEvent } from './GraphStore';
import type { PrepareStatement } from './sqliteGraphRows';

export type ChangeSource = 'local' | 'remote' | 'import';

/** Who writes and when: `origin` is one store instance (one connection), so other processes' rows can be told apart. */
export interface GraphWriteContext {
  origin: string;
  now: () => Date;
}

/** Opens a log row for the change being written; call inside the transaction, then finishChange with what changed. */
export function beginChange(stmt: PrepareStatement, source: ChangeSource, context: GraphWriteContext): number {
  return Number(
    stmt("INSERT INTO change_log (source, origin, entity_ids, relationship_ids, at) VALUES (?, ?, '[]', '[]', ?)").run(
      source,
      context.origin,
      context.now().toISOString(),
    ).lastInsertRowid,
  );
}

/** Records the ids that changed, or drops the row when nothing did (a no-op re-send leaves no trace). */
export function finishChange(stmt: PrepareStatement, seq: number, changed: GraphChangeEvent): void {
  if (changed.entityIds.length === 0 && changed.relationshipIds.length === 0) {
    stmt('DELETE FROM change_log WHERE seq = ?').run(seq);
    return;
  }
  stmt('UPDATE change_log SET entity_ids = ?, relationship_ids = ? WHERE seq = ?').run(JSON.stringify(changed.entityIds), JSON.stringify(changed.relationshipIds), seq);
}

/** Ids changed by other origins after `afterSeq`, and the last seq seen (for the next call). */
export function changesFromOthers(stmt: PrepareStatement, origin: string, afterSeq: number): { lastSeq: number; changed: GraphChangeEvent } {
  const rows = stmt('SELECT seq, origin, entity_ids, relationship_ids FROM change_log WHERE seq > ? ORDER BY seq').all(afterSeq) as {
    seq: number;
    origin: string;
    entity_ids: string;
    relationship_ids: string;
  }[];
  const entityIds = new Set<string>();
  const relationshipIds = new Set<string>();
  let lastSeq = afterSeq;
  for (const row of rows) {
    lastSeq = row.seq;
    if (row.origin === origin) continue;
    for (const id of JSON.parse(row.entity_ids) as string[]) entityIds.add(id);
    for (const id of JSON.parse(row.relationship_ids) as string[]) relationshipIds.add(id);
  }
  return { lastSeq, changed: { entityIds: [...entityIds], relationshipIds: [...relationshipIds] } };
}

export function lastChangeSeq(stmt: PrepareStatement): number {
  return (stmt('SELECT COALESCE(MAX(seq), 0) AS seq FROM change_log').get() as { seq: number }).seq;
}
