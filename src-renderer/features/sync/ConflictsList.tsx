// Conflicts the server resolved: which version won, the fields that differ between our version and theirs side by
// side, "keep mine" (a new version with my content on top of the winner) or "keep theirs" (my local edit dropped).
import type { SyncConflictView } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { conflictFieldDiff } from './conflictDiff';

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
            <ConflictSides conflict={c} />
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

/** Changed fields only; the versions stay in a tooltip for support. A side not stored locally says so. */
function ConflictSides({ conflict: c }: { conflict: SyncConflictView }) {
  const rows = conflictFieldDiff(c.mine, c.theirs);
  const winner = (side: 'local' | 'remote') => (c.winner === side ? ' (kept)' : '');
  return (
    <table className="sync-conflict-diff" data-testid="sync-conflict-diff">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col" title={c.localVersion}>Mine{winner('local')}</th>
          <th scope="col" title={c.remoteVersion}>Theirs{winner('remote')}</th>
        </tr>
      </thead>
      <tbody>
        {c.mine === null || c.theirs === null ? (
          <tr>
            <td colSpan={3} className="muted">{c.mine === null ? 'My version' : 'Their version'} is not stored on this device yet; sync to see it.</td>
          </tr>
        ) : rows.length === 0 ? (
          <tr>
            <td colSpan={3} className="muted">Same content, different versions.</td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.field}>
              <th scope="row"><code>{r.field}</code></th>
              <td className={c.winner === 'local' ? 'sync-conflict-won' : undefined}>{r.mine ?? <span className="muted">(none)</span>}</td>
              <td className={c.winner === 'remote' ? 'sync-conflict-won' : undefined}>{r.theirs ?? <span className="muted">(none)</span>}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
