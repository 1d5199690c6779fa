// Idle-time prefill: after a turn the local model evaluates the conversation so far, so the next turn (a failover
// included) evaluates only its new message. Counted with llama.cpp's token meter on the context sequence, not timers.
import { afterAll, describe, expect, it } from 'vitest';
import type { LlmMessage, LlmRequest } from '../../../src-main/llm/LlmProvider';
import type { LocalLlmProvider } from '../../../src-main/llm/LocalLlmProvider';
import { FakeOpenAiServer } from '../../fakes/FakeOpenAiServer';
import { createLlmService } from './llmServiceHarness';
import { TEST_MODEL_PATH, tinyLocalModel } from './localModel';

const system: LlmMessage = { role: 'system', content: `You answer questions about a house. ${'The hall has a lamp and a door. '.repeat(40)}` };
const context = (label: string): string => `Home graph freshness: ${label}.\nEntities that may be relevant: ${'{"name":"Lamp","power":"on"} '.repeat(6)}`;
const firstTurn: LlmMessage[] = [system, { role: 'user', content: 'is the lamp on?', context: context('as of 10:00') }];
const signal = new AbortController().signal;
const providers: LocalLlmProvider[] = [];
afterAll(async () => {
  for (const p of providers) await p.dispose();
});

function provider(): LocalLlmProvider {
  // No time budget: these tests compare prompts, and a budget would cut the context by how busy the machine is.
  const p = tinyLocalModel({ contextSize: 1024, maxTokens: 16, idleUnloadMs: 0, newMessageBudgetMs: 0 });
  providers.push(p);
  return p;
}

async function answer(local: LocalLlmProvider, messages: LlmMessage[], latencyCritical = false): Promise<string> {
  let text = '';
  for await (const event of local.chat({ messages, temperature: 0, ...(latencyCritical ? { latencyCritical } : {}) }, signal)) if (event.type === 'token') text += event.text;
  return text;
}

/** The next turn as the chat layer sends it: the earlier question without its context, the answer, the new question. */
function secondTurn(reply: string): LlmMessage[] {
  return [system, { role: 'user', content: 'is the lamp on?' }, { role: 'assistant', content: reply }, { role: 'user', content: 'and the door?', context: context('as of 10:05') }];
}

const historyOf = (messages: LlmMessage[]): LlmRequest => ({ messages: messages.slice(0, -1), temperature: 0 });

describe('idle-time prefill of the local context sequence', () => {
  it('after a prefill the next turn evaluates only its new message, and answers as if it had read the history itself', { timeout: 120_000 }, async () => {
    const local = provider();
    const reply = await answer(local, firstTurn);
    const second = secondTurn(reply);
    const prefilled = await local.prefill(historyOf(second));
    expect(prefilled).toBeGreaterThan(0); // the first question without its context, and the reply
    const withPrefill = await answer(local, second);
    const warm = local.lastPromptReuse!;

    // The same turn on a fresh provider that never prefilled: same prompt, same greedy answer.
    const fresh = provider();
    await answer(fresh, firstTurn);
    const withoutPrefill = await answer(fresh, second);
    const plain = fresh.lastPromptReuse!;

    expect(withPrefill).toBe(withoutPrefill);
    expect(warm.promptTokens).toBe(plain.promptTokens); // the history is in the prompt
    // What the fresh provider evaluated in the turn, less the prefilled history (the first question and the reply), is
    // all the prefilled turn had left: its new message.
    expect(warm.newTokens).toBeGreaterThan(0);
    expect(Math.abs(warm.newTokens - (plain.newTokens - prefilled))).toBeLessThanOrEqual(4);
    expect(warm.reusedTokens).toBeGreaterThanOrEqual(plain.reusedTokens + prefilled - 4);
  });

  it('a turn stops a prefill (waiting or between two chunks) and does not wait for the rest of it', { timeout: 120_000 }, async () => {
    const local = provider();
    await local.warmUp();
    const long: LlmMessage[] = [system, { role: 'user', content: 'what is in the hall?' }, { role: 'assistant', content: 'A lamp and a door. '.repeat(20) }];
    const prefill = local.prefill({ messages: long, temperature: 0 });
    const text = await answer(local, [...long, { role: 'user', content: 'and the kitchen?' }]);
    const evaluated = await prefill;
    const turn = local.lastPromptReuse!;
    expect(text.length).toBeGreaterThan(0);
    // The prefill gave up the model: it evaluated less than the whole history, and the turn evaluated the rest.
    expect(evaluated).toBeLessThan(turn.promptTokens - 20);
    expect(turn.newTokens).toBeGreaterThan(turn.promptTokens - evaluated - 8);
  });

  it('the evaluation-time budget caps the new message: with a 1 ms budget it is held at the 48-token floor', { timeout: 120_000 }, async () => {
    // 1 ms is below any real speed, so the cap is the floor whatever the machine's load: no timing in the assertion.
    const local = tinyLocalModel({ contextSize: 1024, maxTokens: 16, idleUnloadMs: 0, newMessageBudgetMs: 1 });
    providers.push(local);
    const reply = await answer(local, firstTurn); // measures the speed (the cap needs a measurement)
    expect(await local.prefill(historyOf(secondTurn(reply)))).toBeGreaterThan(0);
    await answer(local, secondTurn(reply), true); // a failover turn
    const capped = local.lastPromptReuse!;
    expect(capped.newTokens).toBeGreaterThan(0);
    expect(capped.newTokens).toBeLessThanOrEqual(48 + 16); // the message, plus the chat template's tags around it
  });

  it('a turn that is not a failover keeps its grounding context whole, whatever the budget', { timeout: 120_000 }, async () => {
    const local = tinyLocalModel({ contextSize: 1024, maxTokens: 16, idleUnloadMs: 0, newMessageBudgetMs: 1 });
    providers.push(local);
    const reply = await answer(local, firstTurn);
    expect(await local.prefill(historyOf(secondTurn(reply)))).toBeGreaterThan(0);
    await answer(local, secondTurn(reply));
    expect(local.lastPromptReuse!.newTokens).toBeGreaterThan(48 + 16); // the whole context, well over the floor
  });

  it('hybrid with the circuit open: after the idle prefill a failover turn evaluates only its new message', { timeout: 120_000 }, async () => {
    const server = await FakeOpenAiServer.start({ defaultChatReply: { kind: 'error', status: 500 } });
    const harness = createLlmService({ breaker: { failureThreshold: 1 }, remotePolicy: { maxAttempts: 1 }, localMaxTokens: 16 });
    try {
      const { llm } = harness;
      await llm.saveSettings({ mode: 'hybrid', remote: { baseUrl: server.baseURL, model: 'm' }, local: { modelPath: TEST_MODEL_PATH, threads: 1, contextSize: 1024 } });
      expect(await llm.whenLocalReady()).toBe(true);
      // A long first question: without the prefill the next turn would evaluate it again (it lost its context).
      const question = `is the lamp in the hall on, ${'and is the door next to it open or closed, '.repeat(6)}tell me`;
      const turn1: LlmMessage[] = [system, { role: 'user', content: question, context: context('as of 10:00') }];
      const first = await llm.answer({ messages: turn1, temperature: 0 }, {});
      expect(first.provider).toBe('local');
      expect(llm.getStatus().breaker).toBe('open');
      expect(await llm.whenNextTurnPrepared()).toBeGreaterThan(80); // the question and the answer, evaluated while idle

      const sent = server.chatRequests.length;
      const turn2: LlmMessage[] = [system, { role: 'user', content: question }, { role: 'assistant', content: first.text }, { role: 'user', content: 'and the door?' }];
      const second = await llm.answer({ messages: turn2, temperature: 0 }, {});
      expect(second.provider).toBe('local');
      expect(server.chatRequests.length).toBe(sent); // the open circuit sent nothing
      const reuse = llm.localPromptReuse()!;
      expect(reuse.newTokens).toBeGreaterThan(0);
      expect(reuse.newTokens).toBeLessThanOrEqual(40); // "and the door?" with its chat-template tags (a near character-level tokenizer)
      expect(reuse.reusedTokens).toBeGreaterThanOrEqual(reuse.promptTokens - 40);
    } finally {
      await harness.cleanup();
      await server.stop();
    }
  });
});
