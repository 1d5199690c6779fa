import { useEffect, useId, useState } from 'react';
import type { DesktopSettingsView, LogsFolderView } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useAppStores } from '../../app/AppContext';
import { toErrorShape } from '../../bridge/BridgeError';

/**
 * Desktop settings (quick-ask shortcut and whether it could be registered, start at login, automatic updates) and
 * the logs folder. Each change applies at once; it is separate from the language-model form and its Save.
 */
export function DesktopSettingsSection() {
  const { call } = useAppStores();
  const [view, setView] = useState<DesktopSettingsView | null>(null);
  const [shortcut, setShortcut] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [logs, setLogs] = useState<LogsFolderView | null>(null);
  const shortcutId = useId();
  const statusId = useId();

  useEffect(() => {
    void call('desktop.getSettings', {}).then((v) => {
      setView(v);
      setShortcut(v.quickAskShortcut);
    }, (e: unknown) => setError(toErrorShape(e)));
  }, [call]);

  const save = async (patch: Partial<Pick<DesktopSettingsView, 'quickAskShortcut' | 'startAtLogin' | 'autoUpdate'>>) => {
    setError(null);
    try {
      const next = await call('desktop.saveSettings', patch);
      setView(next);
      setShortcut(next.quickAskShortcut);
    } catch (e) {
      setError(toErrorShape(e));
    }
  };

  const openLogs = async () => {
    try {
      setLogs(await call('app.openLogsFolder', {}));
    } catch (e) {
      setError(toErrorShape(e));
    }
  };

  return (
    <fieldset className="field-group" data-testid="desktop-settings">
      <legend>Desktop</legend>
      {view && (
        <>
          <div className="field">
            <label className="field-label" htmlFor={shortcutId}>Quick-ask shortcut</label>
            <div className="field-note">
              <input
                id={shortcutId}
                className="input"
                data-testid="quick-ask-shortcut"
                value={shortcut}
                aria-describedby={statusId}
                onChange={(e) => setShortcut(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return;
                  e.preventDefault();
                  void save({ quickAskShortcut: shortcut });
                }}
              />
              <button type="button" className="btn btn-small" disabled={shortcut === view.quickAskShortcut} onClick={() => void save({ quickAskShortcut: shortcut })}>
                Apply
              </button>
            </div>
            <span id={statusId} className={view.shortcut.state === 'failed' ? 'field-error' : 'muted small'} data-testid="quick-ask-shortcut-status" role={view.shortcut.state === 'failed' ? 'alert' : undefined}>
              {view.shortcut.message}
            </span>
          </div>
          <label className="check">
            <input type="checkbox" data-testid="start-at-login" checked={view.startAtLogin} onChange={(e) => void save({ startAtLogin: e.target.checked })} />
            Start Goodies when I log in
          </label>
          <label className="check">
            <input type="checkbox" data-testid="auto-update" checked={view.autoUpdate} onChange={(e) => void save({ autoUpdate: e.target.checked })} />
            Check for updates automatically
          </label>
        </>
      )}
      {error && <p className="field-error" role="alert">{error.message}</p>}
      <div className="field-note">
        <button type="button" className="btn btn-small" data-testid="open-logs-folder" onClick={() => void openLogs()}>
          Open logs folder
        </button>
        {logs && (
          <span className="muted small" data-testid="logs-folder-path">
            {logs.opened ? 'Opened ' : 'Logs are in '}
            <code>{logs.path}</code>
          </span>
        )}
      </div>
    </fieldset>
  );
}
