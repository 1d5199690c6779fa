import type { ActionProposalView, ProposalStatus } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { describeOutcome, STATUS_LABEL } from './describeProposal';

/** What happened after the decision: the status, who or which rule decided, the error if any, and what changed in words. */
export function ProposalOutcome({ proposal, status }: { proposal: ActionProposalView; status: ProposalStatus }) {
  const { approvals } = useAppStores();
  const revoked = useSlice(approvals, (s) => (proposal.approved_by_rule ? s.revokedRules[proposal.approved_by_rule.id] === true : false));
  const versions = new Map((proposal.result?.new_versions ?? []).map((v) => [v.entity_id, v.version]));
  const created = proposal.tool === 'create_entity' || proposal.tool === 'create_relationship';
  const done = status === 'executed' ? proposal.changes.filter((c) => created || versions.has(c.entity_id)) : [];
  const rule = proposal.approved_by_rule;
  return (
    <div className="proposal-outcome" data-testid="proposal-outcome">
      <p className={`proposal-status status-${status}`} role="status">
        {STATUS_LABEL[status]}
        {rule ? (
          <span className="muted" data-testid="approved-by-rule">
            {' '}· approved by rule “{rule.description}” ·{' '}
            {revoked ? (
              'rule revoked'
            ) : (
              <button type="button" className="btn-link" data-testid="revoke-rule-button" onClick={() => void approvals.getState().revokeRule(rule.id)}>
                revoke
              </button>
            )}
          </span>
        ) : proposal.decided_by && status !== 'expired' ? (
          <span className="muted"> · by {proposal.decided_by}</span>
        ) : null}
      </p>
      {proposal.result?.error && <p className="proposal-error">{proposal.result.error}</p>}
      {done.length > 0 && (
        <ul className="new-versions" aria-label="What changed" data-testid="new-versions">
          {done.map((c) => (
            <li key={c.entity_id} title={`new version ${versions.get(c.entity_id) ?? ''}`}>
              {proposal.tool === 'create_entity' ? `${c.entity_name} was added` : proposal.tool === 'create_relationship' ? `${proposal.description}: done` : describeOutcome(c, c.before_state)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
