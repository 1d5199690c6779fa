import type { Conversation } from '../../../src-preload/contract';

/** Most recently active first; ties broken by creation so the order is stable between reloads. */
export function sortConversations(items: readonly Conversation[]): Conversation[] {
  return [...items].sort((a, b) => b.updated_at.localeCompare(a.updated_at) || b.created_at.localeCompare(a.created_at) || a.id.localeCompare(b.id));
}
