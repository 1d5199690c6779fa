// Hybrid mode with the remote circuit OPEN: the turn goes straight to the local model, which is already loaded.
// Nothing waits on the remote: the fake server would hang any request for good (and the first-byte timeout is 10
// minutes), so a turn that touched the wire would never finish; the server's request log proves none was sent.
import { afterEach, describe, expect, it } from 'vitest';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { createLlmService, type LlmServiceHarness } from './llmServiceHarness';
import { TEST_MODEL_PATH, tinyLocalModel } from './localModel';

let harness: LlmServiceHarness | undefined;
afterEach(async () => {
  await harness?.cleanup();
  harness = undefined;
});

const ask = { messages: [{ role: 'user' as const, content: 'Once upon a time' }], maxTokens: 8, temperature: 0 };
const afterTimersDue = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('hybrid failover with an open circuit', { timeout: 60_000 }, () => {
  it('sends nothing to the remote, answers from the local model, which hybrid mode preloaded', async () => {
    const server = await useFakeOpenAiServer({ defaultChatReply: { kind: 'error', status: 500 } });
    harness = createLlmService({ breaker: { failureThreshold: 1 }, remotePolicy: { maxAttempts: 1, firstByteTimeoutMs: 600_000 } });
    const { llm } = harness;
    await llm.saveSettings({ mode: 'hybrid', remote: { baseUrl: server.baseURL, model: 'm' }, local: { modelPath: TEST_MODEL_PATH, threads: 1, contextSize: 512 } });
    expect(await llm.whenLocalReady()).toBe(true); // loaded before any turn asked for it

    const failing = await llm.answer(ask, {});
    expect(failing).toMatchObject({ provider: 'local', failure: { provider: 'remote', kind: 'server' } });
    expect(llm.getStatus().breaker).toBe('open');
    const sent = server.chatRequests.length;
    expect(sent).toBe(1);

    server.scriptChat({ kind: 'hang' }, { kind: 'hang' });
    for (let turn = 0; turn < 2; turn++) {
      const answer = await llm.answer(ask, {});
      expect(answer).toMatchObject({ provider: 'local', interrupted: false, failure: { provider: 'remote', kind: 'circuit_open' } });
      expect(answer.first_token_ms).not.toBeNull();
    }
    expect(server.chatRequests).toHaveLength(sent);
  });

  it('remote mode does not preload the local model; switching to hybrid does', async () => {
    harness = createLlmService();
    const { llm } = harness;
    await llm.saveSettings({ mode: 'remote', local: { modelPath: TEST_MODEL_PATH, threads: 1, contextSize: 512 } });
    expect(await llm.whenLocalReady()).toBe(false);
    await llm.setMode('hybrid');
    expect(await llm.whenLocalReady()).toBe(true);
  });
});

describe('LocalLlmProvider keep-loaded', { timeout: 60_000 }, () => {
  it('is not unloaded when idle while kept loaded; the idle countdown starts again when released', async () => {
    const local = tinyLocalModel({ idleUnloadMs: 1 });
    try {
      local.setKeepLoaded(true);
      for await (const _ of local.chat(ask, new AbortController().signal)) void _;
      await afterTimersDue(20); // a 1 ms idle timer set before this one would have fired by now
      expect(local.isLoaded).toBe(true);
      local.setKeepLoaded(false);
      await afterTimersDue(20);
      expect(local.isLoaded).toBe(false);
    } finally {
      await local.dispose();
    }
  });
});
