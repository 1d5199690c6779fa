import { useId, useState } from 'react';
import { useAppStores, useSlice } from '../../app/AppContext';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatBytes } from '../../ui/formatBytes';

/** Download a GGUF file by URL (optionally checked against a sha256); main resumes and verifies it, then uses it. */
export function ModelDownloadPanel() {
  const { llmSettings } = useAppStores();
  const download = useSlice(llmSettings, (s) => s.download);
  const [url, setUrl] = useState('');
  const [sha256, setSha256] = useState('');
  const id = useId();
  const p = download.progress;
  return (
    <details className="download" open={download.running || undefined}>
      <summary>Download a model instead</summary>
      <label className="field" htmlFor={`${id}-url`}>
        <span className="field-label">Model URL (.gguf)</span>
        <input id={`${id}-url`} className="input" data-testid="llm-download-url" type="url" placeholder="https://…/model.gguf" value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <label className="field" htmlFor={`${id}-sha`}>
        <span className="field-label">sha256 (optional)</span>
        <input id={`${id}-sha`} className="input mono" data-testid="llm-download-sha256" spellCheck={false} value={sha256} onChange={(e) => setSha256(e.target.value)} />
      </label>
      <div className="download-row">
        <button
          type="button"
          className="btn btn-small"
          data-testid="llm-download-button"
          disabled={download.running || !url.trim()}
          onClick={() => void llmSettings.getState().downloadModel(url.trim(), sha256.trim() || undefined)}
        >
          {download.running ? 'Downloading…' : 'Download'}
        </button>
        {(download.running || p) && (
          <>
            <progress
              className="download-progress"
              data-testid="llm-download-progress"
              aria-label="Model download"
              max={100}
              {...(p?.percent != null ? { value: p.percent } : {})}
            />
            <span className="muted small">
              {p ? `${formatBytes(p.receivedBytes)}${p.totalBytes ? ` of ${formatBytes(p.totalBytes)}` : ''}${p.percent != null ? ` · ${Math.round(p.percent)} %` : ''}` : 'Starting…'}
            </span>
          </>
        )}
      </div>
      {download.value && (
        <p className="muted small" role="status">
          Downloaded {formatBytes(download.value.sizeBytes)} to <code>{download.value.path}</code>; it is now the local model.
        </p>
      )}
      {download.error && <ErrorNote error={download.error} />}
    </details>
  );
}
