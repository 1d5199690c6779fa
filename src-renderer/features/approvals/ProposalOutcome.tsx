import type { ActionProposalView, ProposalStatus } from '../../../src-preload/contract';
import { STATUS_LABEL } from './describeProposal';

/** What happened after the decision: the status in words, the error if any, and the versions the change created. */
export function ProposalOutcome({ proposal, status }: { proposal: ActionProposalView; status: ProposalStatus }) {
  const nameOf = (id: string) => proposal.targets.find((t) => t.id === id)?.name ?? proposal.changes.find((c) => c.entity_id === id)?.entity_name ?? id;
  const versions = proposal.result?.new_versions ?? [];
  return (
    <div className="proposal-outcome" data-testid="proposal-outcome">
      <p className={`proposal-status status-${status}`} role="status">
        {STATUS_LABEL[status]}
        {proposal.decided_by && status !== 'expired' ? <span className="muted"> · by {proposal.decided_by}</span> : null}
      </p>
      {proposal.result?.error && <p className="proposal-error">{proposal.result.error}</p>}
      {versions.length > 0 && (
        <ul className="new-versions" aria-label="New versions" data-testid="new-versions">
          {versions.map((v) => (
            <li key={v.entity_id}>
              {nameOf(v.entity_id)} <span className="muted">now at</span> <code title={v.version}>{v.version}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
