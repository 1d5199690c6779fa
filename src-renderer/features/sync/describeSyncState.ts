// Words and tones for the sync state, shared by the status bar and Settings → Home server.
import type { SyncStatusView } from '../../../src-preload/contract';

export const SYNC_STATE_WORD: Record<SyncStatusView['state'], string> = {
  not_configured: 'not connected',
  idle: 'not synced yet',
  syncing: 'syncing…',
  synced: 'synced',
  offline: 'offline',
  error: 'sync error',
  not_logged_in: 'log in again',
};

export const SYNC_STATE_TONE: Record<SyncStatusView['state'], 'ok' | 'warn' | 'bad' | 'muted'> = {
  not_configured: 'muted',
  idle: 'warn',
  syncing: 'warn',
  synced: 'ok',
  offline: 'bad',
  error: 'bad',
  not_logged_in: 'bad',
};

/** "3 entities, 1 relationship, 2 messages" — what is waiting to be pushed, by kind. */
export function describePending(status: SyncStatusView): string {
  const parts: string[] = [];
  const add = (n: number, one: string, many: string) => n > 0 && parts.push(`${n} ${n === 1 ? one : many}`);
  add(status.pending.entities, 'entity', 'entities');
  add(status.pending.relationships, 'relationship', 'relationships');
  for (const [kind, c] of Object.entries(status.pending.byKind)) if (kind !== 'entity_change') add(c.queued, kind.replace('_', ' '), `${kind.replace('_', ' ')}s`);
  return parts.length ? parts.join(', ') : 'nothing';
}
