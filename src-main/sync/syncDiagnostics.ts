// The diagnostics panel's "Sync and queue" figures (telemetry/registerTelemetry.ts `syncFigures`): the sync status
// in plain words, in the order a maintainer reads them. No token: the report's secret list carries the session's
// token so it is cut out by value wherever it might still appear (a server URL pasted with it, an error message).
import type { SyncStatusView } from '../../src-preload/contract';

export function syncDiagnostics(status: SyncStatusView): Record<string, string | number | null> {
  const byKind = Object.entries(status.pending.byKind)
    .filter(([, c]) => c.queued + c.parked > 0)
    .map(([kind, c]) => `${kind} ${c.queued} queued, ${c.parked} parked`);
  return {
    'State': status.state.replace(/_/g, ' ') + (status.progress ? ` (${status.progress.phase} ${status.progress.done}${status.progress.total !== null ? `/${status.progress.total}` : ''})` : ''),
    'Server': status.serverUrl ? `${status.serverUrl}${status.role ? ` as ${status.userId ?? '?'} (${status.role})` : ''}` : null,
    'Network': status.online ? 'online' : 'offline',
    'Last sync': status.lastSyncAt,
    'Pending changes': `${status.pending.entities} entities, ${status.pending.relationships} relationships`,
    'Queue': byKind.length ? byKind.join('; ') : 'empty',
    'Parked': status.parked,
    'Conflicts': status.conflicts,
    'Digest': status.digestMatched === null ? null : status.digestMatched ? 'matched the server' : 'did not match the server',
    'Last error': status.lastError ? `${status.lastError.type}: ${status.lastError.message}` : null,
    'Token kept in': status.serverUrl ? (status.secretsEncrypted ? 'the OS keychain' : 'a 0600 file in the data folder') : null,
  };
}
