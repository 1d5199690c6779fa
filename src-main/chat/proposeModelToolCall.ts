// A model's write tool call becomes a proposal for the approval gate, exactly like an intent's control request:
// the model never executes a write. Only `update_entity` can be proposed today (what the approval service executes).
import type { ActionProposalView } from '../../src-preload/contract';
import { AppError } from '../../src-shared/errors';
import type { ApprovalService } from '../approvals/ApprovalService';
import type { EntityNameResolver } from '../graph/EntityNameResolver';
import { resolveOrThrow } from '../graph/EntityNameResolver';
import type { ProposeToolCall } from './LlmResponder';

export function createModelProposer(approvals: ApprovalService, resolver: EntityNameResolver): ProposeToolCall {
  return async (call, context): Promise<ActionProposalView> => {
    if (call.name !== 'update_entity') {
      throw new AppError('forbidden', `The model asked to run ${call.name}, which can only be done by hand for now.`);
    }
    const entityId = call.arguments['entity_id'];
    const changes = call.arguments['changes'];
    if (typeof entityId !== 'string' || !changes || typeof changes !== 'object' || Array.isArray(changes)) {
      throw new AppError('validation', 'The model proposed a change without an entity or changes.');
    }
    const { name, content } = changes as { name?: unknown; content?: unknown };
    const entity = await resolveOrThrow(resolver, entityId);
    return approvals.create({
      conversationId: context.conversationId,
      correlationId: context.correlationId,
      proposer: context.proposer,
      userId: context.userId,
      summary: { verb: 'Change' },
      targets: [{
        entity,
        patch: {
          ...(typeof name === 'string' ? { name } : {}),
          ...(content && typeof content === 'object' && !Array.isArray(content) ? { content: content as Record<string, unknown> } : {}),
        },
      }],
    });
  };
}
