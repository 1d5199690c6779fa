import { createStore } from 'zustand/vanilla';
import type { ActionProposalView, ChatMessage, Conversation } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { toErrorShape } from '../../bridge/BridgeError';
import type { Call } from '../../bridge/createCall';
import { assistantMessageFromReply, mergeMessages, mergeNewestPage, truncateAfter, upsertMessage } from './messageList';
import { markOpenStarted } from './openTiming';
import type { StreamStore } from './streamStore';

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
  /** The loaded part of the active branch, oldest first. */
  messages: ChatMessage[];
  /** Where the page before the loaded ones starts; null when the start of the conversation is loaded. */
  olderCursor: string | null;
  loadingOlder: boolean;
  loading: boolean;
  loadError: AppErrorShape | null;
  /** The question on its way (shown as a user bubble until the stored message arrives). */
  pending: PendingQuestion | null;
  /** The last question that failed, shown inline with its error and a retry. */
  failed: { conversationId: string | null; text: string; error: AppErrorShape; stored: boolean; regenerate?: boolean } | null;
  /** A message to scroll to and mark (a search result); cleared by the view once shown. */
  focusMessageId: string | null;
  open(conversationId: string | null): Promise<void>;
  loadOlder(): Promise<void>;
  /** `editOf`: the question being edited; the new one becomes a branch beside it. */
  send(text: string, editOf?: string): Promise<boolean>;
  /** Never stores the question twice: a question that was stored is answered again instead of re-sent. */
  retry(): Promise<void>;
  dismissFailure(): void;
  /** Stops the reply being produced; the partial answer arrives as the send/regenerate result. */
  stop(): Promise<void>;
  /** A new version of a reply (default the last); `local` continues an interrupted remote reply on the local model. */
  regenerate(mode?: 'local', messageId?: string): Promise<boolean>;
  /** Shows another version of a reply or another branch of an edited question. */
  selectBranch(messageId: string): Promise<void>;
  /** Opens a conversation at a message (loading older pages, or switching to its branch, as needed). */
  jumpTo(conversationId: string, messageId: string): Promise<void>;
  clearFocus(): void;
  onDelta(delta: { conversation_id: string; message_id: string; delta: string }): void;
  onMessage(message: ChatMessage): void;
  onProposal(proposal: ActionProposalView): void;
}

export interface ChatStoreDeps {
  call: Call;
  streams: StreamStore;
  /** Creates (and selects) a conversation when the user asks without one open. */
  createConversation(): Promise<string | null>;
  /** Selects a conversation in the list (a search jump to another conversation). */
  selectConversation?(id: string): void;
  onConversationUpdated(conversation: Conversation): void;
  now?: () => string;
  pageSize?: number;
}

/** How far a search jump pages back through the active branch before switching to the message's own branch. */
const JUMP_MAX_PAGES = 50;

export function createChatStore(deps: ChatStoreDeps) {
  const now = deps.now ?? (() => new Date().toISOString());
  const pageSize = deps.pageSize ?? 60;
  return createStore<ChatState>()((set, get) => {
    /** After a turn: the newest page of the branch from main (versions and branches counted there). */
    const refreshNewest = async (conversationId: string) => {
      const page = await deps.call('chat.getMessagePage', { conversationId, limit: pageSize }).catch(() => null);
      if (!page || get().conversationId !== conversationId) return;
      const merged = mergeNewestPage(get().messages, page.messages);
      set(merged.connected ? { messages: merged.messages } : { messages: merged.messages, olderCursor: page.next_cursor });
    };
    const finishTurn = (conversation: Conversation, userMessage: ChatMessage, reply: Parameters<typeof assistantMessageFromReply>[0]) => {
      if (get().conversationId === conversation.id) {
        set({ messages: upsertMessage(upsertMessage(get().messages, userMessage), assistantMessageFromReply(reply, now())) });
        void refreshNewest(conversation.id);
      }
      deps.streams.getState().drop(reply.message_id);
      set({ pending: null });
      deps.onConversationUpdated(conversation);
    };
    return {
      conversationId: null,
      messages: [],
      olderCursor: null,
      loadingOlder: false,
      loading: false,
      loadError: null,
      pending: null,
      failed: null,
      focusMessageId: null,
      async open(conversationId) {
        if (conversationId === get().conversationId && (get().messages.length > 0 || get().loading)) return;
        set({ conversationId, messages: [], olderCursor: null, loadError: null, loading: conversationId !== null, focusMessageId: null });
        deps.streams.getState().clear();
        if (get().failed && get().failed?.conversationId !== conversationId) set({ failed: null });
        if (!conversationId) return;
        markOpenStarted(conversationId);
        try {
          const page = await deps.call('chat.getMessagePage', { conversationId, limit: pageSize });
          if (get().conversationId !== conversationId) return;
          set({ messages: mergeMessages(get().messages, page.messages), olderCursor: page.next_cursor, loading: false });
        } catch (error) {
          if (get().conversationId !== conversationId) return;
          set({ loading: false, loadError: toErrorShape(error) });
        }
      },
      async loadOlder() {
        const { conversationId, olderCursor, loadingOlder } = get();
        if (!conversationId || !olderCursor || loadingOlder) return;
        set({ loadingOlder: true });
        try {
          const page = await deps.call('chat.getMessagePage', { conversationId, cursor: olderCursor, limit: pageSize });
          if (get().conversationId !== conversationId || get().olderCursor !== olderCursor) return;
          const known = new Set(get().messages.map((m) => m.id));
          set({ messages: [...page.messages.filter((m) => !known.has(m.id)), ...get().messages], olderCursor: page.next_cursor });
        } catch (error) {
          set({ loadError: toErrorShape(error) });
        } finally {
          set({ loadingOlder: false });
        }
      },
      async send(text, editOf) {
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
          if (editOf) {
            // The edited question and everything after it leave the screen; the new branch takes their place.
            const edited = get().messages.find((m) => m.id === editOf);
            set({ messages: truncateAfter(get().messages, edited?.parent_id ?? null) });
          }
          const { conversation, userMessage, reply } = await deps.call('chat.send', { conversationId, text: question, ...(editOf ? { editOf } : {}) });
          finishTurn(conversation, userMessage, reply);
          return true;
        } catch (error) {
          set({ pending: null, failed: { conversationId, text: question, error: toErrorShape(error), stored: get().pending?.stored === true } });
          if (conversationId && editOf) void refreshNewest(conversationId);
          return false;
        }
      },
      async retry() {
        const failed = get().failed;
        if (!failed) return;
        // The question reached the store before the answer failed: answer it again, never store it a second time.
        if (failed.regenerate || failed.stored) await get().regenerate();
        else await get().send(failed.text);
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
      async regenerate(mode, messageId) {
        const conversationId = get().conversationId;
        if (!conversationId || get().pending) return false;
        const target = messageId ? get().messages.find((m) => m.id === messageId) : undefined;
        const question = target?.role === 'assistant' ? get().messages.find((m) => m.id === target.parent_id) : [...get().messages].reverse().find((m) => m.role === 'user');
        set({ pending: { conversationId, text: question?.text ?? '', stored: true, regenerate: true }, failed: null });
        // The reply being redone leaves the screen; its new version streams in its place (the old one stays a version).
        if (question) set({ messages: truncateAfter(get().messages, question.id) });
        try {
          const args = { conversationId, ...(mode ? { mode } : {}), ...(messageId ? { messageId } : {}) };
          const { conversation, userMessage, reply } = await deps.call('chat.regenerate', args);
          finishTurn(conversation, userMessage, reply);
          return true;
        } catch (error) {
          set({ pending: null, failed: { conversationId, text: question?.text ?? '', error: toErrorShape(error), stored: true, regenerate: true } });
          void refreshNewest(conversationId);
          return false;
        }
      },
      async selectBranch(messageId) {
        const conversationId = get().conversationId;
        if (!conversationId || get().pending) return;
        try {
          const page = await deps.call('chat.selectBranch', { conversationId, messageId });
          if (get().conversationId !== conversationId) return;
          const merged = mergeNewestPage(get().messages, page.messages);
          set(merged.connected ? { messages: merged.messages } : { messages: merged.messages, olderCursor: page.next_cursor });
        } catch (error) {
          set({ loadError: toErrorShape(error) });
        }
      },
      async jumpTo(conversationId, messageId) {
        deps.selectConversation?.(conversationId);
        await get().open(conversationId);
        for (let i = 0; i < JUMP_MAX_PAGES && get().conversationId === conversationId; i++) {
          if (get().messages.some((m) => m.id === messageId)) break;
          if (!get().olderCursor) {
            await get().selectBranch(messageId);
            break;
          }
          await get().loadOlder();
        }
        if (get().messages.some((m) => m.id === messageId)) set({ focusMessageId: messageId });
      },
      clearFocus() {
        set({ focusMessageId: null });
      },
      onDelta(delta) {
        const { conversationId, pending } = get();
        if (delta.conversation_id !== conversationId && delta.conversation_id !== pending?.conversationId) return;
        if (get().messages.some((m) => m.id === delta.message_id)) return;
        deps.streams.getState().push(delta);
      },
      onMessage(message) {
        if (message.conversation_id !== get().conversationId) return;
        set({ messages: upsertMessage(get().messages, message) });
        deps.streams.getState().drop(message.id);
        const pending = get().pending;
        if (pending && message.role === 'user' && message.text.trim() === pending.text) set({ pending: { ...pending, stored: true } });
      },
      onProposal(proposal) {
        const messages = get().messages.map((m) =>
          m.envelope?.proposal?.id === proposal.id ? { ...m, envelope: { ...m.envelope, proposal } } : m,
        );
        set({ messages });
      },
    };
  });
}

export type ChatStore = ReturnType<typeof createChatStore>;
