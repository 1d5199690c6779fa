// Conflicts the server resolved: which version won, our version and theirs side by side, "keep mine" (a new version
// with my content on top of the winner) or "keep theirs".
import { useAppStores, useSlice } from '../../app/AppContext';

export function ConflictsList() {
  const { sync } = useAppStores();
  const conflicts = useSlice(sync, (s) => s.conflicts);
  const busy = useSlice(sync, (s) => s.busy);
  if (conflicts.length === 0) return null;
  return (
    <div className="sync-conflicts" data-testid="sync-conflicts">
      <h4 className="section-subtitle">Conflicts ({conflicts.length})</h4>
      <ul className="plain-list">
        {conflicts.map((c) => (
          <li key={c.id} className="sync-conflict" data-testid="sync-conflict">
            <div>
              <strong>{c.entityName || c.entityId}</strong>: {c.winner === 'remote' ? 'the server kept its version' : 'the server took yours'} ({c.strategy})
            </div>
            <div className="sync-conflict-sides">
              <div>
                <div className="muted">Mine</div>
                <code>{c.localVersion}</code>
              </div>
              <div>
                <div className="muted">Theirs</div>
                <code>{c.remoteVersion}</code>
              </div>
            </div>
            <div className="field-note">
              {c.winner === 'remote' && (
                <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void sync.getState().keepMine(c.id)}>
                  Keep mine
                </button>
              )}
              <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void sync.getState().dismiss(c.id)}>
                {c.winner === 'remote' ? 'Keep theirs' : 'OK'}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
