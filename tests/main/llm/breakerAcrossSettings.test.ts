// The circuit is about a provider's address, not about the router object: saving unrelated settings must not
// silently close an open circuit. And one failed turn (all its retries) is one breaker failure.
import { afterEach, describe, expect, it } from 'vitest';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { createLlmService, type LlmServiceHarness } from './llmServiceHarness';
import { ask, remoteRouter } from './remoteRouter';

let harness: LlmServiceHarness | undefined;
afterEach(async () => {
  await harness?.cleanup();
  harness = undefined;
});

const fail500 = { kind: 'error', status: 500 } as const;

describe('breaker state across settings changes', () => {
  it('an open circuit stays open when the model, key or local settings change; a new base URL starts closed', async () => {
    const server = await useFakeOpenAiServer({ defaultChatReply: fail500 });
    harness = createLlmService({ remotePolicy: { maxAttempts: 1, baseDelayMs: 1 } });
    const { llm } = harness;
    await llm.saveSettings({ mode: 'remote', remote: { baseUrl: server.baseURL, model: 'house-model' } });
    for (let i = 0; i < 5; i++) await llm.answer(ask, {});
    expect(llm.getStatus().breaker).toBe('open');

    await llm.saveSettings({ remote: { model: 'other-model' } });
    expect(llm.getStatus().breaker).toBe('open');
    await llm.saveSettings({ remote: { apiKey: 'sk-new' } });
    expect(llm.getStatus().breaker).toBe('open');
    await llm.saveSettings({ local: { threads: 2 } });
    expect(llm.getStatus().breaker).toBe('open');
    const refused = server.chatRequests.length;
    await llm.answer(ask, {});
    expect(server.chatRequests.length).toBe(refused); // still refused locally, nothing reached the wire

    const other = await useFakeOpenAiServer({ defaultChatReply: { kind: 'stream', tokens: ['fresh'] } });
    await llm.saveSettings({ remote: { baseUrl: other.baseURL } });
    expect(llm.getStatus().breaker).toBe('closed');
    expect((await llm.answer(ask, {})).text).toBe('fresh');
  });

  it('retries sit inside the breaker: a turn whose 3 tries all fail is one breaker failure', async () => {
    const server = await useFakeOpenAiServer({ defaultChatReply: fail500 });
    const { router } = remoteRouter(server.baseURL, { mode: 'remote' });
    for (let turn = 1; turn <= 4; turn++) {
      await router.answer(ask);
      expect(server.chatRequests).toHaveLength(turn * 3);
      expect(router.getStatus().breaker).toBe('closed');
    }
    await router.answer(ask); // the 5th failed turn opens it
    expect(server.chatRequests).toHaveLength(15);
    expect(router.getStatus().breaker).toBe('open');
  });
});
