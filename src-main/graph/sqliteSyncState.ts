// Per-server sync bookkeeping (cursor, server time, last digest, last sync) in `sync_state`.
import type { SyncState } from '../sync/SyncLocalStore';
import type { PrepareStatement } from './sqliteGraphRows';

interface SyncStateRow {
  server_id: string;
  cursor: string | null;
  server_time: string | null;
  last_digest: string | null;
  last_digest_matched: number | null;
  last_sync_at: string | null;
}

export function getSyncState(stmt: PrepareStatement, serverId: string): SyncState {
  const row = stmt('SELECT * FROM sync_state WHERE server_id = ?').get(serverId) as unknown as SyncStateRow | undefined;
  return {
    serverId,
    cursor: row?.cursor ?? null,
    serverTime: row?.server_time ?? null,
    lastDigest: row?.last_digest ?? null,
    lastDigestMatched: row?.last_digest_matched === null || row?.last_digest_matched === undefined ? null : row.last_digest_matched === 1,
    lastSyncAt: row?.last_sync_at ?? null,
  };
}

/** Fields absent from `patch` keep their value; `null` clears one. */
export function setSyncState(stmt: PrepareStatement, serverId: string, patch: Partial<Omit<SyncState, 'serverId'>>): void {
  const next = { ...getSyncState(stmt, serverId), ...definedOnly(patch) };
  stmt(
    `INSERT INTO sync_state (server_id, cursor, server_time, last_digest, last_digest_matched, last_sync_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(server_id) DO UPDATE SET cursor = excluded.cursor, server_time = excluded.server_time, last_digest = excluded.last_digest,
         last_digest_matched = excluded.last_digest_matched, last_sync_at = excluded.last_sync_at`,
  ).run(serverId, next.cursor, next.serverTime, next.lastDigest, next.lastDigestMatched === null ? null : next.lastDigestMatched ? 1 : 0, next.lastSyncAt);
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
