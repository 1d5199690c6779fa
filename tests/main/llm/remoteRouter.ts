// Builds a router whose remote provider talks to a fake server, with a controllable breaker clock and fast backoff.
import { LlmRouter, type LlmRouterOptions } from '../../../src-main/llm/LlmRouter';
import type { LlmProvider } from '../../../src-main/llm/LlmProvider';
import { REMOTE_API_KEY_SECRET, RemoteLlmProvider } from '../../../src-main/llm/RemoteLlmProvider';
import { MemorySecretStore } from './MemorySecretStore';

export interface TestClock {
  now: () => number;
  advance: (ms: number) => void;
}

export function testClock(start = 1_000_000): TestClock {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

export function remoteRouter(
  baseURL: string,
  options: { local?: LlmProvider | null; mode?: LlmRouterOptions['mode']; clock?: TestClock; firstByteTimeoutMs?: number; maxAttempts?: number } = {},
): { router: LlmRouter; remote: RemoteLlmProvider } {
  const remote = new RemoteLlmProvider({ baseURL, model: 'fake-model', secrets: new MemorySecretStore({ [REMOTE_API_KEY_SECRET]: 'sk-test' }) });
  const router = new LlmRouter({
    remote,
    local: options.local ?? null,
    mode: options.mode ?? 'hybrid',
    remotePolicy: {
      baseDelayMs: 5,
      firstByteTimeoutMs: options.firstByteTimeoutMs ?? 2000,
      ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
      breaker: { halfOpenAfterMs: 60_000, ...(options.clock ? { now: options.clock.now } : {}) },
    },
  });
  return { router, remote };
}

export const ask = { messages: [{ role: 'user' as const, content: 'Which lights are on?' }] };
