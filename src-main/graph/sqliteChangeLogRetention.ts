// Retention of the change log: a row is only needed until every reader is past it. Readers are other processes
// polling `PRAGMA data_version` (they look at rows newer than their last seen seq, seconds old) and the sync engine,
// which pushes from the heads, not the log. So a row may go once it is older than the retention window, every known
// server has synced since it was written, and no pending local edit still carries its seq (entity local_seq, edge
// local_rev) — seq is AUTOINCREMENT, so a deleted seq is never handed out again.
import type { PrepareStatement } from './sqliteGraphRows';

/** Deletes at most `limit` prunable rows written before `beforeIso`, oldest first; returns how many went. */
export function pruneChangeLog(stmt: PrepareStatement, beforeIso: string, limit: number): number {
  return Number(
    stmt(`
      DELETE FROM change_log WHERE seq IN (
        SELECT seq FROM change_log
        WHERE at < ?1
          AND at < COALESCE((SELECT MIN(COALESCE(last_sync_at, '')) FROM sync_state), ?1)
          AND seq < COALESCE((SELECT MIN(local_seq) FROM entity_current WHERE local_version IS NOT NULL), 9223372036854775807)
          AND seq < COALESCE((SELECT MIN(local_rev) FROM relationships WHERE pending = 1), 9223372036854775807)
        ORDER BY seq
        LIMIT ?2
      )`).run(beforeIso, limit).changes,
  );
}
