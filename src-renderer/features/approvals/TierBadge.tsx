import type { ActionProposalView } from '../../../src-preload/contract';
import { TIER_LABEL } from './describeProposal';

export function TierBadge({ tier }: { tier: ActionProposalView['tier'] }) {
  return (
    <span className={`tier-badge tier-badge-${tier}`} data-testid="tier-badge">
      Tier {tier} · {TIER_LABEL[tier]}
    </span>
  );
}
