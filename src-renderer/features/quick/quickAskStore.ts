// The quick-ask window's state, without React: one conversation ("Quick ask"), the answer streaming in place, Stop,
// the action card of the reply, and Esc's two steps (clear, then hide). Deltas arrive as events while `chat.send`
// is still running; the send result replaces them with the stored reply.
import { createStore } from 'zustand/vanilla';
import type { ActionProposalView, NavigationTarget, ReplyEnvelope } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { toErrorShape } from '../../bridge/BridgeError';
import type { Call } from '../../bridge/createCall';

export interface QuickAskState {
  text: string;
  /** The question on its way or answered. */
  question: string | null;
  conversationId: string | null;
  streamingText: string;
  reply: ReplyEnvelope | null;
  error: AppErrorShape | null;
  busy: boolean;
  stopping: boolean;
  /** Browser mode: the shell could not hide a window, so the view shows that it would have. */
  hiddenInBrowser: boolean;
  setText(text: string): void;
  ask(): Promise<void>;
  stop(): Promise<void>;
  /** Esc: clears what is there first; when there is nothing, hides. Returns what it did. */
  escape(): Promise<'cleared' | 'hidden' | 'ignored'>;
  /** The window is shown again (focus): ready for a new question. */
  onShown(): void;
  openInApp(target?: NavigationTarget): Promise<{ opened: boolean; target: NavigationTarget } | null>;
  onDelta(delta: { conversation_id: string; message_id: string; delta: string }): void;
  onProposal(proposal: ActionProposalView): void;
}

export function createQuickAskStore(call: Call) {
  return createStore<QuickAskState>()((set, get) => ({
    text: '',
    question: null,
    conversationId: null,
    streamingText: '',
    reply: null,
    error: null,
    busy: false,
    stopping: false,
    hiddenInBrowser: false,
    setText(text) {
      set({ text });
    },
    async ask() {
      const question = get().text.trim();
      if (!question || get().busy) return;
      set({ busy: true, stopping: false, question, streamingText: '', reply: null, error: null, text: '' });
      try {
        const conversationId = get().conversationId ?? (await call('quickAsk.getConversation', {})).id;
        set({ conversationId });
        const { reply } = await call('chat.send', { conversationId, text: question });
        set({ reply, streamingText: '' });
      } catch (error) {
        const shape = toErrorShape(error);
        // The conversation may have been deleted in the main window: find (or make) it again next time.
        if (shape.type === 'not_found') set({ conversationId: null });
        set({ error: shape, text: question });
      } finally {
        set({ busy: false, stopping: false });
      }
    },
    async stop() {
      const { conversationId, busy, stopping } = get();
      if (!busy || stopping || !conversationId) return;
      set({ stopping: true });
      await call('chat.stop', { conversationId }).catch(() => undefined);
    },
    async escape() {
      const s = get();
      if (s.busy) return 'ignored';
      if (s.text || s.reply || s.error || s.question) {
        set({ text: '', question: null, reply: null, error: null, streamingText: '' });
        return 'cleared';
      }
      const { hidden } = await call('quickAsk.hide', {}).catch(() => ({ hidden: false }));
      set({ hiddenInBrowser: !hidden });
      return 'hidden';
    },
    onShown() {
      set({ hiddenInBrowser: false });
    },
    async openInApp(target) {
      const conversationId = get().conversationId;
      const to: NavigationTarget | undefined = target ?? (conversationId ? { kind: 'conversation', id: conversationId } : undefined);
      if (!to) return null;
      const { opened } = await call('quickAsk.openInApp', { target: to });
      return { opened, target: to };
    },
    onDelta(delta) {
      const { busy, conversationId } = get();
      if (!busy || delta.conversation_id !== conversationId) return;
      set({ streamingText: get().streamingText + delta.delta });
    },
    onProposal(proposal) {
      const reply = get().reply;
      if (reply?.proposal?.id === proposal.id) set({ reply: { ...reply, proposal } });
    },
  }));
}

export type QuickAskStore = ReturnType<typeof createQuickAskStore>;
