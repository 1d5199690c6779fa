// Import and export of the whole home as a JSON file (the protocol's entity/relationship format). Import is
// all-or-nothing in main: a bad file shows main's error and changes nothing.
import { useRef, useState } from 'react';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useAppStores } from '../../app/AppContext';
import { toErrorShape } from '../../bridge/BridgeError';
import { ErrorNote } from '../../ui/ErrorNote';

const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function HomeFileActions() {
  const { call } = useAppStores();
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (e) {
      setError(toErrorShape(e));
    } finally {
      setBusy(false);
    }
  };

  const exportHome = () =>
    run(async () => {
      const { json, entityCount, relationshipCount } = await call('home.exportJson', {});
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `goodies-home-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return `Exported ${entityCount} entities and ${relationshipCount} relationships.`;
    });

  const importHome = (file: File) =>
    run(async () => {
      if (file.size > MAX_IMPORT_BYTES) throw new Error(`That file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 50 MB.`);
      const { entityCount, relationshipCount } = await call('home.importJson', { json: await file.text() });
      return `Imported ${entityCount} entities and ${relationshipCount} relationships.`;
    });

  return (
    <div className="home-file-actions" data-testid="home-file-actions">
      <button type="button" className="btn btn-small btn-quiet" disabled={busy} onClick={() => void exportHome()} data-testid="export-home">
        Export
      </button>
      <button type="button" className="btn btn-small btn-quiet" disabled={busy} onClick={() => fileInput.current?.click()} data-testid="import-home">
        Import…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        aria-label="Home file to import"
        data-testid="import-home-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importHome(file);
        }}
      />
      {message && <p className="muted home-file-message" role="status">{message}</p>}
      {error && <ErrorNote error={error} compact />}
    </div>
  );
}
