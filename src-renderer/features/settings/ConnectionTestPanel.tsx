import { useAppStores, useSlice } from '../../app/AppContext';
import { formatDuration } from '../../ui/formatTime';

export interface ConnectionCandidate {
  baseUrl: string;
  model?: string;
  apiKey?: string;
  noApiKey?: boolean;
}

/**
 * "Test connection" against what is typed (nothing is saved) or, with no changes, the saved settings; the outcome in
 * words (not only colour) and the provider's models to pick from.
 */
export function ConnectionTestPanel({ unsaved, candidate, onPickModel }: { unsaved: boolean; candidate: ConnectionCandidate | null; onPickModel(model: string): void }) {
  const { llmSettings } = useAppStores();
  const test = useSlice(llmSettings, (s) => s.test);
  const result = test.value;
  return (
    <div className="connection-test">
      <button type="button" className="btn btn-small" data-testid="test-connection" disabled={test.running} onClick={() => void llmSettings.getState().testConnection(candidate ?? undefined)}>
        {test.running ? 'Testing…' : 'Test connection'}
      </button>
      {unsaved && !test.running && <span className="muted small">{candidate ? 'Tests what is typed above; nothing is saved until you save.' : 'Type a base URL to test.'}</span>}
      {(result || test.error) && (
        <p className={`test-result ${result?.ok ? 'tone-ok' : 'tone-bad'}`} data-testid="test-connection-result" data-ok={result?.ok ?? false} role="status">
          {result?.ok && (
            <>
              <strong>Connected</strong> in {formatDuration(result.latencyMs)} · {result.models.length} model{result.models.length === 1 ? '' : 's'} available
            </>
          )}
          {result?.ok && result.models.length > 0 && (
            <label className="model-picker">
              <span className="visually-hidden">Pick a model</span>
              <select className="input select" data-testid="model-picker" defaultValue="" onChange={(e) => e.target.value && onPickModel(e.target.value)}>
                <option value="" disabled>
                  Pick a model…
                </option>
                {result.models.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </select>
            </label>
          )}
          {result && !result.ok && (
            <>
              <strong>Failed</strong> after {formatDuration(result.latencyMs)}: {result.error ?? 'no reason given'}
            </>
          )}
          {!result && test.error && (
            <>
              <strong>Failed</strong>: {test.error.message}
            </>
          )}
        </p>
      )}
    </div>
  );
}
