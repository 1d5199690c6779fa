// Settings → Home server: address, "Sign in with" (admin password, user account, guest token, invite), connection
// test, sync now, log out, and the conflicts list. Inside the settings <form>: buttons are type="button" and Enter in a field logs in.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useAppStores, useSlice } from '../../app/AppContext';
import { formatRelativeTime } from '../../ui/formatTime';
import { ConflictsList } from './ConflictsList';
import { describePending, SYNC_STATE_WORD } from './describeSyncState';
import { SIGN_IN_METHODS, signInArgs, type SignInMethod } from './signInMethods';

export function HomeServerSection() {
  const { sync } = useAppStores();
  const status = useSlice(sync, (s) => s.status);
  const busy = useSlice(sync, (s) => s.busy);
  const error = useSlice(sync, (s) => s.error);
  const test = useSlice(sync, (s) => s.test);
  const report = useSlice(sync, (s) => s.lastReport);
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [name, setName] = useState('');
  const [method, setMethod] = useState<SignInMethod>('admin');
  const urlId = useId();
  const methodId = useId();
  const nameId = useId();
  const secretId = useId();
  const noteId = useId();

  useEffect(() => {
    void sync.getState().refresh();
  }, [sync]);
  useEffect(() => {
    if (status?.serverUrl) setUrl(status.serverUrl);
  }, [status?.serverUrl]);

  const how = SIGN_IN_METHODS.find((m) => m.id === method) ?? SIGN_IN_METHODS[0]!;
  const ready = signInArgs(method, url, name, secret);
  const login = async () => {
    if (!('args' in ready)) return;
    const ok = await sync.getState().login(ready.args);
    if (ok) {
      setSecret('');
      if (method === 'invite') setName('');
    }
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
        <label className="field-label" htmlFor={methodId}>Sign in with</label>
        <select id={methodId} className="input select" data-testid="home-server-method" value={method} onChange={(e) => setMethod(e.target.value as SignInMethod)}>
          {SIGN_IN_METHODS.map((m) => (
            <option key={m.id} value={m.id}>{m.label}</option>
          ))}
        </select>
      </div>
      {how.nameLabel && (
        <div className="field">
          <label className="field-label" htmlFor={nameId}>{how.nameLabel}</label>
          <input id={nameId} className="input" data-testid="home-server-name" value={name} onChange={(e) => setName(e.target.value)} onKeyDown={onEnter} autoComplete={method === 'user' ? 'username' : 'off'} />
        </div>
      )}
      <div className="field">
        <label className="field-label" htmlFor={secretId}>{how.secretLabel}</label>
        <input
          id={secretId}
          className="input"
          data-testid="home-server-secret"
          type={how.secretIsPassword ? 'password' : 'text'}
          value={secret}
          aria-describedby={noteId}
          onChange={(e) => setSecret(e.target.value)}
          onKeyDown={onEnter}
          autoComplete={method === 'invite' ? 'new-password' : how.secretIsPassword ? 'current-password' : 'off'}
        />
        <p className="field-note muted" id={noteId}>
          {status && !status.secretsEncrypted ? 'The token is kept in a file only you can read (0600) in the data folder.' : 'The token is kept encrypted by the operating system.'}
        </p>
      </div>
      <div className="field-note">
        <button type="button" className="btn btn-primary btn-small" data-testid="home-server-login" disabled={busy !== null || !('args' in ready)} title={'missing' in ready ? ready.missing : undefined} onClick={() => void login()}>
          {busy === 'login' ? 'Signing in…' : method === 'invite' ? 'Accept the invite' : 'Log in'}
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
