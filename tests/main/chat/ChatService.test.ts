// A chat turn end to end through the contract boundary, over the real demo home in real SQLite.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import type { PublishedEvent } from '../../../src-main/api/EventBus';
import type { CallArgs, CallName, CallResult, Conversation } from '../../../src-preload/contract';
import { callOk, createTestServices, type TestServices } from '../../support/createTestServices';

let t: TestServices;
beforeEach(async () => {
  t = await createTestServices();
});
afterEach(async () => {
  await t.cleanup();
});

const call = <K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> => callOk(t, name, args);

async function idsOf(names: string[]): Promise<string[]> {
  const all = await t.services.store.listEntities();
  return names.map((n) => {
    const e = all.find((x) => x.name === n);
    if (!e) throw new Error(`no ${n} in demo home`);
    return e.id;
  });
}

describe('chat over the local graph', () => {
  it('answers which devices are in a room, citing exactly the room and its devices', async () => {
    const { reply, conversation } = await call('chat.send', { text: 'What devices are in the kitchen?' });
    const expected = await idsOf(['Kitchen', 'Back Door Lock', 'Fridge Freezer', 'Kitchen Ceiling Light', 'Kitchen Smoke Alarm', 'Kitchen Speaker', 'Kitchen Under-Cabinet Lights', 'Oven']);
    expect(reply.citations.map((c) => c.entity_id).sort()).toEqual(expected.sort());
    expect(reply.response).toMatch(/^The Kitchen has 7 devices:/);
    expect(reply).toMatchObject({ mode: 'local', conversation_id: conversation.id, fallback_reason: null });
    expect(reply.processing_time_ms).toBeGreaterThanOrEqual(0);
    expect(reply.provider).toBe('intent-engine');
    expect(reply.tool_calls).toEqual([expect.objectContaining({ name: 'get_devices_in_room', tier: 1, ok: true })]);
    for (const c of reply.citations) {
      const current = await t.services.store.getEntity(c.entity_id);
      expect(c.version).toBe(current?.version);
    }
  });

  it('says "no devices" for an empty room instead of failing', async () => {
    const { reply } = await call('chat.send', { text: 'what devices are in the pantry?' });
    expect(reply.response).toBe('There are no devices in the Pantry.');
    expect(reply.citations.map((c) => c.name)).toEqual(['Pantry']);
  });

  it('offers the closest names for an unknown room and lists candidates for an ambiguous one', async () => {
    expect((await call('chat.send', { text: 'what devices are in the bedrom?' })).reply.response).toMatch(/couldn't find 'bedrom'.*Master Bedroom/);
    expect((await call('chat.send', { text: "what's in the bedroom?" })).reply.response).toMatch(/^Which one do you mean: Guest Bedroom or Master Bedroom\?$/);
  });

  it('is honest about what it cannot answer', async () => {
    const { reply } = await call('chat.send', { text: 'write me a poem about tea' });
    expect(reply.provider).toBe('none');
    expect(reply.response).toMatch(/can't answer that/);
    expect(reply.citations).toEqual([]);
  });

  it('stores both messages, titles the conversation and pushes events', async () => {
    const seen: PublishedEvent[] = [];
    const sub = t.services.events.onDidPublish((e) => seen.push(e));
    const { conversation, userMessage, reply } = await call('chat.send', { text: 'what devices are in the garage' });
    sub.dispose();
    expect(conversation.title).toBe('what devices are in the garage');
    const messages = await call('chat.getMessages', { conversationId: conversation.id });
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(messages[0]?.id).toBe(userMessage.id);
    expect(messages[1]?.envelope?.message_id).toBe(reply.message_id);
    expect(seen.map((e) => e.name)).toEqual(['chat.didAppendMessage', 'chat.didStreamDelta', 'chat.didAppendMessage']);
  });

  it('keeps conversations across a restart of the services (same data dir)', async () => {
    const { conversation } = await call('chat.send', { text: 'what devices are in the study?' });
    await t.services.dispose();
    const again = await createTestServices({}, t.dataDir);
    const list = await dispatchCall(again.services.handlers, 'chat.listConversations', {}, 'test');
    expect(list.ok && (list.value as Conversation[]).map((c) => c.id)).toEqual([conversation.id]);
    t = again;
  });

  it('/clear empties the conversation; delete removes it', async () => {
    const { conversation } = await call('chat.send', { text: 'what devices are in the study?' });
    await call('chat.send', { conversationId: conversation.id, text: '/clear' });
    const after = await call('chat.getMessages', { conversationId: conversation.id });
    expect(after.map((m) => m.text)).toEqual(['Conversation cleared.']);
    expect(await call('chat.deleteConversation', { id: conversation.id })).toEqual({ deleted: true });
    expect(await call('chat.listConversations', {})).toEqual([]);
  });
});
