import { useAppStores, useSlice } from '../../app/AppContext';
import { formatDuration } from '../../ui/formatTime';

/** "Test connection" against the saved remote settings, with the outcome in words (not only colour). */
export function ConnectionTestPanel({ unsaved }: { unsaved: boolean }) {
  const { llmSettings } = useAppStores();
  const test = useSlice(llmSettings, (s) => s.test);
  const result = test.value;
  return (
    <div className="connection-test">
      <button type="button" className="btn btn-small" data-testid="test-connection" disabled={test.running} onClick={() => void llmSettings.getState().testConnection()}>
        {test.running ? 'Testing…' : 'Test connection'}
      </button>
      {unsaved && !test.running && <span className="muted small">Tests the saved settings: save first to try your changes.</span>}
      {(result || test.error) && (
        <p className={`test-result ${result?.ok ? 'tone-ok' : 'tone-bad'}`} data-testid="test-connection-result" data-ok={result?.ok ?? false} role="status">
          {result?.ok && (
            <>
              <strong>Connected</strong> in {formatDuration(result.latencyMs)} · {result.models.length} model{result.models.length === 1 ? '' : 's'} available
            </>
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
