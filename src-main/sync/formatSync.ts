// Sync status and reports as text: the CLI (`goodies sync`, `sync status`) and the `/sync` chat command say the same.
import type { SyncReportView, SyncStatusView } from '../../src-preload/contract';

export function pendingLine(status: SyncStatusView): string {
  const kinds = Object.entries(status.pending.byKind)
    .filter(([, c]) => c.queued > 0)
    .map(([kind, c]) => `${c.queued} ${kind.replace('_', ' ')}`);
  const local = status.pending.entities + status.pending.relationships;
  return `${local} local change${local === 1 ? '' : 's'} not yet pushed (${status.pending.entities} entities, ${status.pending.relationships} relationships)${kinds.length ? `; outbox: ${kinds.join(', ')}` : ''}`;
}

export function formatSyncStatus(status: SyncStatusView): string {
  if (!status.serverUrl) return 'Not connected to a home server. Run `goodies login --server <url> --password-stdin`.\n';
  const lines = [
    `Server:      ${status.serverUrl} as ${status.userId ?? '?'} (${status.role ?? '?'})${status.secretsEncrypted ? '' : ' · token in a 0600 file in the data folder'}`,
    `State:       ${status.state}${status.lastError ? ` (${status.lastError.message})` : ''}`,
    `Last synced: ${status.lastSyncAt ?? 'never'}${status.digestMatched === null ? '' : status.digestMatched ? ' · digest matched' : ' · digest MISMATCH'}`,
    `Pending:     ${pendingLine(status)}`,
    `Conflicts:   ${status.conflicts} unresolved · parked changes: ${status.parked}`,
  ];
  return `${lines.join('\n')}\n`;
}

export function formatSyncReport(report: SyncReportView): string {
  const lines = [
    `${report.full ? 'Full sync' : 'Sync'} done at ${report.finishedAt}.`,
    `Pushed:    ${report.pushed.entities} entities, ${report.pushed.relationships} relationships`,
    `Pulled:    ${report.pulled.entities} entities, ${report.pulled.relationships} relationships`,
    `Conflicts: ${report.conflicts}`,
    `Parked:    ${report.parked.length}${report.parked.map((p) => `\n  ${p.id}: ${p.error}`).join('')}`,
    `Digest:    ${report.digest.matched ? 'matches the server' : 'DIFFERS from the server'} (${report.digest.local.slice(0, 12)}…${report.digest.repaired ? ', repaired by a full resync' : ''})`,
  ];
  return `${lines.join('\n')}\n`;
}

