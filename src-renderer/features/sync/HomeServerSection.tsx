// Settings → Home server: address, admin password or guest token login, connection test, sync now, log out, and the
// conflicts list. Inside the settings <form>: buttons are type="button" and Enter in a field logs in.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useAppStores, useSlice } from '../../app/AppContext';
import { formatRelativeTime } from '../../ui/formatTime';
import { ConflictsList } from './ConflictsList';
import { describePending, SYNC_STATE_WORD } from './describeSyncState';

export function HomeServerSection() {
  const { sync } = useAppStores();
  const status = useSlice(sync, (s) => s.status);
  const busy = useSlice(sync, (s) => s.busy);
  const error = useSlice(sync, (s) => s.error);
  const test = useSlice(sync, (s) => s.test);
  const report = useSlice(sync, (s) => s.lastReport);
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [asGuest, setAsGuest] = useState(false);
  const urlId = useId();
  const secretId = useId();
  const noteId = useId();

  useEffect(() => {
    void sync.getState().refresh();
  }, [sync]);
  useEffect(() => {
    if (status?.serverUrl) setUrl(status.serverUrl);
  }, [status?.serverUrl]);

  const login = async () => {
    if (!url.trim() || !secret) return;
    const ok = await sync.getState().login(asGuest ? { serverUrl: url.trim(), guestToken: secret.trim() } : { serverUrl: url.trim(), password: secret });
    if (ok) setSecret('');
  };
  const onEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void login();
  };
  const connected = Boolean(status?.serverUrl);

  return (
    <fieldset className="field-group" data-testid="home-server-settings">
      <legend>Home server</legend>
      {connected && status && (
        <p className="field-note" data-testid="home-server-state" role="status">
          {SYNC_STATE_WORD[status.state]} · {status.serverUrl} as {status.userId} ({status.role}) · last synced {formatRelativeTime(status.lastSyncAt ?? undefined)} · pending: {describePending(status)}
          {status.digestMatched === false ? ' · digest differs (run a full resync)' : ''}
        </p>
      )}
      <div className="field">
        <label className="field-label" htmlFor={urlId}>Server address</label>
        <input id={urlId} className="input" data-testid="home-server-url" placeholder="http://192.168.1.10:8000" value={url} onChange={(e) => setUrl(e.target.value)} onKeyDown={onEnter} autoComplete="url" />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={secretId}>{asGuest ? 'Guest token (from the QR code)' : 'Admin password'}</label>
        <input
          id={secretId}
          className="input"
          data-testid="home-server-secret"
          type={asGuest ? 'text' : 'password'}
          value={secret}
          aria-describedby={noteId}
          onChange={(e) => setSecret(e.target.value)}
          onKeyDown={onEnter}
          autoComplete={asGuest ? 'off' : 'current-password'}
        />
        <label className="checkbox">
          <input type="checkbox" checked={asGuest} onChange={(e) => setAsGuest(e.target.checked)} data-testid="home-server-guest" /> I have a guest token (read-only)
        </label>
        <p className="field-note muted" id={noteId}>
          {status && !status.secretsEncrypted ? 'The token is kept in a file only you can read (0600) in the data folder.' : 'The token is kept encrypted by the operating system.'}
        </p>
      </div>
      <div className="field-note">
        <button type="button" className="btn btn-primary btn-small" data-testid="home-server-login" disabled={busy !== null || !url.trim() || !secret} onClick={() => void login()}>
          {busy === 'login' ? 'Logging in…' : 'Log in'}
        </button>
        <button type="button" className="btn btn-small" data-testid="home-server-test" disabled={busy !== null || !url.trim()} onClick={() => void sync.getState().testConnection(url.trim())}>
          {busy === 'test' ? 'Testing…' : 'Test'}
        </button>
        {connected && (
          <>
            <button type="button" className="btn btn-small" data-testid="home-server-sync" disabled={busy !== null} onClick={() => void sync.getState().syncNow()}>
              {busy === 'sync' ? 'Syncing…' : 'Sync now'}
            </button>
            <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void sync.getState().syncNow(true)}>
              Resync from scratch
            </button>
            <button type="button" className="btn btn-small" data-testid="home-server-logout" disabled={busy !== null} onClick={() => void sync.getState().logout()}>
              Log out
            </button>
          </>
        )}
      </div>
      <div role="status" aria-live="polite" data-testid="home-server-feedback">
        {error && <p className="field-error">{error.message}</p>}
        {test && !error && <p className={test.reachable ? 'tone-ok-text' : 'field-error'}>{test.message}</p>}
        {report && !error && (
          <p className="muted">
            Pushed {report.pushed.entities + report.pushed.relationships}, pulled {report.pulled.entities + report.pulled.relationships}, {report.conflicts} conflicts, {report.parked.length} parked · digest {report.digest.matched ? 'matches' : 'differs'}
          </p>
        )}
      </div>
      <ConflictsList />
    </fieldset>
  );
}
