// The approval calls of the contract (list, decide, remembered rules), made as the session's user at the time of the
// call: who decides and with which role is the session's, never an argument (ARCHITECTURE.md "Roles").
import type { CallHandlers } from '../api/CallHandlers';
import type { Role } from '../api/callPolicy';
import type { ApprovalService } from './ApprovalService';

type ApprovalCalls = 'approvals.list' | 'approvals.decide' | 'approvals.listRules' | 'approvals.revokeRule';

export function approvalHandlers(approvals: ApprovalService, user: { readonly id: string; readonly role: Role }): Pick<CallHandlers, ApprovalCalls> {
  return {
    'approvals.list': async ({ status }) => approvals.list(status),
    'approvals.decide': ({ proposalId, decision, remember }) =>
      approvals.decide(proposalId, decision, { userId: user.id, role: user.role, ...(remember !== undefined ? { remember } : {}) }),
    'approvals.listRules': async () => approvals.listRules(),
    'approvals.revokeRule': async ({ ruleId }, { correlationId }) => approvals.revokeRule(ruleId, user.id, correlationId),
  };
}
