// A model's write tool call becomes a proposal for the approval gate, exactly like an intent's control request:
// the model never executes a write. update_entity (including deletes), create_entity and create_relationship all
// become cards.
import type { ActionProposalView } from '../../src-preload/contract';
import { AppError } from '../../src-shared/errors';
import type { ApprovalService } from '../approvals/ApprovalService';
import type { EntityNameResolver } from '../graph/EntityNameResolver';
import { resolveOrThrow } from '../graph/EntityNameResolver';
import type { ProposeToolCall } from './LlmResponder';

export function createModelProposer(approvals: ApprovalService, resolver: EntityNameResolver): ProposeToolCall {
  return async (call, context): Promise<ActionProposalView> => {
    const base = { conversationId: context.conversationId, correlationId: context.correlationId, proposer: context.proposer, userId: context.userId };
    if (call.name === 'create_entity') return approvals.createForTool({ ...base, tool: 'create_entity', args: call.arguments });
    if (call.name === 'create_relationship') {
      // Names are resolved now, so the card names exactly the two things it will link.
      const from = await resolveOrThrow(resolver, String(call.arguments['from_entity_id'] ?? ''));
      const to = await resolveOrThrow(resolver, String(call.arguments['to_entity_id'] ?? ''));
      return approvals.createForTool({ ...base, tool: 'create_relationship', args: { ...call.arguments, from_entity_id: from.id, to_entity_id: to.id } });
    }
    if (call.name !== 'update_entity') {
      throw new AppError('forbidden', `The model asked to run ${call.name}, which is not a tool that can change the home.`);
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
