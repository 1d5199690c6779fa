import { createStore } from 'zustand/vanilla';
import type { ActionProposalView } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { toErrorShape } from '../../bridge/BridgeError';
import type { Call } from '../../bridge/createCall';

export interface ApprovalsState {
  /** The latest view of every proposal seen since start (decide results and 'approvals.didChange' events), by id. */
  byId: Record<string, ActionProposalView>;
  /** Proposals with a decision on its way, so their buttons disable and a double click cannot decide twice. */
  deciding: Record<string, true>;
  errors: Record<string, AppErrorShape>;
  /** Bumped on every change; views that list proposals (the activity log) refresh on it. */
  revision: number;
  decide(proposalId: string, decision: 'approve' | 'deny', remember?: boolean): Promise<ActionProposalView | null>;
  onProposal(proposal: ActionProposalView): void;
}

export function createApprovalsStore(call: Call) {
  return createStore<ApprovalsState>()((set, get) => ({
    byId: {},
    deciding: {},
    errors: {},
    revision: 0,
    async decide(proposalId, decision, remember) {
      if (get().deciding[proposalId]) return null;
      const { [proposalId]: _old, ...errors } = get().errors;
      set({ deciding: { ...get().deciding, [proposalId]: true }, errors });
      try {
        const proposal = await call('approvals.decide', { proposalId, decision, ...(remember ? { remember: true } : {}) });
        get().onProposal(proposal);
        return proposal;
      } catch (error) {
        set({ errors: { ...get().errors, [proposalId]: toErrorShape(error) } });
        return null;
      } finally {
        const { [proposalId]: _done, ...deciding } = get().deciding;
        set({ deciding });
      }
    },
    onProposal(proposal) {
      set({ byId: { ...get().byId, [proposal.id]: proposal }, revision: get().revision + 1 });
    },
  }));
}

export type ApprovalsStore = ReturnType<typeof createApprovalsStore>;
