// Turns a proposal request into the exact tool arguments per target and the proposal's risk tier: the tool rates each
// call, then bulk size, the proposer's `minTier` and "a write is never read-only" can only raise it.
import type { ActionProposalView, EntityRef } from '../../src-preload/contract/views';
import type { Entity } from '../../src-shared/protocol/entities';
import type { RiskTier, ToolContext } from '../tools/ToolDefinition';
import type { ToolRegistry } from '../tools/ToolRegistry';
import { buildEntityChanges } from './buildEntityChanges';
import type { ProposalRequest } from './ProposalRequest';

/** More targets than this in one proposal is a bulk change: tier 3 whatever the entities are. */
export const BULK_TARGET_LIMIT = 5;

export interface PreparedProposal {
  tier: RiskTier;
  targets: EntityRef[];
  changes: ActionProposalView['changes'];
}

export async function prepareProposalChanges(
  request: ProposalRequest,
  tool: string,
  registry: ToolRegistry,
  ctx: ToolContext,
): Promise<PreparedProposal> {
  const targets: EntityRef[] = [];
  const changes: ActionProposalView['changes'] = [];
  let tier: RiskTier = 1;
  for (const { entity, patch } of request.targets) {
    const entityChanges = buildEntityChanges(entity, patch);
    // The tool computes the tier of each call from the entity and the change (locks, heating, deletes → 3).
    const prepared = await registry.prepare(tool, { entity_id: entity.id, changes: entityChanges }, ctx);
    tier = Math.max(tier, prepared.tier) as RiskTier;
    targets.push(entityRef(entity));
    const state = entity.content['state'];
    const beforeState = state !== null && typeof state === 'object' && !Array.isArray(state) ? { before_state: state as Record<string, unknown> } : {};
    changes.push({ entity_id: entity.id, entity_name: entity.name, base_version: entity.version, changes: entityChanges, ...beforeState });
  }
  if (request.targets.length > BULK_TARGET_LIMIT) tier = 3;
  if (request.minTier !== undefined && request.minTier > tier) tier = request.minTier;
  if (tier < 2) tier = 2; // a write is never read-only
  return { tier, targets, changes };
}

function entityRef(entity: Entity): EntityRef {
  return { id: entity.id, name: entity.name, entity_type: entity.entity_type, version: entity.version };
}
