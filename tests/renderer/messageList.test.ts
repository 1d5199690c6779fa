import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../src-preload/contract';
import { appendDelta, mergeMessages, upsertMessage } from '../../src-renderer/features/chat/messageList';
import { sortConversations } from '../../src-renderer/features/conversations/sortConversations';

const msg = (id: string, text: string): ChatMessage => ({ id, conversation_id: 'c1', role: 'assistant', text, created_at: '2026-01-01T00:00:00Z' });

describe('message list merging', () => {
  it('appends streamed deltas by message id, and ignores deltas for messages already stored', () => {
    let streaming = appendDelta({}, [], { conversation_id: 'c1', message_id: 'a1', delta: 'The ' });
    streaming = appendDelta(streaming, [], { conversation_id: 'c1', message_id: 'a1', delta: 'kitchen' });
    streaming = appendDelta(streaming, [], { conversation_id: 'c1', message_id: 'a2', delta: 'Other' });
    expect(streaming['a1']?.text).toBe('The kitchen');
    expect(streaming['a2']?.text).toBe('Other');
    expect(appendDelta(streaming, [msg('a1', 'The kitchen.')], { conversation_id: 'c1', message_id: 'a1', delta: '!' })['a1']?.text).toBe('The kitchen');
  });

  it('upserts by id without duplicates and keeps local messages a reload does not know yet', () => {
    const list = upsertMessage(upsertMessage([], msg('m1', 'a')), msg('m1', 'b'));
    expect(list).toEqual([msg('m1', 'b')]);
    expect(mergeMessages([msg('m2', 'local')], [msg('m1', 'stored')]).map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('orders conversations most recent first', () => {
    const c = (id: string, updated: string) => ({ id, title: id, created_at: '2026-01-01T00:00:00Z', updated_at: updated, message_count: 0, pinned: false, archived: false });
    expect(sortConversations([c('old', '2026-01-02T00:00:00Z'), c('new', '2026-03-01T00:00:00Z')]).map((x) => x.id)).toEqual(['new', 'old']);
  });
});
