import type { Conversation } from '../../../src-preload/contract';

/** Pinned first, then most recently active; ties broken by creation so the order is stable between reloads. */
export function sortConversations(items: readonly Conversation[]): Conversation[] {
  return [...items].sort(
    (a, b) => Number(b.pinned) - Number(a.pinned) || b.updated_at.localeCompare(a.updated_at) || b.created_at.localeCompare(a.created_at) || a.id.localeCompare(b.id),
  );
}
