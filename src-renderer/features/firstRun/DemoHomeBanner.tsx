import { useState } from 'react';
import type { AppErrorShape } from '../../../src-shared/errors';
import { MAX_IMPORT_BYTES } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { toErrorShape } from '../../bridge/BridgeError';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { useJsonFilePicker } from '../../ui/useJsonFilePicker';

/** The graph source main reports while the bundled demo home is loaded. */
export const DEMO_HOME_SOURCE = 'embedded-demo';

/** Says plainly that the home is a demo, with the two ways out: connect a home server, or import a home file. */
export function DemoHomeBanner({ onOpenHome }: { onOpenHome(): void }) {
  const { status, call, home } = useAppStores();
  const source = useSlice(status, (s) => s.snapshot?.graph.source);
  const [dismissed, setDismissed] = useState(false);
  const [connectOpen, setConnectOpen] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const importHome = async (file: File) => {
    setError(null);
    try {
      if (file.size > MAX_IMPORT_BYTES) throw new Error('That file is larger than 50 MB.');
      const { entityCount } = await call('home.importJson', { json: await file.text() });
      setDone(`Imported your home: ${entityCount} entities.`);
      await Promise.all([home.getState().loadTree(), status.getState().refresh()]);
      onOpenHome();
    } catch (e) {
      setError(toErrorShape(e));
    }
  };

  const picker = useJsonFilePicker({ label: 'Home file to import', tabIndex: -1, onFile: (file) => void importHome(file) });
  if (dismissed || (source !== DEMO_HOME_SOURCE && !done)) return null;

  return (
    <div className="demo-banner" role="region" aria-label="Demo home" data-testid="demo-banner">
      {done ? (
        <p role="status">{done}</p>
      ) : (
        <>
          <p>
            <strong>This is a demo home</strong> — connect your home server or import your home.
          </p>
          <div className="demo-banner-actions">
            <button type="button" className="btn btn-small" data-testid="demo-connect" onClick={() => setConnectOpen(true)}>Connect home server…</button>
            <button type="button" className="btn btn-small" data-testid="demo-import" onClick={picker.open}>Import your home…</button>
          </div>
        </>
      )}
      <button type="button" className="icon-btn demo-banner-close" aria-label="Hide this notice" onClick={() => setDismissed(true)}>✕</button>
      {picker.input}
      {error && <ErrorNote error={error} compact />}
      {connectOpen && (
        <Dialog title="Connect your home server" onClose={() => setConnectOpen(false)} testId="connect-dialog">
          <div className="dialog-body">
            <p>Goodies keeps a copy of your home from the household’s home server (FunkyGibbon, or the Goodies home server) so it answers even offline.</p>
            <p>
              <strong>Syncing with a home server is not available in this version yet.</strong> Until it is, bring your home in as a file: export it
              from the home server as JSON (the Inbetweenies entity format) and choose “Import your home”, or run <code>goodies import home.json</code>.
            </p>
          </div>
        </Dialog>
      )}
    </div>
  );
}
