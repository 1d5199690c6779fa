import { useEffect, useRef, useState } from 'react';
import type { ActionProposalView } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { ErrorNote } from '../../ui/ErrorNote';
import { canRemember, rememberSubject } from './describeProposal';

/** Approve / Deny. Tier 2: one click, optionally remembered. Tier 3: Approve opens an explicit confirmation step. */
export function ProposalDecision({ proposal }: { proposal: ActionProposalView }) {
  const { approvals } = useAppStores();
  const busy = useSlice(approvals, (s) => s.deciding[proposal.id] === true);
  const error = useSlice(approvals, (s) => s.errors[proposal.id]);
  const [remember, setRemember] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const approveRef = useRef<HTMLButtonElement>(null);
  const rememberable = canRemember(proposal);

  // The confirmation opens with Cancel focused: Enter pressed twice (or held) on "Approve…" cancels, never confirms.
  // Confirming takes a deliberate Tab or click on "Yes, do it".
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const decide = (decision: 'approve' | 'deny') => void approvals.getState().decide(proposal.id, decision, rememberable && remember && decision === 'approve');
  const cancelConfirm = () => {
    setConfirming(false);
    requestAnimationFrame(() => approveRef.current?.focus());
  };

  return (
    <div className="proposal-decision">
      {rememberable && !confirming && (
        <label className="check">
          <input type="checkbox" data-testid="remember-checkbox" checked={remember} disabled={busy} onChange={(e) => setRemember(e.target.checked)} />
          Always allow this for {rememberSubject(proposal)}
        </label>
      )}
      {confirming ? (
        <div
          className="proposal-confirm"
          role="group"
          aria-label="Confirm this action"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              cancelConfirm();
            }
          }}
        >
          <p className="proposal-confirm-text">This is security or safety related. Do it now?</p>
          <div className="proposal-actions">
            <button type="button" className="btn btn-small btn-danger" data-testid="confirm-approve-button" disabled={busy} onClick={() => decide('approve')}>
              {busy ? 'Working…' : 'Yes, do it'}
            </button>
            <button ref={cancelRef} type="button" className="btn btn-small" data-testid="confirm-cancel-button" disabled={busy} onClick={cancelConfirm}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="proposal-actions">
          <button
            ref={approveRef}
            type="button"
            className="btn btn-small btn-primary"
            data-testid="approve-button"
            disabled={busy}
            aria-haspopup={proposal.tier === 3 ? 'true' : undefined}
            onClick={() => (proposal.tier === 3 ? setConfirming(true) : decide('approve'))}
          >
            {busy ? 'Working…' : proposal.tier === 3 ? 'Approve…' : 'Approve'}
          </button>
          <button type="button" className="btn btn-small" data-testid="deny-button" disabled={busy} onClick={() => decide('deny')}>
            Deny
          </button>
        </div>
      )}
      {error && <ErrorNote error={error} />}
    </div>
  );
}
