// A conversation's own persona and model reach the model (the fake provider's request log is the proof), and the
// conversation search narrows by date, by which side answered and by a cited entity.
import { afterEach, describe, expect, it } from 'vitest';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { callOk, createTestServices, type TestServices } from '../../support/createTestServices';

let t: TestServices | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

interface ChatBody { model: string; messages: Array<{ role: string; content: string | null }> }

describe('per-conversation persona and model', () => {
  it('uses the conversation’s own system prompt and model for its turns, and the defaults elsewhere', async () => {
    const provider = await useFakeOpenAiServer({ models: ['house-model', 'pirate-model'], defaultChatReply: { kind: 'stream', tokens: ['Arr.'] } });
    t = await createTestServices();
    await callOk(t, 'llm.saveSettings', { mode: 'remote', remote: { baseUrl: provider.baseURL, model: 'house-model' } });
    const pirate = await callOk(t, 'chat.createConversation', {});
    const plain = await callOk(t, 'chat.createConversation', {});
    const saved = await callOk(t, 'chat.setConversationSettings', { id: pirate.id, systemPrompt: '  Talk like a pirate.  ', model: 'pirate-model' });
    expect(saved).toMatchObject({ system_prompt: 'Talk like a pirate.', model: 'pirate-model' });
    expect((await callOk(t, 'chat.listConversations', {})).find((c) => c.id === pirate.id)).toMatchObject({ model: 'pirate-model' });

    const turn = await callOk(t, 'chat.send', { conversationId: pirate.id, text: 'tell me a story about the sea' });
    const pirateBody = provider.chatRequests.at(-1)!.body as ChatBody;
    expect(pirateBody.model).toBe('pirate-model');
    expect(pirateBody.messages[0]!.content).toContain('Talk like a pirate.');
    expect(turn.reply).toMatchObject({ provider: 'remote', model: 'pirate-model' });

    await callOk(t, 'chat.send', { conversationId: plain.id, text: 'tell me a story about the garden' });
    const plainBody = provider.chatRequests.at(-1)!.body as ChatBody;
    expect(plainBody.model).toBe('house-model');
    expect(plainBody.messages[0]!.content).not.toContain('pirate');

    // Blank goes back to the defaults.
    const cleared = await callOk(t, 'chat.setConversationSettings', { id: pirate.id, systemPrompt: ' ', model: null });
    expect(cleared.system_prompt).toBeUndefined();
    expect(cleared.model).toBeUndefined();
  });
});

describe('search filters', () => {
  it('narrows by date, by local or remote answers (questions through their replies) and by a cited entity', async () => {
    const provider = await useFakeOpenAiServer({ models: ['house-model'], defaultChatReply: { kind: 'stream', tokens: ['The ', 'zebra ', 'story.'] } });
    t = await createTestServices();
    await callOk(t, 'llm.saveSettings', { mode: 'hybrid', remote: { baseUrl: provider.baseURL, model: 'house-model' } });
    // Answered locally by the intent engine, citing the kitchen's devices.
    const local = await callOk(t, 'chat.send', { text: 'what devices are in the kitchen?' });
    const citation = local.reply.citations[0];
    expect(local.reply.mode).toBe('local');
    expect(local.reply.response).toMatch(/kitchen/i);
    expect(citation).toBeDefined();
    // Answered by the remote model (its reply does not say "kitchen"; the question does).
    const remote = await callOk(t, 'chat.send', { text: 'tell me a story about a zebra in the kitchen' });
    expect(remote.reply.mode).toBe('remote');

    const ids = async (filters: object) => (await callOk(t, 'chat.searchMessages', { query: 'kitchen', filters })).map((h) => h.message_id).sort();
    const all = await ids({});
    const localPair = [local.userMessage.id, local.reply.message_id].sort();
    expect(all).toEqual([...localPair, remote.userMessage.id].sort());
    expect(await ids({ source: 'remote' })).toEqual([remote.userMessage.id]);
    expect(await ids({ source: 'local' })).toEqual(localPair);
    expect(await ids({ entityId: citation!.entity_id })).toEqual(localPair);
    expect(await ids({ entityId: citation!.entity_id, source: 'remote' })).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect(await ids({ from: today, to: today })).toEqual(all);
    expect(await ids({ to: '2000-01-01' })).toEqual([]);
    expect(await ids({ from: '2999-01-01' })).toEqual([]);
  });

  it('refuses a malformed day instead of guessing', async () => {
    t = await createTestServices();
    await expect(callOk(t, 'chat.searchMessages', { query: 'x', filters: { from: 'yesterday' } })).rejects.toThrow(/validation/);
  });
});
