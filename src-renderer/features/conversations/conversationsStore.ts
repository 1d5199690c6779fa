import { createStore } from 'zustand/vanilla';
import type { Conversation, MessageSearchHit } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { toErrorShape } from '../../bridge/BridgeError';
import type { Call } from '../../bridge/createCall';
import { sortConversations } from './sortConversations';

/** How long "Undo" is offered after a delete before main is told. */
export const UNDO_DELETE_MS = 6000;

export interface ConversationsState {
  items: Conversation[];
  selectedId: string | null;
  loaded: boolean;
  error: AppErrorShape | null;
  /** A conversation hidden from the list whose deletion can still be undone. */
  pendingDelete: Conversation | null;
  search: { query: string; hits: MessageSearchHit[]; busy: boolean; error: AppErrorShape | null; filters: SearchFilters };
  /** Import/export outcome, shown under the list. */
  transferMessage: string | null;
  load(): Promise<void>;
  select(id: string | null): void;
  /**
   * Starts a new conversation. The view empties at once and what is sent before main has made it goes into it: a
   * second call while one is on its way returns the same conversation.
   */
  create(): Promise<Conversation | null>;
  /** On start: opens the latest conversation, unless the person has already opened or started one. */
  selectLatestUnlessChosen(): void;
  rename(id: string, title: string): Promise<void>;
  setFlags(id: string, flags: { pinned?: boolean; archived?: boolean }): Promise<void>;
  /** Hides the conversation now and deletes it after UNDO_DELETE_MS unless `undoDelete` is called. */
  remove(id: string): Promise<void>;
  undoDelete(): void;
  /** Deletes what is waiting for its undo window right away (window closing, another delete). */
  flushDelete(): Promise<void>;
  searchMessages(query: string): Promise<void>;
  /** Narrows the search (and runs it again for the current words). */
  setSearchFilters(filters: SearchFilters): Promise<void>;
  /** A conversation's own persona/system prompt and model (null: the defaults). */
  saveAnswerSettings(id: string, settings: { systemPrompt: string | null; model: string | null }): Promise<boolean>;
  exportConversations(format: 'markdown' | 'json', ids?: string[]): Promise<{ text: string; fileName: string } | null>;
  importConversations(json: string): Promise<void>;
  /** A conversation came back from another call (chat.send): keep the list fresh without a round trip. */
  upsert(conversation: Conversation): void;
}

export function createConversationsStore(call: Call, undoMs = UNDO_DELETE_MS) {
  let deleteTimer: ReturnType<typeof setTimeout> | null = null;
  let creating: Promise<Conversation | null> | null = null;
  let chosen = false;
  return createStore<ConversationsState>()((set, get) => ({
    items: [],
    selectedId: null,
    loaded: false,
    error: null,
    pendingDelete: null,
    search: { query: '', hits: [], busy: false, error: null, filters: {} },
    transferMessage: null,
    async load() {
      try {
        const pending = get().pendingDelete?.id;
        const items = (await call('chat.listConversations', {})).filter((c) => c.id !== pending);
        set({ items: sortConversations(items), loaded: true, error: null });
      } catch (error) {
        set({ loaded: true, error: toErrorShape(error) });
      }
    },
    select(id) {
      chosen = true;
      set({ selectedId: id });
    },
    create() {
      if (creating) return creating;
      chosen = true;
      set({ selectedId: null });
      creating = (async () => {
        try {
          const conversation = await call('chat.createConversation', {});
          set({ items: sortConversations([conversation, ...get().items.filter((c) => c.id !== conversation.id)]), error: null });
          // Unless the person opened another conversation meanwhile.
          if (get().selectedId === null) set({ selectedId: conversation.id });
          return conversation;
        } catch (error) {
          set({ error: toErrorShape(error) });
          return null;
        } finally {
          creating = null;
        }
      })();
      return creating;
    },
    selectLatestUnlessChosen() {
      const latest = get().items[0];
      if (!chosen && latest && get().selectedId === null) set({ selectedId: latest.id });
    },
    async rename(id, title) {
      const trimmed = title.trim();
      if (!trimmed) return;
      try {
        get().upsert(await call('chat.renameConversation', { id, title: trimmed }));
        set({ error: null });
      } catch (error) {
        set({ error: toErrorShape(error) });
      }
    },
    async setFlags(id, flags) {
      try {
        get().upsert(await call('chat.setConversationFlags', { id, ...flags }));
        set({ error: null });
      } catch (error) {
        set({ error: toErrorShape(error) });
      }
    },
    async remove(id) {
      await get().flushDelete();
      const conversation = get().items.find((c) => c.id === id);
      if (!conversation) return;
      const items = get().items.filter((c) => c.id !== id);
      set({ items, pendingDelete: conversation, selectedId: get().selectedId === id ? (items.find((c) => !c.archived)?.id ?? null) : get().selectedId });
      deleteTimer = setTimeout(() => void get().flushDelete(), undoMs);
    },
    undoDelete() {
      const conversation = get().pendingDelete;
      if (deleteTimer) clearTimeout(deleteTimer);
      deleteTimer = null;
      if (!conversation) return;
      set({ pendingDelete: null, items: sortConversations([conversation, ...get().items]), selectedId: conversation.id });
    },
    async flushDelete() {
      const conversation = get().pendingDelete;
      if (deleteTimer) clearTimeout(deleteTimer);
      deleteTimer = null;
      if (!conversation) return;
      set({ pendingDelete: null });
      try {
        await call('chat.deleteConversation', { id: conversation.id });
      } catch (error) {
        set({ error: toErrorShape(error), items: sortConversations([conversation, ...get().items]) });
      }
    },
    async searchMessages(query) {
      const { filters } = get().search;
      set({ search: { ...get().search, query, busy: query.trim() !== '', error: null } });
      if (!query.trim()) {
        set({ search: { query, hits: [], busy: false, error: null, filters } });
        return;
      }
      // Only the answer to the latest words and filters lands (an older, slower answer is dropped).
      const current = () => get().search.query === query && get().search.filters === filters;
      try {
        const hits = await call('chat.searchMessages', { query, limit: 30, ...(hasFilters(filters) ? { filters } : {}) });
        if (current()) set({ search: { query, hits, busy: false, error: null, filters } });
      } catch (error) {
        if (current()) set({ search: { query, hits: [], busy: false, error: toErrorShape(error), filters } });
      }
    },
    async setSearchFilters(filters) {
      set({ search: { ...get().search, filters } });
      await get().searchMessages(get().search.query);
    },
    async saveAnswerSettings(id, settings) {
      try {
        get().upsert(await call('chat.setConversationSettings', { id, ...settings }));
        return true;
      } catch (error) {
        set({ error: toErrorShape(error) });
        return false;
      }
    },
    async exportConversations(format, ids) {
      try {
        const { text, fileName, count } = await call('chat.exportConversations', { format, ...(ids ? { ids } : {}) });
        set({ transferMessage: `Exported ${count} conversation${count === 1 ? '' : 's'} as ${format === 'json' ? 'JSON' : 'Markdown'}.`, error: null });
        return { text, fileName };
      } catch (error) {
        set({ error: toErrorShape(error) });
        return null;
      }
    },
    async importConversations(json) {
      try {
        const { conversations, messageCount } = await call('chat.importConversations', { json });
        await get().load();
        set({ transferMessage: `Imported ${conversations.length} conversation${conversations.length === 1 ? '' : 's'} (${messageCount} messages).`, error: null });
        if (conversations[0]) set({ selectedId: conversations[0].id });
      } catch (error) {
        set({ error: toErrorShape(error) });
      }
    },
    upsert(conversation) {
      if (get().pendingDelete?.id === conversation.id) return;
      set({ items: sortConversations([conversation, ...get().items.filter((c) => c.id !== conversation.id)]) });
    },
  }));
}

export type ConversationsStore = ReturnType<typeof createConversationsStore>;

/** The conversation search's filters, as the contract takes them (days as YYYY-MM-DD). */
export interface SearchFilters {
  from?: string;
  to?: string;
  source?: 'local' | 'remote';
  entityId?: string;
}

export function hasFilters(filters: SearchFilters): boolean {
  return Object.values(filters).some(Boolean);
}
