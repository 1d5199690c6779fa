import { useAppStores, useSlice } from '../../app/AppContext';
import { formatRelativeTime } from '../../ui/formatTime';
import { SyncStatusItem } from '../sync/SyncStatusItem';
import { describeStatus, retryInSeconds } from './describeStatus';
import { useSecondTicks } from './useSecondTicks';

export function StatusBar() {
  const { status, api } = useAppStores();
  const snapshot = useSlice(status, (s) => s.snapshot);
  const error = useSlice(status, (s) => s.error);
  const connected = useSlice(status, (s) => s.connected);
  // Ticks once a second only while an open circuit counts down to its next try.
  const now = useSecondTicks(snapshot ? retryInSeconds(snapshot.llm) !== null : false);
  const items = snapshot ? describeStatus(snapshot, now) : [];
  const synced = snapshot ? (snapshot.graph.syncedAt ?? snapshot.homeServer.lastSyncedAt) : undefined;

  return (
    <footer className="status-bar" data-testid="status-bar" aria-label="Status">
      {!connected && api.runtime === 'browser' && (
        <span className="status-item tone-bad" role="status">Reconnecting to Goodies…</span>
      )}
      {items.map((i) => (
        <span key={i.key} className={`status-item tone-${i.tone}`} title={i.detail} data-status={i.key} data-testid={`status-${i.key}`}>
          <span className="dot" aria-hidden="true" />
          <span className="status-label">{i.label}</span>
          <span className="status-value">{i.value}</span>
        </span>
      ))}
      <SyncStatusItem />
      {snapshot && (
        <span className="status-item status-source" title={`Graph source: ${snapshot.graph.source}`}>
          {snapshot.graph.source} · synced {formatRelativeTime(synced)}
        </span>
      )}
      {!snapshot && error && <span className="status-item tone-bad">Status unavailable: {error.message}</span>}
      {!snapshot && !error && <span className="status-item muted">Checking status…</span>}
    </footer>
  );
}
