// The "guest session" (ARCHITECTURE.md "Roles"): hand the app to a visitor. Starting asks for a PIN; leaving needs
// the same PIN (the admin's confirmation). The page reloads after a switch, so every view starts from what the new
// role may see instead of filtering stale state.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useAppStores } from '../../app/AppContext';
import { toErrorShape } from '../../bridge/BridgeError';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';

export function useSessionUser(): AppInfo['user'] | null {
  const { call } = useAppStores();
  const [user, setUser] = useState<AppInfo['user'] | null>(null);
  useEffect(() => {
    void call('app.getInfo', {}).then((info) => setUser(info.user), () => setUser(null));
  }, [call]);
  return user;
}

function PinDialog({ mode, onClose }: { mode: 'start' | 'end'; onClose(): void }) {
  const { call } = useAppStores();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await call(mode === 'start' ? 'session.startGuest' : 'session.endGuest', { pin });
      window.location.reload();
    } catch (e) {
      setError(toErrorShape(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title={mode === 'start' ? 'Start a guest session' : 'Leave the guest session'} onClose={onClose} testId="guest-session-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="dialog-body">
          <p className="muted">
            {mode === 'start'
              ? 'A guest can ask questions and browse the home, but cannot change anything, never sees private notes, and only sees their own conversations. Choose a PIN: it is needed to leave the guest session.'
              : 'Enter the PIN that was chosen when the guest session started.'}
          </p>
          <label>
            PIN{' '}
            <input type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} data-testid="guest-pin" aria-label="PIN" pattern="\d{4,12}" required />
          </label>
          {error && <ErrorNote error={error} compact />}
        </div>
        <footer className="dialog-footer">
          <div className="dialog-footer-main">
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" data-testid="guest-pin-submit" disabled={busy || pin.length < 4}>
              {mode === 'start' ? 'Start guest session' : 'Leave'}
            </button>
          </div>
        </footer>
      </form>
    </Dialog>
  );
}

/** The header button (household) or the banner with "Leave…" (guest). */
export function GuestSessionControl({ user }: { user: AppInfo['user'] | null }) {
  const [open, setOpen] = useState(false);
  if (!user) return null;
  const guest = user.role === 'guest';
  return (
    <>
      {guest ? (
        <div className="guest-banner" role="status" data-testid="guest-banner">
          <span>Guest session: read-only, private notes hidden.</span>
          <button type="button" className="btn btn-small" onClick={() => setOpen(true)} data-testid="leave-guest-button">
            Leave…
          </button>
        </div>
      ) : (
        <button type="button" className="btn btn-small btn-quiet" aria-haspopup="dialog" data-testid="guest-session-button" onClick={() => setOpen(true)}>
          Guest session
        </button>
      )}
      {open && <PinDialog mode={guest ? 'end' : 'start'} onClose={() => setOpen(false)} />}
    </>
  );
}
