// Streamed reply text, in its own store so that a token re-renders only the streaming bubble, never the list. Deltas
// are buffered and flushed at most once per animation frame: a model producing 200 tokens/s costs 60 renders/s.
import { createStore } from 'zustand/vanilla';
import type { StreamingText } from './messageList';

export interface StreamState {
  texts: Record<string, StreamingText>;
  /** Buffers a delta; it shows on the next frame. */
  push(delta: { conversation_id: string; message_id: string; delta: string }): void;
  /** The message is stored (or abandoned): forget its streamed text, and any delta still buffered for it. */
  drop(messageId: string): void;
  clear(): void;
}

export type ScheduleFrame = (flush: () => void) => void;

const defaultSchedule: ScheduleFrame = (flush) =>
  typeof requestAnimationFrame === 'function' ? void requestAnimationFrame(flush) : void setTimeout(flush, 16);

export function createStreamStore(schedule: ScheduleFrame = defaultSchedule) {
  let buffer: Record<string, StreamingText> = {};
  let scheduled = false;
  const dropped = new Set<string>();
  return createStore<StreamState>()((set, get) => {
    const flush = () => {
      scheduled = false;
      const pending = buffer;
      buffer = {};
      const texts = { ...get().texts };
      for (const [id, part] of Object.entries(pending)) {
        if (dropped.has(id)) continue;
        texts[id] = { conversation_id: part.conversation_id, text: (texts[id]?.text ?? '') + part.text };
      }
      set({ texts });
    };
    return {
      texts: {},
      push(delta) {
        if (dropped.has(delta.message_id)) return;
        const existing = buffer[delta.message_id];
        buffer[delta.message_id] = { conversation_id: delta.conversation_id, text: (existing?.text ?? '') + delta.delta };
        if (!scheduled) {
          scheduled = true;
          schedule(flush);
        }
      },
      drop(messageId) {
        dropped.add(messageId);
        // Only recent ids can still receive late deltas; keep the set small.
        if (dropped.size > 500) dropped.delete(dropped.values().next().value as string);
        delete buffer[messageId];
        if (!(messageId in get().texts)) return;
        const texts = { ...get().texts };
        delete texts[messageId];
        set({ texts });
      },
      clear() {
        buffer = {};
        set({ texts: {} });
      },
    };
  });
}

export type StreamStore = ReturnType<typeof createStreamStore>;
