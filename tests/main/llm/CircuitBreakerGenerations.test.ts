// Calls overlap state changes: a call that started in one state of the circuit and finishes in another must not be
// mistaken for the half-open probe. Controlled promises decide exactly when each call settles.
import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../../src-main/llm/CircuitBreaker';
import { LlmError } from '../../../src-main/llm/LlmError';
import { testClock } from './remoteRouter';

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const failing = (): Promise<never> => Promise.reject(new LlmError('server', '500'));

describe('CircuitBreaker generations', () => {
  it('a call started while closed and finishing during half-open is not the probe: it neither counts nor frees the probe slot', async () => {
    const clock = testClock();
    const breaker = new CircuitBreaker({ failureThreshold: 2, successThreshold: 2, halfOpenAfterMs: 1000, now: clock.now });
    const slowOld = deferred<string>();
    const oldCall = breaker.execute(() => slowOld.promise); // started while closed
    await breaker.execute(failing).catch(() => undefined);
    await breaker.execute(failing).catch(() => undefined);
    expect(breaker.stateName).toBe('open');
    clock.advance(1000);
    expect(breaker.stateName).toBe('half_open');

    const probe = deferred<string>();
    const probeCall = breaker.execute(() => probe.promise);
    expect(breaker.allowsCalls).toBe(false);

    slowOld.resolve('late success');
    await expect(oldCall).resolves.toBe('late success'); // the caller still gets its answer
    // Before generations, this freed the probe slot and counted as the probe's success.
    expect(breaker.allowsCalls).toBe(false);
    await expect(breaker.execute(() => Promise.resolve('second probe'))).rejects.toMatchObject({ kind: 'circuit_open' });

    probe.resolve('probe ok');
    await probeCall;
    expect(breaker.stateName).toBe('half_open'); // 1 of 2 successes: the stale call did not count
    await breaker.execute(() => Promise.resolve('ok'));
    expect(breaker.stateName).toBe('closed');
  });

  it('a stale failure from before a reset does not count against the new closed circuit', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1 });
    const old = deferred<string>();
    const oldCall = breaker.execute(() => old.promise);
    breaker.reset();
    old.reject(new LlmError('network', 'ECONNRESET'));
    await oldCall.catch(() => undefined);
    expect(breaker.stateName).toBe('closed');
  });

  it('a stale call finishing while a later half-open probe is running does not close or re-open the circuit', async () => {
    const clock = testClock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, successThreshold: 1, halfOpenAfterMs: 1000, now: clock.now });
    const old = deferred<string>();
    const oldCall = breaker.execute(() => old.promise);
    await breaker.execute(failing).catch(() => undefined);
    clock.advance(1000);
    const probe = deferred<string>();
    const probeCall = breaker.execute(() => probe.promise);
    old.reject(new LlmError('server', 'late 500'));
    await oldCall.catch(() => undefined);
    expect(breaker.stateName).toBe('half_open'); // not re-opened by the stale failure
    probe.resolve('ok');
    await probeCall;
    expect(breaker.stateName).toBe('closed');
  });
});
