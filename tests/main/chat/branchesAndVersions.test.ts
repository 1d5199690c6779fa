// Edit → branch and Regenerate → version through the contract, with the real openai SDK against the fake
// OpenAI-compatible server: the model's history follows the active branch, and a retry never stores the question twice.
import { afterEach, expect, it } from 'vitest';
import type { CallArgs, CallName, CallResult } from '../../../src-preload/contract';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { callOk, createTestServices, type TestServices } from '../../support/createTestServices';

let t: TestServices | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const call = <K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> => callOk(t, name, args);

type Body = { messages: Array<{ role: string; content: string }> };

it('regenerates a reply as a new version, edits a question into a branch, and the model sees only the active branch', async () => {
  const server = await useFakeOpenAiServer({ models: ['m'] });
  server.scriptChat(
    { kind: 'stream', tokens: ['First ', 'poem.'] },
    { kind: 'stream', tokens: ['Second ', 'poem.'] },
    { kind: 'stream', tokens: ['About ', 'tea.'] },
    { kind: 'stream', tokens: ['About ', 'coffee.'] },
  );
  t = await createTestServices();
  await call('llm.saveSettings', { remote: { baseUrl: server.baseURL, model: 'm' } });
  const first = await call('chat.send', { text: 'write me a poem please' });
  const conversationId = first.conversation.id;
  const again = await call('chat.regenerate', { conversationId, messageId: first.reply.message_id });
  expect(again.reply.response).toBe('Second poem.');
  let page = await call('chat.getMessagePage', { conversationId });
  expect(page.messages.map((m) => m.text)).toEqual(['write me a poem please', 'Second poem.']);
  expect(page.messages[1]?.siblings).toEqual([first.reply.message_id, again.reply.message_id]);
  // The regenerated request carried the question once, and not the first version.
  const regenBody = server.chatRequests[1]?.body as Body;
  // (The question sits at the end of the last user message, after the per-turn context: see buildLlmMessages.)
  expect(regenBody.messages.filter((m) => m.content.includes('write me a poem please'))).toHaveLength(1);
  expect(regenBody.messages.some((m) => m.content.includes('First poem.'))).toBe(false);

  const tea = await call('chat.send', { conversationId, text: 'now one about tea' });
  const coffee = await call('chat.send', { conversationId, text: 'now one about coffee', editOf: tea.userMessage.id });
  expect(coffee.userMessage.parent_id).toBe(tea.userMessage.parent_id);
  const editBody = server.chatRequests[3]?.body as Body;
  expect(editBody.messages.some((m) => m.content.includes('now one about tea'))).toBe(false);
  expect(editBody.messages.map((m) => m.content)).toContain('Second poem.');

  page = await call('chat.getMessagePage', { conversationId });
  expect(page.messages.map((m) => m.text)).toEqual(['write me a poem please', 'Second poem.', 'now one about coffee', 'About coffee.']);
  expect(page.messages[2]?.siblings).toEqual([tea.userMessage.id, coffee.userMessage.id]);
  page = await call('chat.selectBranch', { conversationId, messageId: tea.userMessage.id });
  expect(page.messages.map((m) => m.text)).toEqual(['write me a poem please', 'Second poem.', 'now one about tea', 'About tea.']);
  page = await call('chat.selectBranch', { conversationId, messageId: first.reply.message_id });
  expect(page.messages.map((m) => m.text)).toEqual(['write me a poem please', 'First poem.']);
  expect((await call('chat.listConversations', {}))[0]?.message_count).toBe(7);
});

it('finds a word from an old message across conversations, with the snippet marked', async () => {
  t = await createTestServices();
  const a = await call('chat.send', { text: 'what is the thermostat set to?' });
  await call('chat.send', { text: 'what devices are in the kitchen?' });
  const hits = await call('chat.searchMessages', { query: 'thermo' });
  expect(hits.every((h) => h.conversation_id === a.conversation.id)).toBe(true);
  const question = hits.find((h) => h.message_id === a.userMessage.id);
  expect(question?.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['thermostat']);
  for (const query of ['"', '-lights', 'AND', '*', '']) expect(Array.isArray(await call('chat.searchMessages', { query }))).toBe(true);
});
