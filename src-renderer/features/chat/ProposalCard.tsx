import { useState } from 'react';
import type { ActionProposalView } from '../../../src-preload/contract';
import { useAppStores } from '../../app/AppContext';

const STATUS_TEXT: Record<ActionProposalView['status'], string> = {
  pending: 'Waiting for your decision',
  approved: 'Approved',
  denied: 'Denied',
  expired: 'Expired',
  executed: 'Done',
  failed: 'Failed',
  needs_reapproval: 'Changed since proposed: decide again',
};

/** An action waiting for approval. Tier 3 asks for a second, explicit confirmation. */
export function ProposalCard({ proposal }: { proposal: ActionProposalView }) {
  const { chat } = useAppStores();
  const [confirming, setConfirming] = useState(false);
  const open = proposal.status === 'pending' || proposal.status === 'needs_reapproval';
  const decide = (d: 'approve' | 'deny') => void chat.getState().decide(proposal.id, d);
  return (
    <section className={`proposal tier-${proposal.tier}`} aria-label="Proposed action" data-testid="proposal-card">
      <p className="proposal-description">{proposal.description}</p>
      {proposal.tier === 3 && <p className="proposal-warning">Security or safety related: confirm every time.</p>}
      <p className="muted small" aria-live="polite">
        {STATUS_TEXT[proposal.status]}
        {proposal.result?.error ? `: ${proposal.result.error}` : ''}
      </p>
      {open && (
        <div className="proposal-actions">
          {proposal.tier === 3 && !confirming ? (
            <button type="button" className="btn btn-small btn-primary" onClick={() => setConfirming(true)}>Approve…</button>
          ) : (
            <button type="button" className="btn btn-small btn-primary" onClick={() => decide('approve')}>
              {proposal.tier === 3 ? 'Yes, do it' : 'Approve'}
            </button>
          )}
          <button type="button" className="btn btn-small" onClick={() => decide('deny')}>Deny</button>
        </div>
      )}
    </section>
  );
}
