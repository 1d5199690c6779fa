// The breaker is exercised through the router and the real openai SDK; the fake server's request log is the proof of
// which calls reached the wire.
import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../../src-main/llm/CircuitBreaker';
import { LlmError } from '../../../src-main/llm/LlmError';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { ask, remoteRouter, testClock } from './remoteRouter';

const fail500 = { kind: 'error', status: 500 } as const;

describe('circuit breaker on the remote provider', () => {
  it('opens after 5 consecutive failed calls (a call = all its retries) and then stops calling the remote model', async () => {
    const server = await useFakeOpenAiServer({ defaultChatReply: fail500 });
    const { router } = remoteRouter(server.baseURL, { mode: 'remote' });
    const first = await router.answer(ask);
    expect(server.chatRequests).toHaveLength(3); // one turn = 3 tries = ONE breaker failure (retries sit inside it)
    expect(first).toMatchObject({ provider: 'none', failure: { kind: 'server', status: 500 } });
    for (let i = 0; i < 3; i++) await router.answer(ask);
    expect(router.getStatus().breaker).toBe('closed');
    const fifth = await router.answer(ask);
    expect(server.chatRequests).toHaveLength(15);
    expect(fifth.failure?.kind).toBe('server');
    expect(router.getStatus()).toMatchObject({ breaker: 'open', remote: 'offline' });
    for (let i = 0; i < 5; i++) {
      const refused = await router.answer(ask);
      expect(refused.failure?.kind).toBe('circuit_open');
      expect(refused.fallback_reason).toMatch(/paused after repeated failures/);
    }
    expect(server.chatRequests).toHaveLength(15);
  });

  it('half-open lets exactly one probe through while concurrent calls are refused, and closes after 3 successes', async () => {
    const server = await useFakeOpenAiServer({ defaultChatReply: fail500 });
    const clock = testClock();
    const { router } = remoteRouter(server.baseURL, { mode: 'remote', clock, maxAttempts: 1 });
    for (let i = 0; i < 5; i++) await router.answer(ask);
    expect(router.getStatus().breaker).toBe('open');
    // The status carries when the next probe is due, so the UI can say "retrying in 60 s" and count down.
    const probeAt = router.getStatus().nextProbeAt;
    expect(probeAt).toBe(clock.now() + 60_000);
    clock.advance(59_999);
    expect(router.getStatus()).toMatchObject({ breaker: 'open', nextProbeAt: probeAt });
    clock.advance(1);
    expect(router.getStatus()).toMatchObject({ breaker: 'half_open', remote: 'degraded', nextProbeAt: null });

    const before = server.chatRequests.length;
    server.scriptChat({ kind: 'stream', tokens: ['probe ok'], firstByteDelayMs: 150 });
    const results = await Promise.all([router.answer(ask), router.answer(ask), router.answer(ask)]);
    expect(server.chatRequests.length - before).toBe(1);
    expect(results.map((r) => r.provider).sort()).toEqual(['none', 'none', 'remote']);
    expect(results.find((r) => r.provider === 'remote')?.text).toBe('probe ok');
    expect(router.getStatus().breaker).toBe('half_open'); // one success is not enough

    server.scriptChat({ kind: 'stream', tokens: ['two'] }, { kind: 'stream', tokens: ['three'] });
    expect((await router.answer(ask)).text).toBe('two');
    expect(router.getStatus().breaker).toBe('half_open');
    expect((await router.answer(ask)).text).toBe('three');
    expect(router.getStatus().breaker).toBe('closed');
  });

  it('a failed probe re-opens the circuit for another full cool-down', async () => {
    const server = await useFakeOpenAiServer({ defaultChatReply: fail500 });
    const clock = testClock();
    const { router } = remoteRouter(server.baseURL, { mode: 'remote', clock, maxAttempts: 1 });
    for (let i = 0; i < 5; i++) await router.answer(ask);
    clock.advance(60_000);
    await router.answer(ask); // the probe fails
    expect(router.getStatus().breaker).toBe('open');
    clock.advance(30_000);
    expect(router.getStatus().breaker).toBe('open');
    router.resetCircuit();
    expect(router.getStatus().breaker).toBe('closed');
  });

  it('401 does not trip the breaker and gives a clear client error; it is not retried', async () => {
    const server = await useFakeOpenAiServer({ defaultChatReply: { kind: 'error', status: 401, message: 'Incorrect API key provided' } });
    const { router } = remoteRouter(server.baseURL, { mode: 'remote' });
    for (let i = 0; i < 7; i++) {
      const answer = await router.answer(ask);
      expect(answer.failure).toMatchObject({ provider: 'remote', kind: 'client', status: 401 });
      expect(answer.fallback_reason).toMatch(/rejected the request.*API key.*401/);
    }
    expect(server.chatRequests).toHaveLength(7);
    expect(router.getStatus().breaker).toBe('closed');
  });

  it('unit: Stop and malformed output are neutral, a success resets the failure count', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2 });
    const fail = (kind: LlmError['kind']) => breaker.execute(() => Promise.reject(new LlmError(kind, kind))).catch(() => undefined);
    await fail('server');
    await fail('aborted');
    await fail('malformed');
    await fail('client');
    expect(breaker.stateName).toBe('closed');
    await breaker.execute(() => Promise.resolve(1));
    await fail('timeout');
    expect(breaker.stateName).toBe('closed');
    await fail('network');
    expect(breaker.stateName).toBe('open');
  });
});
