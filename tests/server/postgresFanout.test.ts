// Two home-server processes on one PostgreSQL: a push to one wakes a WebSocket client of the other (LISTEN/NOTIFY),
// and both serve the same data. Uses the built server (out/cli/server.js, built by `npm test` before vitest); when it
// is not built, two in-process servers with separate pools and LISTEN connections stand in, and the test says so.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { initServerDataDir } from '../../src-server/config/serverDataDir';
import { startHomeServer, type HomeServer } from '../../src-server/startHomeServer';
import type { SyncResponse } from '../../src-shared/protocol/inbetweeniesSync';
import { postgresUnavailableReason, startPostgres, type TestPostgres } from './support/startPostgres';
import { entity, syncBody, versionAt } from './support/testServer';

const reason = postgresUnavailableReason();
if (reason) console.warn(`PostgreSQL fan-out test skipped: ${reason}`);
const builtServer = resolve(__dirname, '../../out/cli/server.js');
const PASSWORD = 'fan-out admin password';

interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

async function spawnServer(dataDir: string, databaseUrl: string): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, [builtServer, 'server', '--data-dir', dataDir, '--port', '0', '--database', databaseUrl, '--log-level', 'info'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${buffer}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(buffer);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${buffer}`)));
  });
  return {
    url,
    stop: () => new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    }),
  };
}

async function inProcessServer(dataDir: string, databaseUrl: string): Promise<RunningServer> {
  const server: HomeServer = await startHomeServer({ dataDir, databaseUrl, port: 0, logger: false });
  return { url: server.url, stop: () => server.close() };
}

describe.skipIf(reason !== undefined)('two server processes on one PostgreSQL', () => {
  let pg: TestPostgres;
  let dataDir: string;
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    pg = await startPostgres();
    const databaseUrl = await pg.createDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'goodies-fanout-'));
    await initServerDataDir(dataDir, PASSWORD);
    const start = existsSync(builtServer) ? spawnServer : inProcessServer;
    if (!existsSync(builtServer)) console.warn('out/cli/server.js is not built: using two in-process servers instead of two processes');
    // One at a time: both run the migrations, and the second must find them applied.
    servers.push(await start(dataDir, databaseUrl));
    servers.push(await start(dataDir, databaseUrl));
  }, 90_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await pg?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('a push to one wakes a WebSocket client of the other within a second, and both serve the same data', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const login = await fetch(`${a.url}/api/v1/auth/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password: PASSWORD }) });
    const { access_token: token } = (await login.json()) as { access_token: string };
    const socket = new WebSocket(`${b.url.replace('http', 'ws')}/api/v1/chat/ws?token=${token}`);
    const received: Array<{ type: string; scope?: string; at: number }> = [];
    socket.on('message', (data) => received.push({ ...(JSON.parse(String(data)) as { type: string }), at: Date.now() }));
    await new Promise((ok, fail) => socket.once('open', ok).once('error', fail));
    await expect.poll(() => received.some((m) => m.type === 'hello')).toBe(true);

    const pushedAt = Date.now();
    const push = await fetch(`${a.url}/api/v1/sync/`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(syncBody([{ change_type: 'create', entity: entity('fan', versionAt(pushedAt)), relationships: [] }])) });
    expect(((await push.json()) as SyncResponse).applied).toEqual(['fan']);
    await expect.poll(() => received.find((m) => m.type === 'pull_now'), { timeout: 1000, interval: 20 }).toMatchObject({ scope: 'graph' });
    expect(received.find((m) => m.type === 'pull_now')!.at - pushedAt).toBeLessThan(1000);

    const pull = await fetch(`${b.url}/api/v1/sync/`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(syncBody()) });
    expect(((await pull.json()) as SyncResponse).changes.map((c) => c.entity?.id)).toEqual(['fan']);
    socket.close();
  });
});
