// Stop through the router against a provider whose stream is held by a controlled promise (like a socket that takes
// a moment to close): the answer must resolve only after the provider has settled, and a token that arrives after
// Stop must not change the returned result.
import { describe, expect, it } from 'vitest';
import type { LlmProvider, LlmStreamEvent } from '../../../src-main/llm/LlmProvider';
import { LlmRouter } from '../../../src-main/llm/LlmRouter';
import { ask } from './remoteRouter';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((res) => (resolve = res));
  return { promise, resolve };
}

class HeldStreamProvider implements LlmProvider {
  readonly id = 'remote' as const;
  readonly model = 'held';
  readonly release = deferred();
  settled = false;

  async *chat(): AsyncIterable<LlmStreamEvent> {
    try {
      yield { type: 'token', text: 'shown ' };
      await this.release.promise; // Stop is pressed while the provider is here; it does not react at once
      yield { type: 'token', text: 'LATE' };
      yield { type: 'done', finishReason: 'stop' };
    } finally {
      this.settled = true;
    }
  }
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('Stop settles and freezes the turn', () => {
  it('answer() resolves only after the provider settled, and late tokens neither reach the UI nor the result', async () => {
    const provider = new HeldStreamProvider();
    const router = new LlmRouter({ remote: provider, mode: 'remote', remotePolicy: { firstByteTimeoutMs: null } });
    const controller = new AbortController();
    const shown: string[] = [];
    let resolved = false;
    const pending = router
      .answer(ask, {
        signal: controller.signal,
        onToken: (text) => {
          shown.push(text);
          controller.abort(); // Stop right after the first token
        },
      })
      .then((answer) => ((resolved = true), answer));
    for (let i = 0; i < 5; i++) await tick();
    expect(controller.signal.aborted).toBe(true);
    expect(resolved).toBe(false); // the provider has not settled yet
    provider.release.resolve();
    const answer = await pending;
    expect(provider.settled).toBe(true);
    expect(answer).toMatchObject({ text: 'shown ', stopped: true, interrupted: true });
    for (let i = 0; i < 5; i++) await tick();
    expect(answer.text).toBe('shown ');
    expect(shown).toEqual(['shown ']);
  });
});
