import { useId } from 'react';
import type { ReplyEnvelope } from '../../../src-preload/contract';
import { formatDuration } from '../../ui/formatTime';
import { describeEnvelope } from './describeEnvelope';

/** One quiet line under an assistant message; the full envelope on hover or keyboard focus. */
export function EnvelopeLine({ envelope }: { envelope: ReplyEnvelope }) {
  const id = useId();
  const summary = describeEnvelope(envelope);
  return (
    <div className="envelope">
      <span className="envelope-line" tabIndex={0} aria-describedby={id} data-testid="envelope-line">
        <span>{summary.source}</span>
        <span aria-hidden="true"> · </span>
        <span>{formatDuration(envelope.processing_time_ms)}</span>
        <span aria-hidden="true"> · </span>
        <span>{envelope.freshness.label}</span>
      </span>
      {summary.notice && <span className="envelope-notice">{summary.notice}</span>}
      <dl className="envelope-details" id={id} role="tooltip">
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
