// The status bar's sync cell: state, pending, conflicts, parked, and a progress bar while a large sync runs.
import { useAppStores, useSlice } from '../../app/AppContext';
import { formatRelativeTime } from '../../ui/formatTime';
import { describePending, SYNC_STATE_TONE, SYNC_STATE_WORD } from './describeSyncState';

export function SyncStatusItem() {
  const { sync } = useAppStores();
  const status = useSlice(sync, (s) => s.status);
  if (!status || status.state === 'not_configured') return null;
  const pending = describePending(status);
  const detail = [
    status.serverUrl,
    `last synced ${formatRelativeTime(status.lastSyncAt ?? undefined)}`,
    `pending: ${pending}`,
    status.lastError?.message,
  ].filter(Boolean).join(' · ');
  const progress = status.progress;
  return (
    <span className={`status-item tone-${SYNC_STATE_TONE[status.state]}`} title={detail} data-testid="status-sync" data-sync-state={status.state}>
      <span className="dot" aria-hidden="true" />
      <span className="status-label">Sync</span>
      <span className="status-value" role="status" aria-live="polite">
        {SYNC_STATE_WORD[status.state]}
        {pending !== 'nothing' ? ` · ${pending} pending` : ''}
        {status.conflicts > 0 ? ` · ${status.conflicts} conflict${status.conflicts === 1 ? '' : 's'}` : ''}
        {status.parked > 0 ? ` · ${status.parked} parked` : ''}
      </span>
      {progress && (
        <progress
          className="sync-progress"
          aria-label={`Sync ${progress.phase}`}
          value={progress.total ? progress.done : undefined}
          max={progress.total ?? undefined}
        />
      )}
    </span>
  );
}
