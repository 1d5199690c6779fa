import { createStore } from 'zustand/vanilla';
import type { ActionProposalView, ChatMessage, Conversation } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { toErrorShape } from '../../bridge/BridgeError';
import type { Call } from '../../bridge/createCall';
import { appendDelta, assistantMessageFromReply, mergeMessages, upsertMessage, withoutKey } from './messageList';
import type { StreamingText } from './messageList';

export interface PendingQuestion {
  conversationId: string | null;
  text: string;
  /** The stored user message has arrived (event before the call returned): stop showing the local bubble. */
  stored?: boolean;
  /** A regenerate: the question is already in the list, only the answer is on its way. */
  regenerate?: boolean;
  /** Stop was pressed; the call still returns (with the partial answer). */
  stopping?: boolean;
}

export interface ChatState {
  conversationId: string | null;
  messages: ChatMessage[];
  streaming: Record<string, StreamingText>;
  loading: boolean;
  loadError: AppErrorShape | null;
  /** The question on its way (shown as a user bubble until the stored message arrives). */
  pending: PendingQuestion | null;
  /** The last question that failed, shown inline with its error and a retry. */
  failed: { conversationId: string | null; text: string; error: AppErrorShape; stored: boolean; regenerate?: boolean } | null;
  open(conversationId: string | null): Promise<void>;
  send(text: string): Promise<boolean>;
  retry(): Promise<void>;
  dismissFailure(): void;
  /** Stops the reply being produced; the partial answer arrives as the send/regenerate result. */
  stop(): Promise<void>;
  /** Answers the last question again; `local` continues an interrupted remote reply on the local model. */
  regenerate(mode?: 'local'): Promise<boolean>;
  onDelta(delta: { conversation_id: string; message_id: string; delta: string }): void;
  onMessage(message: ChatMessage): void;
  onProposal(proposal: ActionProposalView): void;
}

export interface ChatStoreDeps {
  call: Call;
  /** Creates (and selects) a conversation when the user asks without one open. */
  createConversation(): Promise<string | null>;
  onConversationUpdated(conversation: Conversation): void;
  now?: () => string;
}

export function createChatStore(deps: ChatStoreDeps) {
  const now = deps.now ?? (() => new Date().toISOString());
  return createStore<ChatState>()((set, get) => ({
    conversationId: null,
    messages: [],
    streaming: {},
    loading: false,
    loadError: null,
    pending: null,
    failed: null,
    async open(conversationId) {
      if (conversationId === get().conversationId && (get().messages.length > 0 || get().loading)) return;
      set({ conversationId, messages: [], streaming: {}, loadError: null, loading: conversationId !== null });
      if (get().failed && get().failed?.conversationId !== conversationId) set({ failed: null });
      if (!conversationId) return;
      try {
        const loaded = await deps.call('chat.getMessages', { conversationId });
        if (get().conversationId !== conversationId) return;
        set({ messages: mergeMessages(get().messages, loaded), loading: false });
      } catch (error) {
        if (get().conversationId !== conversationId) return;
        set({ loading: false, loadError: toErrorShape(error) });
      }
    },
    async send(text) {
      const question = text.trim();
      if (!question || get().pending) return false;
      set({ pending: { conversationId: get().conversationId, text: question }, failed: null });
      let conversationId = get().conversationId;
      try {
        if (!conversationId) {
          conversationId = await deps.createConversation();
          if (!conversationId) throw new Error('Could not start a conversation.');
          set({ pending: { conversationId, text: question } });
          if (get().conversationId !== conversationId) await get().open(conversationId);
        }
        const { conversation, userMessage, reply } = await deps.call('chat.send', { conversationId, text: question });
        if (get().conversationId === conversation.id) {
          const messages = upsertMessage(upsertMessage(get().messages, userMessage), assistantMessageFromReply(reply, now()));
          set({ messages, streaming: withoutKey(get().streaming, reply.message_id) });
        }
        set({ pending: null });
        deps.onConversationUpdated(conversation);
        return true;
      } catch (error) {
        set({ pending: null, failed: { conversationId, text: question, error: toErrorShape(error), stored: get().pending?.stored === true } });
        return false;
      }
    },
    async retry() {
      const failed = get().failed;
      if (failed?.regenerate) await get().regenerate();
      else if (failed) await get().send(failed.text);
    },
    dismissFailure() {
      set({ failed: null });
    },
    async stop() {
      const pending = get().pending;
      if (!pending?.conversationId || pending.stopping) return;
      set({ pending: { ...pending, stopping: true } });
      try {
        await deps.call('chat.stop', { conversationId: pending.conversationId });
      } catch {
        // Nothing to stop any more (the reply just finished): the send result settles the state either way.
        if (get().pending?.stopping) set({ pending: { ...pending, stopping: false } });
      }
    },
    async regenerate(mode) {
      const conversationId = get().conversationId;
      if (!conversationId || get().pending) return false;
      const lastQuestion = [...get().messages].reverse().find((m) => m.role === 'user');
      set({ pending: { conversationId, text: lastQuestion?.text ?? '', stored: true, regenerate: true }, failed: null });
      try {
        const { conversation, userMessage, reply } = await deps.call('chat.regenerate', mode ? { conversationId, mode } : { conversationId });
        if (get().conversationId === conversation.id) {
          // Main decides whether the old answer stays; the stored list is the truth, the reply fills any gap.
          let messages = await deps.call('chat.getMessages', { conversationId }).catch(() => get().messages);
          messages = upsertMessage(upsertMessage(messages, userMessage), assistantMessageFromReply(reply, now()));
          if (get().conversationId === conversation.id) set({ messages, streaming: withoutKey(get().streaming, reply.message_id) });
        }
        set({ pending: null });
        deps.onConversationUpdated(conversation);
        return true;
      } catch (error) {
        set({ pending: null, failed: { conversationId, text: lastQuestion?.text ?? '', error: toErrorShape(error), stored: true, regenerate: true } });
        return false;
      }
    },
    onDelta(delta) {
      const { conversationId, pending } = get();
      if (delta.conversation_id !== conversationId && delta.conversation_id !== pending?.conversationId) return;
      set({ streaming: appendDelta(get().streaming, get().messages, delta) });
    },
    onMessage(message) {
      if (message.conversation_id !== get().conversationId) return;
      set({ messages: upsertMessage(get().messages, message), streaming: withoutKey(get().streaming, message.id) });
      const pending = get().pending;
      if (pending && message.role === 'user' && message.text.trim() === pending.text) set({ pending: { ...pending, stored: true } });
    },
    onProposal(proposal) {
      const messages = get().messages.map((m) =>
        m.envelope?.proposal?.id === proposal.id ? { ...m, envelope: { ...m.envelope, proposal } } : m,
      );
      set({ messages });
    },
  }));
}

export type ChatStore = ReturnType<typeof createChatStore>;
