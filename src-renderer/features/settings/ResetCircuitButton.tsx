import { useAppStores, useSlice } from '../../app/AppContext';
import { llmValue, retryInSeconds } from '../status/describeStatus';
import { useSecondTicks } from '../status/useSecondTicks';

/** Closes the remote circuit breaker so the next question tries the remote provider again at once. */
export function ResetCircuitButton() {
  const { llmSettings, status } = useAppStores();
  const reset = useSlice(llmSettings, (s) => s.reset);
  const llm = useSlice(status, (s) => s.snapshot?.llm);
  const now = useSecondTicks(llm ? retryInSeconds(llm) !== null : false);
  return (
    <div className="reset-circuit">
      <button
        type="button"
        className="btn btn-small"
        data-testid="reset-circuit"
        disabled={reset.running}
        title="Try the remote provider again now instead of waiting for the circuit to half-open"
        onClick={() => void llmSettings.getState().resetCircuit().then(() => status.getState().refresh())}
      >
        {reset.running ? 'Retrying…' : 'Retry remote now'}
      </button>
      <span className="muted small" role="status" data-testid="settings-remote-state">
        {reset.value ? `Now: ${llmValue(reset.value)}` : reset.error ? reset.error.message : llm?.breaker ? llmValue(llm, now).split(' · ').find((p) => p.startsWith('Remote model')) ?? '' : ''}
      </span>
    </div>
  );
}
