import { useId } from 'react';
import type { ReplyEnvelope } from '../../../src-preload/contract';
import { describeEnvelope } from './describeEnvelope';

/** One quiet line under an assistant message; the full envelope on hover or keyboard focus. */
export function EnvelopeLine({ envelope }: { envelope: ReplyEnvelope }) {
  const id = useId();
  const summary = describeEnvelope(envelope);
  return (
    <div className="envelope">
      <span className="envelope-line" tabIndex={0} aria-describedby={id} data-testid="envelope-line" data-mode={envelope.mode}>
        {summary.line}
      </span>
      {summary.fallback && (
        <span className="envelope-fallback" data-testid="fallback-label">
          {summary.fallback}
        </span>
      )}
      {summary.notice && <span className="envelope-notice">{summary.notice}</span>}
      <dl className="envelope-details" id={id} role="tooltip" data-testid="envelope-details">
        {summary.details.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
