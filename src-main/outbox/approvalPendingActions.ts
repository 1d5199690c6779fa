// Adapts the approval gate to the pending-action replay rule (pendingActions.ts). An unchanged action becomes a
// proposal decided by the person who approved it offline, so it runs through the same execution path as any card
// (base-version check, unit of work, audit). A changed one becomes a fresh pending card, never auto-approved.
import type { Entity } from '../../src-shared/protocol/entities';
import type { ApprovalService } from '../approvals/ApprovalService';
import type { ProposalRequest } from '../approvals/ProposalRequest';
import type { PendingActionPayload } from './outboxPayloads';
import type { PendingActionApprovals } from './pendingActions';

export function approvalPendingActions(approvals: ApprovalService): PendingActionApprovals {
  return {
    async runApproved(action, targets) {
      let view = await approvals.create(toProposalRequest(action, targets));
      // A remembered tier-2 rule may already have run it; otherwise the offline approval is the decision.
      if (view.status === 'pending') view = await approvals.decide(view.id, 'approve', { userId: action.approved_by });
      if (view.status === 'needs_reapproval') {
        const fresh = approvals.replacementOf(view.id);
        return { proposalId: fresh?.id ?? view.id, status: 'needs_reapproval', error: view.result?.error ?? null };
      }
      return { proposalId: view.id, status: view.status, error: view.result?.error ?? null };
    },
    async askAgain(action, targets) {
      const view = await approvals.createReplacing(toProposalRequest(action, targets), action.proposal_id);
      return { proposalId: view.id };
    },
  };
}

function toProposalRequest(action: PendingActionPayload, current: ReadonlyMap<string, Entity>): ProposalRequest {
  return {
    conversationId: action.conversation_id,
    correlationId: action.correlation_id,
    proposer: action.proposer,
    userId: action.approved_by,
    summary: {
      verb: action.summary.verb,
      ...(action.summary.noun !== undefined ? { noun: action.summary.noun } : {}),
      ...(action.summary.place !== undefined ? { place: action.summary.place } : {}),
      ...(action.summary.detail !== undefined ? { detail: action.summary.detail } : {}),
    },
    ...(action.min_tier !== undefined ? { minTier: action.min_tier } : {}),
    targets: action.targets.flatMap((t) => {
      const entity = current.get(t.entity_id);
      return entity ? [{ entity, patch: t.patch }] : [];
    }),
  };
}
