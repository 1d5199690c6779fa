import { useId } from 'react';
import { formatBytes } from '../../ui/formatBytes';
import { FieldError } from './FieldError';
import { ModelDownloadPanel } from './ModelDownloadPanel';
import type { DraftFieldsProps } from './RemoteModelFields';

/** The GGUF file on this computer and how to run it. A path field: browser mode has no native file picker. */
export function LocalModelFields({ saved, draft, errors, update }: DraftFieldsProps) {
  const id = useId();
  return (
    <fieldset className="field-group">
      <legend>Local model (on this computer)</legend>
      <label className="field" htmlFor={`${id}-path`}>
        <span className="field-label">Model file (.gguf)</span>
        <input
          id={`${id}-path`}
          className="input mono"
          data-testid="llm-local-path"
          spellCheck={false}
          placeholder="/path/to/model.gguf"
          value={draft.modelPath}
          aria-describedby={`${id}-path-error`}
          onChange={(e) => update({ modelPath: e.target.value })}
        />
      </label>
      {saved.local.modelPath && saved.local.sizeBytes !== null && <p className="muted small">Saved file: {formatBytes(saved.local.sizeBytes)}</p>}
      <FieldError id={`${id}-path-error`} message={errors['local.modelPath']} />
      <ModelDownloadPanel />
      <div className="field-row">
        <label className="field" htmlFor={`${id}-threads`}>
          <span className="field-label">Threads</span>
          <input
            id={`${id}-threads`}
            className="input"
            data-testid="llm-threads"
            type="number"
            min={1}
            max={64}
            value={draft.threads}
            aria-invalid={errors['local.threads'] ? true : undefined}
            aria-describedby={`${id}-threads-error`}
            onChange={(e) => update({ threads: e.target.value })}
          />
        </label>
        <label className="field" htmlFor={`${id}-ctx`}>
          <span className="field-label">Context size (tokens)</span>
          <input
            id={`${id}-ctx`}
            className="input"
            data-testid="llm-context-size"
            type="number"
            min={256}
            max={32768}
            step={256}
            value={draft.contextSize}
            aria-invalid={errors['local.contextSize'] ? true : undefined}
            aria-describedby={`${id}-ctx-error`}
            onChange={(e) => update({ contextSize: e.target.value })}
          />
        </label>
      </div>
      <FieldError id={`${id}-threads-error`} message={errors['local.threads']} />
      <FieldError id={`${id}-ctx-error`} message={errors['local.contextSize']} />
      <label className="check">
        <input type="checkbox" data-testid="llm-allow-write-tools" checked={draft.allowWriteTools} onChange={(e) => update({ allowWriteTools: e.target.checked })} />
        Let the local model propose changes to the home (you still approve each one)
      </label>
    </fieldset>
  );
}
