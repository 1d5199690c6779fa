import { createStore } from 'zustand/vanilla';
import type { ActionProposalView, ApprovalRuleView } from '../../../src-preload/contract';
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
  /** Remembered "always allow" rules, for Settings; null until loaded. */
  rules: ApprovalRuleView[] | null;
  rulesError: AppErrorShape | null;
  /** Rules revoked in this session, so cards approved by them stop offering "revoke". */
  revokedRules: Record<string, true>;
  decide(proposalId: string, decision: 'approve' | 'deny', remember?: boolean): Promise<ActionProposalView | null>;
  onProposal(proposal: ActionProposalView): void;
  /** Every proposal main knows, so cards show their real status after a reload (guests may not list: ignored). */
  loadAll(): Promise<void>;
  loadRules(): Promise<void>;
  revokeRule(ruleId: string): Promise<boolean>;
}

export function createApprovalsStore(call: Call) {
  return createStore<ApprovalsState>()((set, get) => ({
    byId: {},
    deciding: {},
    errors: {},
    revision: 0,
    rules: null,
    rulesError: null,
    revokedRules: {},
    async loadAll() {
      try {
        const all = await call('approvals.list', {});
        set({ byId: { ...Object.fromEntries(all.map((p) => [p.id, p])), ...get().byId }, revision: get().revision + 1 });
      } catch {
        // A guest session cannot list proposals; the cards keep what their messages say.
      }
    },
    async loadRules() {
      try {
        set({ rules: await call('approvals.listRules', {}), rulesError: null });
      } catch (error) {
        set({ rulesError: toErrorShape(error) });
      }
    },
    async revokeRule(ruleId) {
      try {
        const { revoked } = await call('approvals.revokeRule', { ruleId });
        set({ revokedRules: { ...get().revokedRules, [ruleId]: true }, rules: (get().rules ?? []).filter((r) => r.id !== ruleId) });
        return revoked;
      } catch (error) {
        set({ rulesError: toErrorShape(error) });
        return false;
      }
    },
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
