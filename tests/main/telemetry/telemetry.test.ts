// The telemetry panel's calls over real services: turns are recorded with their timings (first token, total, tools),
// failures are counted, and the diagnostics report names the provider's host but never its API key or the chat text.
import { afterEach, describe, expect, it } from 'vitest';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { ADMIN_PASSWORD, startTestServer } from '../../server/support/testServer';
import { callOk, createTestServices, type TestServices } from '../../support/createTestServices';

const API_KEY = 'sk-test-DO-NOT-LEAK-4f9a8b7c6d5e';
let t: TestServices | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe('telemetry', () => {
  it('records each turn with its timings and tools, newest first, and counts what went wrong', async () => {
    const provider = await useFakeOpenAiServer({ models: ['house-model'], defaultChatReply: { kind: 'stream', tokens: ['Once ', 'upon ', 'a time.'] } });
    t = await createTestServices({ llm: { halfOpenAfterMs: 60_000 } });
    await callOk(t, 'llm.saveSettings', { mode: 'remote', remote: { baseUrl: provider.baseURL, model: 'house-model', apiKey: API_KEY } });

    await callOk(t, 'chat.send', { text: 'what devices are in the kitchen?' });
    await callOk(t, 'chat.send', { text: 'tell me a story about the house' });
    provider.scriptChat({ kind: 'error', status: 500 }, { kind: 'error', status: 500 }, { kind: 'error', status: 500 });
    await callOk(t, 'chat.send', { text: 'tell me another story' });

    const view = await callOk(t, 'telemetry.get', {});
    expect(view.turns).toHaveLength(3);
    const [failedOver, remote, intent] = view.turns;
    expect(intent).toMatchObject({ outcome: 'answered', provider: 'intent-engine' });
    expect(intent!.total_ms).toBeGreaterThan(0);
    expect(intent!.tools.length).toBeGreaterThan(0);
    expect(intent!.tools.every((tool) => typeof tool.duration_ms === 'number')).toBe(true);
    expect(remote).toMatchObject({ outcome: 'answered', provider: 'remote', model: 'house-model', fallback_reason: null });
    expect(remote!.first_token_ms).not.toBeNull();
    expect(failedOver!.fallback_reason).not.toBeNull();
    expect(view.errorCounts.map((e) => e.kind)).toContain(failedOver!.provider === 'none' ? 'no model could answer' : 'answered by a fallback');
    expect(view.model.remote).toEqual({ host: new URL(provider.baseURL).host, model: 'house-model' });
    expect(view.sync).toMatchObject({ State: 'not configured', Server: null, 'Last sync': null, Parked: 0, Conflicts: 0 });
  });

  it('writes a diagnostics report with health, timings and the provider host, and never the API key or what was asked', async () => {
    const provider = await useFakeOpenAiServer({ models: ['house-model'], defaultChatReply: { kind: 'stream', tokens: ['fine'] } });
    t = await createTestServices();
    // The key also sits in the base URL's query and user-info, the way a careless paste would put it.
    const leakyUrl = `${provider.baseURL.replace('://', `://user:${API_KEY}@`)}?api_key=${API_KEY}`;
    await callOk(t, 'llm.saveSettings', { mode: 'remote', remote: { baseUrl: leakyUrl, model: 'house-model', apiKey: API_KEY } });
    await callOk(t, 'chat.send', { text: 'my secret question about the wine cellar' });

    const { report } = await callOk(t, 'telemetry.diagnostics', {});
    expect(report).toMatch(/## Health[\s\S]*Remote circuit: closed/);
    expect(report).toContain(new URL(provider.baseURL).host);
    expect(report).toMatch(/## Recent turns \(1, newest first\)/);
    expect(report).toContain('## Sync and queue\nState: not configured\nServer: –');
    expect(report).not.toContain(API_KEY);
    expect(report).not.toContain(API_KEY.slice(8, 20));
    expect(report).not.toContain('wine cellar');
  });

  it('fills the sync slot from a real home server session: state, server, last sync, queue; the token never in the report', async () => {
    const server = await startTestServer({ name: 'sqlite', databaseUrl: async () => undefined });
    try {
      t = await createTestServices();
      await callOk(t, 'sync.login', { serverUrl: server.url, password: ADMIN_PASSWORD });
      await callOk(t, 'sync.now', {});
      const token = (await t.services.sync.service.session.credentials())?.accessToken ?? '';
      expect(token.length).toBeGreaterThan(20);

      const view = await callOk(t, 'telemetry.get', {});
      expect(view.sync).toMatchObject({ State: 'synced', Server: `${server.url} as admin (admin)`, Parked: 0, Conflicts: 0, 'Last error': null, Digest: 'matched the server' });
      expect(view.sync?.['Last sync']).toMatch(/^\d{4}-\d\d-\d\dT/);
      const { report } = await callOk(t, 'telemetry.diagnostics', {});
      expect(report).toContain(`Server: ${server.url} as admin (admin)`);
      expect(report).toMatch(/Last sync: \d{4}-/);
      expect(report).toContain('Pending changes: 0 entities, 0 relationships');
      expect(report).not.toContain(token);
      expect(report).not.toContain(token.slice(10, 30));

      // The server gone: the last error shows, still without the token.
      await server.stop();
      await expect(callOk(t, 'sync.now', {})).rejects.toThrow();
      const after = await callOk(t, 'telemetry.diagnostics', {});
      expect(after.report).toMatch(/Last error: \w+: /);
      expect(after.report).not.toContain(token);
    } finally {
      await server.stop().catch(() => undefined);
    }
  });

  it('is not for guests', async () => {
    t = await createTestServices({ role: 'guest' });
    await expect(callOk(t, 'telemetry.diagnostics', {})).rejects.toThrow(/forbidden/);
  });
});
