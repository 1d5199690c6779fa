import { useId, useState } from 'react';
import { useAppStores, useSlice } from '../../app/AppContext';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatBytes } from '../../ui/formatBytes';
import { ModelCatalogueList } from './ModelCatalogueList';

/**
 * Download a GGUF file: pick one from the catalogue (fills URL and sha256) or type them; main resumes the download,
 * verifies the sha256 when given, then uses the file.
 */
export function ModelDownloadPanel() {
  const { llmSettings } = useAppStores();
  const download = useSlice(llmSettings, (s) => s.download);
  const [url, setUrl] = useState('');
  const [sha256, setSha256] = useState('');
  const id = useId();
  const p = download.progress;
  return (
    // Stays open once a download ran (React would close it when `running` goes back to false, hiding the result).
    <details className="download" open={download.running || download.value !== null || download.error !== null || undefined}>
      <summary>Download a model instead</summary>
      <ModelCatalogueList
        pickedUrl={url}
        onPick={(m) => {
          setUrl(m.url);
          setSha256(m.sha256 ?? '');
        }}
      />
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
