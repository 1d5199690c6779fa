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
    // {"content": {"state": {...}}} alone is a state change: it becomes a state patch (merged into the current state),
    // which a narrow remembered rule may cover. Anything else in content stays a content rewrite, which never is.
    const contentObject = content && typeof content === 'object' && !Array.isArray(content) ? (content as Record<string, unknown>) : undefined;
    const stateOnly = contentObject && Object.keys(contentObject).length === 1 && isPlainObject(contentObject['state']) ? (contentObject['state'] as Record<string, unknown>) : undefined;
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
          ...(stateOnly ? { state: stateOnly } : contentObject ? { content: contentObject } : {}),
        },
      }],
    });
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
