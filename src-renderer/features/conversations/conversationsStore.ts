import { createStore } from 'zustand/vanilla';
import type { Conversation } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { toErrorShape } from '../../bridge/BridgeError';
import type { Call } from '../../bridge/createCall';
import { sortConversations } from './sortConversations';

export interface ConversationsState {
  items: Conversation[];
  selectedId: string | null;
  loaded: boolean;
  error: AppErrorShape | null;
  load(): Promise<void>;
  select(id: string | null): void;
  create(): Promise<Conversation | null>;
  rename(id: string, title: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** A conversation came back from another call (chat.send): keep the list fresh without a round trip. */
  upsert(conversation: Conversation): void;
}

export function createConversationsStore(call: Call) {
  return createStore<ConversationsState>()((set, get) => ({
    items: [],
    selectedId: null,
    loaded: false,
    error: null,
    async load() {
      try {
        const items = await call('chat.listConversations', {});
        set({ items: sortConversations(items), loaded: true, error: null });
      } catch (error) {
        set({ loaded: true, error: toErrorShape(error) });
      }
    },
    select(id) {
      set({ selectedId: id });
    },
    async create() {
      try {
        const conversation = await call('chat.createConversation', {});
        set({ items: sortConversations([conversation, ...get().items.filter((c) => c.id !== conversation.id)]), error: null });
        set({ selectedId: conversation.id });
        return conversation;
      } catch (error) {
        set({ error: toErrorShape(error) });
        return null;
      }
    },
    async rename(id, title) {
      const trimmed = title.trim();
      if (!trimmed) return;
      try {
        const updated = await call('chat.renameConversation', { id, title: trimmed });
        get().upsert(updated);
        set({ error: null });
      } catch (error) {
        set({ error: toErrorShape(error) });
      }
    },
    async remove(id) {
      try {
        await call('chat.deleteConversation', { id });
        const items = get().items.filter((c) => c.id !== id);
        set({ items, error: null, selectedId: get().selectedId === id ? (items[0]?.id ?? null) : get().selectedId });
      } catch (error) {
        set({ error: toErrorShape(error) });
      }
    },
    upsert(conversation) {
      set({ items: sortConversations([conversation, ...get().items.filter((c) => c.id !== conversation.id)]) });
    },
  }));
}

export type ConversationsStore = ReturnType<typeof createConversationsStore>;
