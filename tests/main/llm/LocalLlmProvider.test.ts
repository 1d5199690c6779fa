// Real inference with the 260K-parameter test model (gibberish text, but real llama.cpp sampling, grammar and abort).
import { afterAll, describe, expect, it } from 'vitest';
import { LlmError } from '../../../src-main/llm/LlmError';
import type { LlmStreamEvent } from '../../../src-main/llm/LlmProvider';
import { tinyLocalModel } from './localModel';

const local = tinyLocalModel();
afterAll(() => local.dispose());

const tools = [
  { name: 'list_devices', description: 'List the devices in a room', tier: 1 as const, parameters: { type: 'object', properties: { room: { type: 'string', maxLength: 20 } }, required: ['room'] } },
  { name: 'get_state', description: 'Get the state of a device', tier: 1 as const, parameters: { type: 'object', properties: { device: { enum: ['lamp', 'door'] } } } },
  { name: 'unlock_door', description: 'Unlock a door', tier: 3 as const, parameters: { type: 'object', properties: {} } },
];

async function collect(iterable: AsyncIterable<LlmStreamEvent>): Promise<LlmStreamEvent[]> {
  const out: LlmStreamEvent[] = [];
  for await (const event of iterable) out.push(event);
  return out;
}

describe('LocalLlmProvider (node-llama-cpp, tiny model, threads: 1)', () => {
  it('loads lazily and streams tokens', async () => {
    expect(local.isLoaded).toBe(false);
    const events = await collect(local.chat({ messages: [{ role: 'user', content: 'Once upon a time' }], maxTokens: 30 }, new AbortController().signal));
    const tokens = events.filter((e) => e.type === 'token');
    expect(tokens.length).toBeGreaterThan(3);
    expect(events.at(-1)).toMatchObject({ type: 'done' });
    expect(local.isLoaded).toBe(true);
  });

  it('with tools, grammar-constrained output always parses into an answer or a call of an offered read-only tool', async () => {
    const allowed = new Set(['list_devices', 'get_state']);
    for (let i = 0; i < 12; i++) {
      const events = await collect(
        local.chat({ messages: [{ role: 'user', content: `Which lights are on? (${i})` }], tools, maxTokens: 200, temperature: 1 }, new AbortController().signal),
      );
      const call = events.find((e) => e.type === 'tool_call');
      const done = events.at(-1);
      if (call && call.type === 'tool_call') {
        expect(allowed.has(call.name)).toBe(true); // the tier 3 tool is never offered to the local model
        if (call.name === 'list_devices') expect(typeof call.arguments.room).toBe('string');
        if (call.name === 'get_state' && 'device' in call.arguments) expect(['lamp', 'door']).toContain(call.arguments.device);
        expect(done).toMatchObject({ type: 'done', finishReason: 'tool_calls' });
      } else {
        expect(['stop', 'length']).toContain(done?.type === 'done' ? done.finishReason : null);
        expect(events.some((e) => e.type === 'token')).toBe(true);
      }
    }
  });

  it('abort mid-generation stops within 200 ms and throws kind "aborted"', async () => {
    const controller = new AbortController();
    let tokens = 0;
    let abortedAt = 0;
    let lastTokenAt = 0;
    let error: unknown;
    try {
      for await (const event of local.chat({ messages: [{ role: 'user', content: 'Tell a very long story' }], maxTokens: 100_000, temperature: 0.8 }, controller.signal)) {
        if (event.type !== 'token') continue;
        tokens++;
        lastTokenAt = performance.now();
        if (tokens === 20) {
          abortedAt = performance.now();
          controller.abort();
        }
      }
    } catch (e) {
      error = e;
    }
    const stoppedAfterMs = performance.now() - abortedAt;
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).kind).toBe('aborted');
    expect(stoppedAfterMs).toBeLessThan(200);
    expect(lastTokenAt - abortedAt).toBeLessThan(200);
    // The lock is released: the next call works.
    const next = await collect(local.chat({ messages: [{ role: 'user', content: 'Hi' }], maxTokens: 5 }, new AbortController().signal));
    expect(next.at(-1)?.type).toBe('done');
  });

  it('trims a long history to fit the context window instead of failing', async () => {
    const long = 'The little bird sang a song in the tree. '.repeat(40);
    const messages = Array.from({ length: 12 }, (_, i) => ({ role: (i % 2 ? 'assistant' : 'user') as 'user' | 'assistant', content: `${i}: ${long}` }));
    messages.push({ role: 'user', content: 'And then?' });
    const events = await collect(local.chat({ messages, maxTokens: 16 }, new AbortController().signal));
    expect(events.at(-1)?.type).toBe('done');
  });

  it('unloads after the idle period and reloads on the next call; a missing file is "unavailable"', async () => {
    const idle = tinyLocalModel({ idleUnloadMs: 50 });
    try {
      await collect(idle.chat({ messages: [{ role: 'user', content: 'Hi' }], maxTokens: 4 }, new AbortController().signal));
      expect(idle.isLoaded).toBe(true);
      await new Promise((r) => setTimeout(r, 150));
      expect(idle.isLoaded).toBe(false);
      await collect(idle.chat({ messages: [{ role: 'user', content: 'Hi' }], maxTokens: 4 }, new AbortController().signal));
      expect(idle.isLoaded).toBe(true);
    } finally {
      await idle.dispose();
    }
    const missing = tinyLocalModel({ modelPath: '/nonexistent/model.gguf' });
    await expect(collect(missing.chat({ messages: [{ role: 'user', content: 'Hi' }] }, new AbortController().signal))).rejects.toMatchObject({ kind: 'unavailable' });
  });
});
