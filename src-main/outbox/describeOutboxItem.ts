// One line per queued item for the outbox list (UI and CLI). Pure: entity names are looked up by the caller.
import type { OutboxItemView } from '../../src-preload/contract/outboxViews';
import type { OutboxItem } from './Outbox';
import type { ConversationPayload, EntityChangePayload, MessagePayload, PendingActionPayload } from './outboxPayloads';

/** Entity ids an item names, so the caller can look their names up in one read. */
export function entityIdsOf(item: OutboxItem): string[] {
  if (item.kind === 'entity_change') return [(item.payload as EntityChangePayload).entity_id];
  if (item.kind === 'pending_action') return (item.payload as PendingActionPayload).targets?.map((t) => t.entity_id) ?? [];
  return [];
}

export function describeOutboxItem(item: OutboxItem, names: ReadonlyMap<string, string>): string {
  switch (item.kind) {
    case 'entity_change': {
      const p = item.payload as EntityChangePayload;
      return `Change to ${names.get(p.entity_id) ?? p.entity_id}`;
    }
    case 'pending_action': {
      const p = item.payload as PendingActionPayload;
      const targets = p.targets.map((t) => names.get(t.entity_id) ?? t.entity_id);
      const what = [p.summary.verb, p.summary.noun && targets.length > 1 ? `${targets.length} ${p.summary.noun}` : targets.join(', ')].filter(Boolean).join(' ');
      return `${what}${p.summary.detail ?? ''} (approved offline by ${p.approved_by})`;
    }
    case 'message': {
      const p = item.payload as MessagePayload;
      return `“${p.text.length > 80 ? `${p.text.slice(0, 79)}…` : p.text}” answered locally${p.fallback_reason ? ` (${p.fallback_reason})` : ''}`;
    }
    case 'conversation': {
      const p = item.payload as ConversationPayload;
      return `Conversation sync: ${p.record_type} ${p.record_id}`;
    }
  }
}

export function toOutboxItemView(item: OutboxItem, names: ReadonlyMap<string, string>): OutboxItemView {
  return {
    id: item.id,
    kind: item.kind,
    status: item.status,
    attempts: item.attempts,
    last_error: item.lastError,
    created_at: item.createdAt,
    expires_at: item.expiresAt,
    summary: describeOutboxItem(item, names),
  };
}
