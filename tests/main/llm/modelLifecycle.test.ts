// The local model is never pulled out from under a running generation: settings saves, `/model`, a finished download
// and quitting all wait for (or cleanly stop) the turn in progress. Real llama.cpp with the tiny model; the moment
// of the change is pinned by a promise that resolves on the first streamed token.
import { afterEach, describe, expect, it } from 'vitest';
import { LlmError } from '../../../src-main/llm/LlmError';
import type { LlmAnswer } from '../../../src-main/llm/LlmRouter';
import { createLlmService, type LlmServiceHarness } from './llmServiceHarness';
import { TEST_MODEL_PATH, tinyLocalModel } from './localModel';

let harness: LlmServiceHarness | undefined;
afterEach(async () => {
  await harness?.cleanup();
  harness = undefined;
});

const story = { messages: [{ role: 'user' as const, content: 'Once upon a time there was a long story' }], temperature: 0 };

async function localService(): Promise<LlmServiceHarness> {
  const h = createLlmService({ localMaxTokens: 120 });
  await h.llm.saveSettings({ mode: 'local', local: { modelPath: TEST_MODEL_PATH, threads: 1, contextSize: 512 } });
  return h;
}

/** Starts a turn and resolves `firstToken` when the first token is on screen. */
function startTurn(h: LlmServiceHarness, signal?: AbortSignal): { answer: Promise<LlmAnswer>; firstToken: Promise<void>; settled: () => boolean } {
  let onFirst!: () => void;
  const firstToken = new Promise<void>((resolve) => (onFirst = resolve));
  let done = false;
  const answer = h.llm.answer(story, { onToken: () => onFirst(), ...(signal ? { signal } : {}) }).finally(() => (done = true));
  return { answer, firstToken, settled: () => done };
}

describe('model lifecycle during a turn', { timeout: 60_000 }, () => {
  it('a settings change that replaces the local model applies after the running turn, which finishes normally', async () => {
    harness = await localService();
    const turn = startTurn(harness);
    await turn.firstToken;
    await harness.llm.saveSettings({ local: { threads: 2 } }); // a new local provider is needed
    const answer = await turn.answer;
    expect(answer.failure).toBeNull();
    expect(answer).toMatchObject({ provider: 'local', interrupted: false, stopped: false });
    expect(answer.text.length).toBeGreaterThan(20);
    expect(harness.llm.describeModels()).toMatch(/2 threads/);
    const next = await harness.llm.answer({ ...story, maxTokens: 8 }, {});
    expect(next.failure).toBeNull();
  });

  it('/model (remote model change) and a finished download do not disturb a local generation', async () => {
    harness = await localService();
    const turn = startTurn(harness);
    await turn.firstToken;
    await harness.llm.saveSettings({ remote: { model: 'another-model' } });
    await harness.llm.saveSettings({ local: { modelPath: TEST_MODEL_PATH, contextSize: 256 } }); // as a download does
    const answer = await turn.answer;
    expect(answer.failure).toBeNull();
    expect(answer.interrupted).toBe(false);
  });

  it('dispose cancels the running generation and resolves only after it has settled', async () => {
    harness = await localService();
    const turn = startTurn(harness);
    await turn.firstToken;
    await harness.llm.dispose();
    expect(turn.settled()).toBe(true);
    const answer = await turn.answer;
    expect(answer).toMatchObject({ stopped: true, interrupted: true, failure: null });
  });

  it('LocalLlmProvider.dispose aborts and awaits the generation: the stream ends "aborted", never "Object is disposed"', async () => {
    const local = tinyLocalModel({ maxTokens: 120 });
    let streamEnded = false;
    let error: unknown;
    let disposed: Promise<void> | undefined;
    try {
      for await (const event of local.chat(story, new AbortController().signal)) {
        if (event.type === 'token' && !disposed) disposed = local.dispose();
      }
    } catch (e) {
      error = e;
    } finally {
      streamEnded = true;
    }
    await disposed;
    expect(streamEnded).toBe(true);
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).kind).toBe('aborted');
    await expect(async () => {
      for await (const _ of local.chat(story, new AbortController().signal)) void _;
    }).rejects.toMatchObject({ kind: 'unavailable' });
  });
});
