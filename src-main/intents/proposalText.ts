// How a proposal is said back: done, failed, or ready with what approving it takes. Split out of answerControl.ts so
// running an automation (runAutomation.ts) says it the same way.
import type { ActionProposalView } from '../../src-preload/contract/views';

export function proposalText(proposal: ActionProposalView): string {
  if (proposal.status === 'executed') return `Done: ${proposal.description} (allowed by your "always allow" choice).`;
  if (proposal.status === 'failed') return `I couldn't do it: ${proposal.result?.error ?? 'unknown error'}`;
  const how = proposal.tier === 3 ? 'This is security- or safety-relevant, so it needs your explicit confirmation.' : 'Approve it with one click.';
  return `Ready to ${lowerFirst(proposal.description)}. ${how}`;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
