// Settings opened while the core is out of reach (browser mode before its WebSocket is up) must not sit on an error
// until someone presses Retry: a retryable failure is tried again by itself and the fields appear once the core
// answers; a failure that retrying cannot mend is shown at once, and the tries are bounded.
import { describe, expect, it } from 'vitest';
import type { LlmSettingsView } from '../../src-preload/contract';
import type { AppErrorShape } from '../../src-shared/errors';
import { BridgeError } from '../../src-renderer/bridge/BridgeError';
import type { Call } from '../../src-renderer/bridge/createCall';
import { createLlmSettingsStore } from '../../src-renderer/features/settings/llmSettingsStore';

const settings = { mode: 'auto', remote: { baseUrl: 'http://127.0.0.1:11434/v1' } } as unknown as LlmSettingsView;
const unreachable: AppErrorShape = { type: 'unavailable', message: 'Cannot reach the Goodies core.', retryable: true, correlation_id: '' };
const refused: AppErrorShape = { type: 'forbidden', message: 'Not allowed.', retryable: false, correlation_id: 'c1' };

/** A bridge that fails `llm.getSettings` with the given errors, in order, then answers. */
function failingThen(errors: AppErrorShape[]) {
  let calls = 0;
  const call = (async (name: string) => {
    expect(name).toBe('llm.getSettings');
    const error = errors[calls++];
    if (error) throw new BridgeError(error);
    return settings;
  }) as unknown as Call;
  return { call, calls: () => calls };
}

describe('settings load', () => {
  it('tries a retryable failure again by itself and shows the settings once the core answers', async () => {
    const bridge = failingThen([unreachable, unreachable]);
    const store = createLlmSettingsStore(bridge.call, { loadRetryMs: 1 });
    await store.getState().load();
    expect(bridge.calls()).toBe(3);
    expect(store.getState()).toMatchObject({ settings, loadError: null });
  });

  it('shows a failure that retrying cannot mend at once, without trying again', async () => {
    const bridge = failingThen([refused]);
    const store = createLlmSettingsStore(bridge.call, { loadRetryMs: 1 });
    await store.getState().load();
    expect(bridge.calls()).toBe(1);
    expect(store.getState()).toMatchObject({ settings: null, loadError: refused });
  });

  it('stops after a few tries and leaves the error (with its Retry) on screen', async () => {
    const bridge = failingThen(Array.from({ length: 10 }, () => unreachable));
    const store = createLlmSettingsStore(bridge.call, { loadRetryMs: 1 });
    await store.getState().load();
    expect(bridge.calls()).toBe(4);
    expect(store.getState()).toMatchObject({ settings: null, loadError: unreachable });
  });
});
