// Replay rule for `pending_action` items: an action the person approved while offline is never replayed blindly.
// After a reconnect (and a fresh pull) each one is re-checked against the graph as it is now:
// - every target still at the version it was approved against → carried out through the approval service's
//   execution path (base-version check, audit trail, one unit of work);
// - a target changed → nothing runs; a fresh approval card shows the change against now, linked to the old card;
// - a target is gone → parked with the reason (retry / discard from the UI or CLI);
// - past its expiry → `expired`, never runs, and stays visible in the outbox list.
import { AppError } from '../../src-shared/errors';
import type { Entity } from '../../src-shared/protocol/entities';
import type { GraphStore } from '../graph/GraphStore';
import type { EnqueueInput, Outbox, OutboxItem } from './Outbox';
import { parseOutboxPayload, type PendingActionPayload } from './outboxPayloads';

/** What the approval side must offer (approvalPendingActions.ts adapts ApprovalService). */
export interface PendingActionApprovals {
  /** Runs an action whose targets are unchanged; `status` is the proposal's after execution. */
  runApproved(action: PendingActionPayload, targets: ReadonlyMap<string, Entity>): Promise<{ proposalId: string; status: string; error: string | null }>;
  /** A fresh pending card against the current targets, linked from the card approved offline. */
  askAgain(action: PendingActionPayload, targets: ReadonlyMap<string, Entity>): Promise<{ proposalId: string }>;
}

export type PendingActionOutcome =
  | { itemId: string; outcome: 'executed'; proposalId: string }
  | { itemId: string; outcome: 'failed'; proposalId: string | null; error: string }
  | { itemId: string; outcome: 'reapproval'; proposalId: string; changed: string[] }
  | { itemId: string; outcome: 'parked'; error: string }
  | { itemId: string; outcome: 'expired' };

/** A `pending_action` item for an action approved while offline; it expires `ttlMs` after `now`. */
export function pendingActionItem(action: PendingActionPayload, options: { id?: string; now: Date; ttlMs: number }): EnqueueInput {
  return {
    ...(options.id ? { id: options.id } : {}),
    kind: 'pending_action',
    payload: parseOutboxPayload('pending_action', action),
    expiresAt: new Date(options.now.getTime() + options.ttlMs).toISOString(),
  };
}

/** Pure: which targets moved on since approval, and which are gone. */
export function compareTargets(action: PendingActionPayload, current: ReadonlyMap<string, Entity>): { changed: string[]; missing: string[] } {
  const missing = action.targets.filter((t) => !current.has(t.entity_id)).map((t) => t.entity_id);
  const changed = action.targets.filter((t) => current.has(t.entity_id) && current.get(t.entity_id)?.version !== t.version).map((t) => current.get(t.entity_id)?.name ?? t.entity_id);
  return { changed, missing };
}

/** Call after a successful pull. Items are handled oldest first, one at a time; one failing never stops the rest. */
export async function revalidatePendingActions(outbox: Outbox, graph: Pick<GraphStore, 'getEntities'>, approvals: PendingActionApprovals): Promise<PendingActionOutcome[]> {
  const queuedBefore = await outbox.list({ kind: 'pending_action', status: ['queued'] });
  const due = await outbox.due('pending_action', 10_000);
  const dueIds = new Set(due.map((i) => i.id));
  const outcomes: PendingActionOutcome[] = [];
  // `due` flips what passed its expiry to `expired`: those were queued a moment ago and are not due now.
  for (const item of queuedBefore) if (!dueIds.has(item.id)) outcomes.push({ itemId: item.id, outcome: 'expired' });
  for (const item of due) outcomes.push(await revalidateOne(outbox, graph, approvals, item));
  return outcomes;
}

async function revalidateOne(outbox: Outbox, graph: Pick<GraphStore, 'getEntities'>, approvals: PendingActionApprovals, item: OutboxItem): Promise<PendingActionOutcome> {
  const park = async (error: string): Promise<PendingActionOutcome> => {
    await outbox.markFailed(item.id, error, { park: true });
    return { itemId: item.id, outcome: 'parked', error };
  };
  let action: PendingActionPayload;
  try {
    action = parseOutboxPayload('pending_action', item.payload);
  } catch (error) {
    return park((error as Error).message);
  }
  try {
    const current = await graph.getEntities(action.targets.map((t) => t.entity_id));
    const { changed, missing } = compareTargets(action, current);
    if (missing.length > 0) return await park(`${missing.join(', ')} no longer exist${missing.length === 1 ? 's' : ''} in the home; nothing was changed.`);
    if (changed.length > 0) {
      const fresh = await approvals.askAgain(action, current);
      await outbox.markDone([item.id]);
      return { itemId: item.id, outcome: 'reapproval', proposalId: fresh.proposalId, changed };
    }
    const ran = await approvals.runApproved(action, current);
    await outbox.markDone([item.id]);
    if (ran.status === 'executed') return { itemId: item.id, outcome: 'executed', proposalId: ran.proposalId };
    // The execution path re-checks versions itself: a change that landed in between also ends in a fresh card.
    if (ran.status === 'needs_reapproval' || ran.status === 'pending') return { itemId: item.id, outcome: 'reapproval', proposalId: ran.proposalId, changed: [] };
    return { itemId: item.id, outcome: 'failed', proposalId: ran.proposalId, error: ran.error ?? `The action ended ${ran.status}.` };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A dependency that is down again is worth another try later; anything else is parked with its reason.
    if (error instanceof AppError && error.retryable) {
      await outbox.markFailed(item.id, message, { park: false });
      return { itemId: item.id, outcome: 'failed', proposalId: null, error: message };
    }
    return park(message);
  }
}
