import { describe, expect, it, vi } from 'vitest';
import { HealthMonitor, type HealthSnapshot } from '../../../src-main/llm/HealthMonitor';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { REMOTE_API_KEY_SECRET, RemoteLlmProvider } from '../../../src-main/llm/RemoteLlmProvider';
import { MemorySecretStore } from './MemorySecretStore';

function monitorFor(baseURL: string, options: { intervalMs?: number; slowMs?: number } = {}): HealthMonitor {
  const remote = new RemoteLlmProvider({ baseURL, model: 'm', secrets: new MemorySecretStore({ [REMOTE_API_KEY_SECRET]: 'k' }) });
  return new HealthMonitor({ probe: (signal) => remote.listModels(signal), intervalMs: options.intervalMs ?? 60_000, slowMs: options.slowMs ?? 500, probeTimeoutMs: 1000 });
}

describe('HealthMonitor (GET /models on the fake server)', () => {
  it('classifies healthy, degraded (slow, 5xx, 429) and offline, firing onDidChange only on changes', async () => {
    const server = await useFakeOpenAiServer();
    // Generous margins: this runs on a loaded 2-core machine, where a first HTTP call can take 100+ ms.
    const monitor = monitorFor(server.baseURL, { slowMs: 400 });
    const changes: HealthSnapshot['state'][] = [];
    monitor.onDidChange((s) => changes.push(s.state));
    expect((await monitor.checkNow()).state).toBe('healthy');
    expect((await monitor.checkNow()).state).toBe('healthy');
    server.scriptModels({ kind: 'ok', delayMs: 900 }, { kind: 'error', status: 503 }, { kind: 'error', status: 429, headers: { 'retry-after': '1' } });
    const slow = await monitor.checkNow();
    expect(slow.state).toBe('degraded');
    expect(slow.error).toMatch(/slow/);
    expect((await monitor.checkNow()).state).toBe('degraded');
    expect((await monitor.checkNow()).state).toBe('degraded');
    await server.stop();
    expect((await monitor.checkNow()).state).toBe('offline');
    expect(changes).toEqual(['healthy', 'degraded', 'offline']);
    monitor.dispose();
  });

  it('probes on its interval and at once on a network change; overlapping probes are coalesced', async () => {
    const server = await useFakeOpenAiServer();
    const monitor = monitorFor(server.baseURL, { intervalMs: 100 });
    const startedAt = performance.now();
    monitor.start();
    await vi.waitFor(() => expect(server.requests.length).toBeGreaterThanOrEqual(3), { timeout: 3000, interval: 10 });
    // Three probes (one at start, then one per interval) cannot come sooner than two intervals.
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(195);
    const [a, b] = [monitor.checkNow(), monitor.checkNow()];
    expect(a).toBe(b);
    await a;
    const before = server.requests.length;
    monitor.notifyNetworkChanged();
    await vi.waitFor(() => expect(server.requests.length).toBe(before + 1), { timeout: 1000, interval: 5 });
    monitor.dispose();
    const after = server.requests.length;
    await new Promise((r) => setTimeout(r, 250));
    expect(server.requests.length).toBe(after);
    expect(monitor.state).toBe('healthy');
  });
});
