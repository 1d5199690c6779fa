import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../src-preload/contract';
import { mergeNewestPage, truncateAfter } from '../../src-renderer/features/chat/messageList';
import { createStreamStore } from '../../src-renderer/features/chat/streamStore';

const msg = (id: string): ChatMessage => ({ id, conversation_id: 'c1', role: 'assistant', text: id, created_at: '2026-01-01T00:00:00Z' });

describe('streamed tokens', () => {
  it('are flushed once per frame, however many arrive, and a stored message drops its stream', () => {
    const frames: Array<() => void> = [];
    const streams = createStreamStore((flush) => frames.push(flush));
    let renders = 0;
    streams.subscribe(() => renders++);
    for (let i = 0; i < 100; i++) streams.getState().push({ conversation_id: 'c1', message_id: 'a1', delta: 'x' });
    expect(frames).toHaveLength(1);
    expect(streams.getState().texts).toEqual({});
    frames.shift()?.();
    expect(renders).toBe(1);
    expect(streams.getState().texts['a1']?.text).toBe('x'.repeat(100));
    streams.getState().push({ conversation_id: 'c1', message_id: 'a1', delta: 'late' });
    streams.getState().drop('a1');
    frames.shift()?.();
    expect(streams.getState().texts['a1']).toBeUndefined();
    // A delta that arrives after its message was stored is ignored (no frame, no text).
    streams.getState().push({ conversation_id: 'c1', message_id: 'a1', delta: 'after drop' });
    expect(frames).toHaveLength(0);
    expect(streams.getState().texts['a1']).toBeUndefined();
  });
});

describe('pages of the active branch', () => {
  it('keeps loaded older messages when the newest page connects, and replaces them when it does not', () => {
    const loaded = ['m1', 'm2', 'm3', 'm4'].map(msg);
    expect(mergeNewestPage(loaded, ['m3', 'm4', 'm5'].map(msg))).toEqual({ messages: ['m1', 'm2', 'm3', 'm4', 'm5'].map(msg), connected: true });
    expect(mergeNewestPage(loaded, ['x1', 'x2'].map(msg))).toEqual({ messages: ['x1', 'x2'].map(msg), connected: false });
    expect(truncateAfter(loaded, 'm2').map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(truncateAfter(loaded, null)).toEqual([]);
  });
});
