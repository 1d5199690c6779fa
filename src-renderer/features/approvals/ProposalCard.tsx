import type { ActionProposalView } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { displayStatus, isDecidable, newerProposal } from './describeProposal';
import { EntityChips } from './EntityChips';
import { ProposalArguments } from './ProposalArguments';
import { ProposalDecision } from './ProposalDecision';
import { ProposalOutcome } from './ProposalOutcome';
import { TierBadge } from './TierBadge';
import { useNowUntil } from './useNowUntil';

/**
 * An action card. `proposal` is the view the message was stored with; the approvals store holds anything newer
 * (decision results, 'approvals.didChange' events), so the card follows the proposal live.
 */
export function ProposalCard({ proposal: initial, onOpenEntity }: { proposal: ActionProposalView; onOpenEntity(id: string): void }) {
  const { approvals } = useAppStores();
  const latest = useSlice(approvals, (s) => s.byId[initial.id]);
  const proposal = newerProposal(initial, latest);
  const now = useNowUntil(proposal.status === 'pending' ? proposal.expires_at : null);
  const replacement = useSlice(approvals, (s) => (proposal.replaced_by ? s.byId[proposal.replaced_by] : undefined));
  const status = displayStatus(proposal, now);
  const decidable = isDecidable(proposal, now);
  return (
    <section
      className={`proposal tier-${proposal.tier}`}
      aria-label={`Proposed action: ${proposal.description}`}
      data-testid="proposal-card"
      data-proposal-id={proposal.id}
      data-status={status}
      data-tier={proposal.tier}
    >
      <div className="proposal-head">
        <TierBadge tier={proposal.tier} />
        <span className="muted small">proposed by {proposal.proposer}</span>
      </div>
      <p className="proposal-description">{proposal.description}</p>
      <EntityChips targets={proposal.targets} onOpenEntity={onOpenEntity} />
      <ProposalArguments proposal={proposal} />
      {decidable ? <ProposalDecision proposal={proposal} /> : <ProposalOutcome proposal={proposal} status={status} />}
      {proposal.replaced_by && (
        <div className="proposal-replacement" data-testid="proposal-replacement">
          <p className="proposal-warning">The home changed since this was proposed. Here is the updated proposal:</p>
          {replacement ? <ProposalCard proposal={replacement} onOpenEntity={onOpenEntity} /> : <p className="muted">Loading the updated proposal…</p>}
        </div>
      )}
    </section>
  );
}
