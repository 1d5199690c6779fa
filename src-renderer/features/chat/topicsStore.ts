// The topic chips of the open conversation: the entities its replies cited (chat.getConversationEntities). Loaded when
// the conversation changes and again when a reply with sources arrives in it; a stale answer never lands.
import { createStore } from 'zustand/vanilla';
import type { ChatMessage, ConversationEntityView } from '../../../src-preload/contract';
import type { Call } from '../../bridge/createCall';

export interface TopicsState {
  conversationId: string | null;
  entities: ConversationEntityView[];
  load(conversationId: string | null): Promise<void>;
  /** A stored message: only a reply with sources in the open conversation can change the chips. */
  onMessage(message: ChatMessage): void;
}

export function createTopicsStore(call: Call) {
  let seq = 0;
  return createStore<TopicsState>()((set, get) => ({
    conversationId: null,
    entities: [],
    async load(conversationId) {
      const mine = ++seq;
      if (conversationId !== get().conversationId) set({ conversationId, entities: [] });
      if (!conversationId) return;
      // The chips are a convenience: a failed load leaves them out rather than putting an error above the chat.
      const entities = await call('chat.getConversationEntities', { conversationId }).catch(() => null);
      if (entities && mine === seq) set({ entities });
    },
    onMessage(message) {
      const { conversationId } = get();
      if (message.role === 'assistant' && message.conversation_id === conversationId && message.envelope?.citations.length) void get().load(conversationId);
    },
  }));
}

export type TopicsStore = ReturnType<typeof createTopicsStore>;
