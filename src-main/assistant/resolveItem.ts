// A tool argument that names a todo or reminder by id or by title.
import { AppError } from '../../src-shared/errors';
import type { Entity } from '../../src-shared/protocol/entities';
import { deleteTier } from '../tools/entityChangeTier';
import { isOwnedBy } from '../tools/householdItemOwnership';
import type { RiskTier, ToolContext } from '../tools/ToolDefinition';
import { findItemByTitle } from './findItemByTitle';
import { listItems } from './householdWrites';

export async function resolveItem(ctx: Pick<ToolContext, 'store'>, ref: string, kind: 'todo' | 'reminder', list?: string | null): Promise<Entity> {
  const items = await listItems(ctx, kind);
  const byId = items.find((e) => e.id === ref);
  if (byId) return byId;
  const pool = list ? items.filter((e) => e.content['list'] === list) : items;
  const match = findItemByTitle(pool.map((entity) => ({ entity, title: entity.name })), ref);
  if (match.type === 'found') return match.item.entity;
  if (match.type === 'ambiguous') {
    throw new AppError('ambiguous', `"${ref.slice(0, 80)}" matches several ${kind}s: ${match.candidates.map((c) => c.title).join(', ')}. Say which one.`, {
      details: { candidates: match.candidates.map((c) => ({ id: c.entity.id, name: c.title })) },
    });
  }
  throw new AppError('not_found', `There is no ${kind} called "${ref.slice(0, 80)}".`);
}

/** Tier 1 for the asking person's own items (no assignee, or assigned to them); anyone else's follow the approval rules. */
export function ownershipTier(assignee: unknown, ctx: Pick<ToolContext, 'userId'>): 1 | 2 {
  return isOwnedBy(assignee, ctx.userId) ? 1 : 2;
}

/** Deleting: the same evidence as the approval gate's (own todo or reminder 2, anyone else's 3), so the card agrees. */
export function deleteItemTier(item: Entity, ctx: Pick<ToolContext, 'userId'>): RiskTier {
  return deleteTier(item, { content: { deleted: true } }, [], ctx.userId);
}
