// Import and export of the whole home as a JSON file (the protocol's entity/relationship format). Import is
// all-or-nothing in main: a bad file shows main's error and changes nothing.
import { useEffect, useRef, useState } from 'react';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useAppStores } from '../../app/AppContext';
import { toErrorShape } from '../../bridge/BridgeError';
import { ErrorNote } from '../../ui/ErrorNote';
import { useJsonFilePicker } from '../../ui/useJsonFilePicker';

const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** The contract's UPLOAD_CHUNK_CHARS (calls.ts is not imported here: it would bundle zod into the renderer). */
const UPLOAD_CHUNK_CHARS = 200_000;

export function HomeFileActions() {
  const { call } = useAppStores();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [mode, setMode] = useState<'auto' | 'merge' | 'replace'>('auto');
  /** An import refused because it changes security devices, waiting for an explicit yes. */
  const [confirming, setConfirming] = useState<{ file: File; changes: string[] } | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

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

  // Big files go in chunks: browser mode's WebSocket refuses frames over 1 MiB (the file limit is 50 MB).
  const send = async (json: string, file: File, confirm: boolean) => {
    const common = { fileName: file.name, ...(mode === 'auto' ? {} : { mode }), ...(confirm ? { confirm: true } : {}) };
    if (json.length <= UPLOAD_CHUNK_CHARS) return call('home.importJson', { json, ...common });
    const uploadId = crypto.randomUUID();
    const total = Math.ceil(json.length / UPLOAD_CHUNK_CHARS);
    for (let index = 0; index < total; index++) {
      await call('home.uploadChunk', { uploadId, index, total, data: json.slice(index * UPLOAD_CHUNK_CHARS, (index + 1) * UPLOAD_CHUNK_CHARS) });
    }
    return call('home.importJson', { uploadId, ...common });
  };

  const importHome = (file: File, confirm = false) =>
    run(async () => {
      setConfirming(null);
      if (file.size > MAX_IMPORT_BYTES) throw new Error(`That file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 50 MB.`);
      try {
        const result = await send(await file.text(), file, confirm);
        const verb = result.mode === 'replace' ? 'Replaced the home with' : 'Imported';
        return `${verb} ${result.entityCount} entities and ${result.relationshipCount} relationships.`;
      } catch (e) {
        const shape = toErrorShape(e);
        const details = shape.details as { needs_confirmation?: boolean; security_changes?: string[] } | undefined;
        if (details?.needs_confirmation) {
          setConfirming({ file, changes: details.security_changes ?? [] });
          return '';
        }
        throw e;
      }
    });

  const picker = useJsonFilePicker({ label: 'Home file to import', testId: 'import-home-file', onFile: (file) => void importHome(file) });

  return (
    <div className="home-file-actions" data-testid="home-file-actions">
      <button type="button" className="btn btn-small btn-quiet" disabled={busy} onClick={() => void exportHome()} data-testid="export-home">
        Export
      </button>
      <button type="button" className="btn btn-small btn-quiet" disabled={busy} onClick={picker.open} data-testid="import-home">
        Import…
      </button>
      {picker.input}
      <select
        className="input select small"
        value={mode}
        onChange={(e) => setMode(e.target.value as typeof mode)}
        data-testid="import-mode"
        aria-label="Import mode"
        title="Auto replaces the demo home and merges into any other home"
      >
        <option value="auto">Import: auto</option>
        <option value="merge">Import: merge</option>
        <option value="replace">Import: replace</option>
      </select>
      {confirming && (
        <div className="proposal tier-3" role="group" aria-label="Confirm this import" data-testid="import-confirm">
          <p className="proposal-confirm-text">This import changes security or safety devices:</p>
          <ul>
            {confirming.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <div className="proposal-actions">
            <button type="button" className="btn btn-small btn-danger" data-testid="import-confirm-button" disabled={busy} onClick={() => void importHome(confirming.file, true)}>
              Import anyway
            </button>
            <button ref={cancelRef} type="button" className="btn btn-small" disabled={busy} onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {message && <p className="muted home-file-message" role="status">{message}</p>}
      {error && <ErrorNote error={error} compact />}
    </div>
  );
}
