// `goodies server init` and `goodies server` in-process: secrets 0600, JSON logs with correlation ids, /health,
// /metrics, and a graceful stop that checkpoints the SQLite WAL.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { isLoopbackHost, runServerCli } from '../../src-server/cli/runServerCli';
import type { HomeServer } from '../../src-server/startHomeServer';

describe('goodies server CLI', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  const io = (stdin = '', extra: Partial<Parameters<typeof runServerCli>[1]> = {}) => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), readStdin: async () => stdin, stopSignal: new AbortController().signal, ...extra } };
  };

  it('init hashes the admin password and writes a 0600 JWT secret; refuses to overwrite; needs --admin-password-stdin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goodies-srv-cli-'));
    dirs.push(dir);
    const dataDir = join(dir, 'data');
    const first = io('a long enough password\n');
    expect(await runServerCli(['init', '--data-dir', dataDir, '--admin-password-stdin'], first.io)).toBe(0);
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'server.json')).mode & 0o777).toBe(0o600);
    const config = readFileSync(join(dataDir, 'server.json'), 'utf8');
    expect(config).toContain('scrypt$');
    expect(config).not.toContain('a long enough password');
    const again = io('another password');
    expect(await runServerCli(['init', '--data-dir', dataDir, '--admin-password-stdin'], again.io)).toBe(1);
    expect(again.err.join('')).toContain('already set up');
    expect(await runServerCli(['init', '--data-dir', join(dir, 'x')], io().io)).toBe(2);
    expect(await runServerCli(['init', '--data-dir', join(dir, 'y'), '--admin-password-stdin'], io('short').io)).toBe(1);
  });

  it('serves /health and /metrics on 127.0.0.1 with JSON logs and correlation ids, then stops gracefully', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goodies-srv-cli-'));
    dirs.push(dir);
    await runServerCli(['init', '--data-dir', dir, '--admin-password-stdin'], io('a long enough password').io);
    const stop = new AbortController();
    const logs = new PassThrough();
    const lines: string[] = [];
    logs.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
    let server: HomeServer | undefined;
    const running = runServerCli(['--data-dir', dir, '--port', '0'], { ...io().io, stopSignal: stop.signal, logDestination: logs, onListening: (s) => (server = s) });
    await expect.poll(() => server, { timeout: 10_000 }).toBeTruthy();
    expect(server!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${server!.url}/health`, { headers: { 'x-correlation-id': 'turn-42' } });
    expect(await health.json()).toEqual({ status: 'healthy' });
    expect(health.headers.get('x-correlation-id')).toBe('turn-42');
    const login = await fetch(`${server!.url}/api/v1/auth/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password: 'a long enough password' }) });
    expect(login.status).toBe(200);
    const metrics = await (await fetch(`${server!.url}/metrics`)).text();
    expect(metrics).toContain('# TYPE goodies_http_requests_total counter');
    expect(metrics).toMatch(/goodies_http_requests_total\{method="GET",route="\/health",status="200"\} 1/);
    stop.abort();
    expect(await running).toBe(0);
    const parsed = lines.map((l) => JSON.parse(l) as { msg?: string; reqId?: string });
    expect(parsed.some((l) => l.reqId === 'turn-42')).toBe(true);
    expect(parsed.at(-1)?.msg).toBe('stopped');
    // The WAL was checkpointed into server.db on the way out.
    expect(!existsSync(join(dir, 'server.db-wal')) || statSync(join(dir, 'server.db-wal')).size === 0).toBe(true);
    expect(existsSync(join(dir, 'server.db'))).toBe(true);
  });

  it('treats only loopback addresses as private (anything else is bound with a warning)', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'home.example']) expect(isLoopbackHost(host)).toBe(false);
  });
});
