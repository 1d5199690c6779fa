// One correlation id per turn, end to end: every event the turn publishes and every log line it writes carries the id
// that the reply envelope (and an error shape) reports, so one grep of the logs finds the whole turn.
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import type { PublishedEvent } from '../../../src-main/api/EventBus';
import type { TurnLogLine } from '../../../src-main/chat/TurnLogger';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { createTestServices, type TestServices } from '../../support/createTestServices';
import { TINY_MODEL_PATH } from '../../support/testModel';

let t: TestServices | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe('correlation ids on a turn', () => {
  it('events and log lines of a failed-over turn all carry the reply envelope correlation id', { timeout: 120_000 }, async () => {
    const server = await useFakeOpenAiServer({ models: ['m'] });
    const lines: TurnLogLine[] = [];
    t = await createTestServices({ turnLog: { write: (line) => lines.push(line) }, llm: { localMaxTokens: 24 } });
    const saved = await dispatchCall(t.services.handlers, 'llm.saveSettings', { remote: { baseUrl: server.baseURL, model: 'm' }, local: { modelPath: TINY_MODEL_PATH, threads: 1, contextSize: 512 } }, 'test');
    expect(saved.ok).toBe(true);
    await server.stop(); // the remote model is down: the turn fails over to the local model
    const seen: PublishedEvent[] = [];
    t.services.events.onDidPublish((e) => e.name.startsWith('chat.') && seen.push(e));
    const result = await dispatchCall(t.services.handlers, 'chat.send', { text: 'tell me a bedtime story about the house' }, 'test');
    if (!result.ok) throw new Error(result.error.message);
    const { reply } = result.value as { reply: { correlation_id: string; provider: string } };
    expect(reply.provider).toBe('local');
    expect(seen.length).toBeGreaterThanOrEqual(3);
    for (const event of seen) expect((event.payload as { correlation_id?: string }).correlation_id).toBe(reply.correlation_id);
    expect(lines.map((l) => l.message)).toEqual(expect.arrayContaining(['turn started', 'model failed over', 'turn answered']));
    for (const line of lines) expect(line.correlation_id).toBe(reply.correlation_id);
  });
});
