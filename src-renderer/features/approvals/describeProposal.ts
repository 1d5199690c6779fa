// Pure wording and rules for action cards, so the card stays a thin view and tests read the rules directly.
import type { ActionProposalView, ProposalStatus } from '../../../src-preload/contract';

export const TIER_LABEL: Record<ActionProposalView['tier'], string> = {
  1: 'Read-only',
  2: 'Needs your OK',
  3: 'Security — confirm each time',
};

export const STATUS_LABEL: Record<ProposalStatus, string> = {
  pending: 'Waiting for your decision',
  approved: 'Approved, running…',
  denied: 'Denied',
  expired: 'Expired',
  executed: 'Done',
  failed: 'Failed',
  needs_reapproval: 'Changed since proposed: decide again',
};

/** Whether Approve/Deny are offered. An expired card never shows buttons, even if its status lags behind the clock. */
export function isDecidable(p: ActionProposalView, now: number = Date.now()): boolean {
  if (p.status !== 'pending' && p.status !== 'needs_reapproval') return false;
  const expires = Date.parse(p.expires_at);
  return Number.isNaN(expires) || expires > now;
}

/** The status to show: `expired` once the deadline passed, whatever main last said about a pending card. */
export function displayStatus(p: ActionProposalView, now: number = Date.now()): ProposalStatus {
  if ((p.status === 'pending' || p.status === 'needs_reapproval') && !isDecidable(p, now)) return 'expired';
  return p.status;
}

/** Tier 2 may be remembered when main allows it; tier 3 never, whatever the flag says. */
export function canRemember(p: ActionProposalView): boolean {
  return p.tier === 2 && p.can_remember;
}

/** "the Kitchen Light" / "3 devices": who the remember checkbox is about. */
export function rememberSubject(p: ActionProposalView): string {
  if (p.targets.length === 1 && p.targets[0]) return p.targets[0].name;
  return `these ${p.targets.length} items`;
}

/** Of two views of the same proposal, the one that knows more: a decided card never goes back to pending. */
export function newerProposal(a: ActionProposalView, b: ActionProposalView | undefined): ActionProposalView {
  if (!b) return a;
  const rank = (p: ActionProposalView) => (p.status === 'pending' ? 0 : p.status === 'approved' || p.status === 'needs_reapproval' ? 1 : 2);
  return rank(b) > rank(a) ? b : rank(a) > rank(b) ? a : b;
}
