// Model settings through the contract: the key stays in main, a GGUF downloads from a URL (a real HTTP server on
// loopback serving the test model) with progress events, and becomes the local model.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import type { CallArgs, CallName, CallResult, ModelDownloadProgressView } from '../../../src-preload/contract';
import { createTestServices, type TestServices } from '../../support/createTestServices';
import { TINY_MODEL_PATH } from '../../support/testModel';

let t: TestServices | undefined;
let server: http.Server | undefined;
afterEach(async () => {
  await t?.cleanup();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  t = undefined;
  server = undefined;
});

async function call<K extends CallName>(name: K, args: CallArgs<K>) {
  if (!t) throw new Error('no services');
  return dispatchCall(t.services.handlers, name, args, 'test') as Promise<{ ok: true; value: CallResult<K> } | { ok: false; error: { type: string; message: string } }>;
}

async function serveModel(): Promise<string> {
  const bytes = readFileSync(TINY_MODEL_PATH);
  server = http.createServer((req, res) => {
    if (req.url !== '/models/tiny.gguf') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
    // Several chunks, so progress is reported more than once.
    const chunk = 64 * 1024;
    for (let i = 0; i < bytes.length; i += chunk) res.write(bytes.subarray(i, i + chunk));
    res.end();
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/models/tiny.gguf`;
}

describe('model settings and download through the contract', () => {
  it('downloads a GGUF with progress and a checksum, then uses it as the local model', async () => {
    const url = await serveModel();
    t = await createTestServices();
    const progress: ModelDownloadProgressView[] = [];
    t.services.events.onDidPublish((e) => e.name === 'llm.downloadProgress' && progress.push(e.payload as ModelDownloadProgressView));
    const sha256 = createHash('sha256').update(readFileSync(TINY_MODEL_PATH)).digest('hex');
    const result = await call('llm.downloadModel', { url, sha256 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sizeBytes).toBe(readFileSync(TINY_MODEL_PATH).length);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)?.percent).toBe(100);
    const settings = await call('llm.getSettings', {});
    expect(settings.ok && settings.value.local.modelPath).toBe(result.value.path);
    expect((await call('status.get', {})).ok).toBe(true);
  });

  it('refuses a wrong checksum and keeps the settings unchanged', async () => {
    const url = await serveModel();
    t = await createTestServices();
    const result = await call('llm.downloadModel', { url, sha256: '0'.repeat(64) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/sha256|checksum/i);
    const settings = await call('llm.getSettings', {});
    expect(settings.ok && settings.value.local.modelPath).toBeNull();
  });

  it('validates settings: a missing model file and a non-http base URL are refused', async () => {
    t = await createTestServices();
    const missing = await call('llm.saveSettings', { local: { modelPath: '/nowhere/model.gguf' } });
    expect(!missing.ok && missing.error.type).toBe('validation');
    const ftp = await call('llm.saveSettings', { remote: { baseUrl: 'ftp://example.test/v1' } });
    expect(!ftp.ok && ftp.error.type).toBe('validation');
    const settings = await call('llm.getSettings', {});
    expect(settings.ok && settings.value.remote.baseUrl).toBeNull();
  });

  it('a guest cannot change model settings', async () => {
    t = await createTestServices({ role: 'guest' });
    const result = await call('llm.saveSettings', { mode: 'local' });
    expect(!result.ok && result.error.type).toBe('forbidden');
  });
});
