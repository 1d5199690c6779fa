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
  needs_reapproval: 'Changed since proposed: nothing was done',
};

/**
 * Whether Approve/Deny are offered: only what main would accept, i.e. a pending card before its expiry. A card that
 * went stale (`needs_reapproval`) is decided through the fresh proposal it links to, never by its own buttons.
 */
export function isDecidable(p: ActionProposalView, now: number = Date.now()): boolean {
  if (p.status !== 'pending') return false;
  const expires = Date.parse(p.expires_at);
  return Number.isNaN(expires) || expires > now;
}

/** The status to show: `expired` once the deadline passed, whatever main last said about a pending card. */
export function displayStatus(p: ActionProposalView, now: number = Date.now()): ProposalStatus {
  if (p.status === 'pending' && !isDecidable(p, now)) return 'expired';
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

type StateValue = string | number | boolean | null;

/** One state key and value in words: "off", "at 40%", "unlocked", "set to 21°". */
function stateWords(key: string, value: StateValue): string {
  if (key === 'power' && (value === 'on' || value === 'off')) return String(value);
  if (key === 'level' && typeof value === 'number') return `at ${value}%`;
  if (key === 'lock' && typeof value === 'string') return value;
  if (/setpoint|temperature/.test(key) && typeof value === 'number') return `set to ${value}°`;
  if (key === 'door' || key === 'valve' || key === 'position') return `${String(value)}`;
  return `${key.replace(/_/g, ' ')} ${String(value)}`;
}

/**
 * What an executed change did, in plain words: "Kitchen Ceiling Light is now off", "Bedside Lamp is now on, at 30%",
 * "Old Note was deleted", "Porch Light is now called Front Light". Only keys that differ from before are named when the
 * change sends a whole state object; `before` is the state the card was proposed against, if known.
 */
export function describeOutcome(change: ActionProposalView['changes'][number], before?: Record<string, unknown>): string {
  const parts: string[] = [];
  const content = change.changes.content ?? {};
  if (content['deleted'] === true) return `${change.entity_name} was deleted`;
  if (change.changes.name !== undefined) parts.push(`called ${change.changes.name}`);
  const state = content['state'];
  if (state && typeof state === 'object' && !Array.isArray(state)) {
    const entries = Object.entries(state as Record<string, StateValue>).filter(([k, v]) => !before || before[k] !== v);
    const ordered = [...entries.filter(([k]) => k === 'power'), ...entries.filter(([k]) => k !== 'power')];
    parts.push(...ordered.map(([k, v]) => stateWords(k, v)));
  }
  const others = Object.keys(content).filter((k) => k !== 'state');
  if (parts.length === 0) return others.length > 0 ? `${change.entity_name} was updated (${others.join(', ')})` : `${change.entity_name} was updated`;
  return `${change.entity_name} is now ${parts.join(', ')}${others.length > 0 ? ` (and ${others.join(', ')} updated)` : ''}`;
}
