import type { AppErrorShape } from '../../src-shared/errors';

/** An inline error: the message, and a retry when the error says retrying can help (or the caller insists). */
export function ErrorNote({ error, onRetry, compact }: { error: AppErrorShape; onRetry?: (() => void) | null; compact?: boolean }) {
  return (
    <div className={compact ? 'error-note compact' : 'error-note'} role="alert">
      <span className="error-text">{error.message}</span>
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          Retry
        </button>
      )}
      {error.correlation_id && <span className="error-ref" title="Reference for the log">ref {error.correlation_id.slice(0, 8)}</span>}
    </div>
  );
}
