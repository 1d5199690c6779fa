import type { AuditEntryView } from '../../../src-preload/contract';
import { formatJson } from '../../ui/formatJson';
import { formatClockTime } from '../../ui/formatTime';

/** One audit entry: a scannable summary line; arguments and result fold out below it. */
export function AuditRow({ entry, onFilterProposal }: { entry: AuditEntryView; onFilterProposal(id: string): void }) {
  const proposalId = entry.proposal_id;
  const hasDetail = (entry.arguments ?? null) !== null || (entry.result ?? null) !== null;
  return (
    <li className="audit-row" data-testid="audit-row" data-kind={entry.kind} data-proposal-id={entry.proposal_id ?? undefined}>
      <div className="audit-line">
        <time className="audit-time" dateTime={entry.at} title={new Date(entry.at).toLocaleString()}>
          {formatClockTime(entry.at)}
        </time>
        <span className={`kind-badge kind-${entry.kind}`}>{entry.kind}</span>
      </div>
      <div className="audit-main">
        <span className="audit-message">{entry.message}</span>
        <div className="audit-meta muted small">
          <span title="Who acted">by {entry.actor}</span>
          {entry.proposer && entry.proposer !== entry.actor && <span title="Who proposed it">proposed by {entry.proposer}</span>}
          {entry.tool && <code>{entry.tool}</code>}
          {proposalId && (
            <button type="button" className="link small" onClick={() => onFilterProposal(proposalId)} title="Show only the entries of this action">
              this action only
            </button>
          )}
          <span className="audit-ref" title="Correlation id">ref {entry.correlation_id.slice(0, 8)}</span>
        </div>
        {hasDetail && (
          <details className="audit-detail">
            <summary>Arguments and result</summary>
            <div className="audit-json">
              <div>
                <h4>Arguments</h4>
                <pre className="json">{formatJson(entry.arguments)}</pre>
              </div>
              <div>
                <h4>Result</h4>
                <pre className="json">{formatJson(entry.result)}</pre>
              </div>
            </div>
          </details>
        )}
      </div>
    </li>
  );
}
