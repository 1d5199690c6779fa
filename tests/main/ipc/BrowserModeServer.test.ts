// Browser mode over a real socket: the token and origin gates, the message validation, event forwarding and the
// static file server's traversal guard. Real server on 127.0.0.1:0, real `ws` client.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { EventBus } from '../../../src-main/api/EventBus';
import type { CallHandlers } from '../../../src-main/api/CallHandlers';
import { startBrowserModeServer, type BrowserModeServer } from '../../../src-main/ipc/BrowserModeServer';
import { stubHandlers } from './stubHandlers';

function handlersFor(dataDir: string): CallHandlers {
  return stubHandlers({
    'app.getInfo': async () => ({ version: '9.9.9', runtime: 'browser', dataDir, user: { id: 'me', role: 'admin' } }),
  });
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http keeps the path byte-for-byte (fetch would normalise `/../`), which is what a hostile client sends. */
function rawGet(port: number, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('open', () => {
      resolve(101);
      ws.close();
    });
    ws.on('error', (error) => reject(error));
  });
}

class TestClient {
  private nextId = 1;
  readonly received: Array<Record<string, unknown>> = [];
  private waiters: Array<() => void> = [];
  closeCode: number | undefined;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.received.push(JSON.parse(String(data)) as Record<string, unknown>);
      for (const w of this.waiters.splice(0)) w();
    });
    ws.on('close', (code) => {
      this.closeCode = code;
      for (const w of this.waiters.splice(0)) w();
    });
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<TestClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      ws.once('open', () => resolve(new TestClient(ws)));
      ws.once('error', reject);
    });
  }

  async waitFor(predicate: (m: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
    for (;;) {
      const found = this.received.find(predicate);
      if (found) return found;
      if (this.closeCode !== undefined) throw new Error(`closed with ${this.closeCode}`);
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  async call(name: string, args: unknown): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ t: 'call', id, name, args }));
    const message = await this.waitFor((m) => m.t === 'result' && m.id === id);
    return message.result as Record<string, unknown>;
  }

  async closed(): Promise<number> {
    while (this.closeCode === undefined) await new Promise<void>((r) => this.waiters.push(r));
    return this.closeCode;
  }
}

describe('startBrowserModeServer', () => {
  let dir: string;
  let rendererDir: string;
  let events: EventBus;
  let server: BrowserModeServer;
  const clients: TestClient[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'goodies-browser-'));
    rendererDir = join(dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Goodies</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body{}');
    writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
    events = new EventBus();
    server = await startBrowserModeServer({ handlers: handlersFor(dir), events, rendererDir, host: '127.0.0.1', port: 0 });
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.ws.terminate();
    await server.dispose();
    events.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const wsUrl = (token: string): string => `ws://127.0.0.1:${server.port}/ws?token=${encodeURIComponent(token)}`;
  const connect = async (headers: Record<string, string> = {}): Promise<TestClient> => {
    const client = await TestClient.open(wsUrl(server.token), headers);
    clients.push(client);
    return client;
  };

  it('hands out a loopback URL with a fresh random token in the fragment', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const other = await startBrowserModeServer({ handlers: handlersFor(dir), events, rendererDir, port: 0 });
    expect(other.token).not.toBe(server.token);
    await other.dispose();
  });

  it('refuses upgrades with a missing or wrong token (401) and a foreign origin (403)', async () => {
    expect(await upgradeStatus(`ws://127.0.0.1:${server.port}/ws`)).toBe(401);
    expect(await upgradeStatus(wsUrl(`${server.token}x`))).toBe(401);
    expect(await upgradeStatus(wsUrl(server.token.slice(0, -1)))).toBe(401);
    expect(await upgradeStatus(wsUrl(server.token), { Origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus(wsUrl(server.token), { Origin: `http://127.0.0.1:${server.port + 1}` })).toBe(403);
    expect(await upgradeStatus(wsUrl(server.token), { Host: `evil.example:${server.port}` })).toBe(403);
    expect(await upgradeStatus(`ws://127.0.0.1:${server.port}/other?token=${server.token}`)).toBe(404);
    expect(await upgradeStatus(wsUrl(server.token), { Origin: server.origin })).toBe(101);
  });

  it('answers a call through the contract boundary', async () => {
    const client = await connect({ Origin: server.origin });
    const result = await client.call('app.getInfo', {});
    expect(result).toEqual({ ok: true, value: { version: '9.9.9', runtime: 'browser', dataDir: dir, user: { id: 'me', role: 'admin' } } });
  });

  it('returns the error shape for unknown calls, bad arguments and failing handlers', async () => {
    const client = await connect();
    const unknown = await client.call('app.selfDestruct', {});
    expect(unknown).toMatchObject({ ok: false, error: { type: 'unknown_call', retryable: false } });
    expect((unknown.error as { correlation_id: string }).correlation_id).toMatch(/[0-9a-f-]{36}/);
    const badArgs = await client.call('app.getInfo', { extra: true });
    expect(badArgs).toMatchObject({ ok: false, error: { type: 'validation' } });
    const failing = await client.call('home.getTree', {});
    expect(failing).toMatchObject({ ok: false, error: { type: 'unavailable', message: 'not in this test', retryable: true } });
  });

  it('answers a malformed message that carries an id with a validation error, and stays open', async () => {
    const client = await connect();
    client.ws.send(JSON.stringify({ t: 'call', id: 41, name: 42 }));
    const reply = await client.waitFor((m) => m.id === 41);
    expect(reply).toMatchObject({ t: 'result', id: 41, result: { ok: false, error: { type: 'validation' } } });
    expect(String((reply.result as { error: { message: string } }).error.message)).toMatch(/Malformed call/);
    expect(await client.call('app.getInfo', {})).toMatchObject({ ok: true });
  });

  it('closes with 1008 on bad JSON or a message without an id', async () => {
    const a = await connect();
    a.ws.send('{not json');
    expect(await a.closed()).toBe(1008);
    const b = await connect();
    b.ws.send(JSON.stringify({ t: 'call', name: 'app.getInfo' }));
    expect(await b.closed()).toBe(1008);
  });

  it('closes a socket that sends more than the size cap', async () => {
    const client = await connect();
    client.ws.send(JSON.stringify({ t: 'call', id: 1, name: 'app.getInfo', args: { pad: 'x'.repeat(1024 * 1024 + 10) } }));
    expect(await client.closed()).toBe(1009);
  });

  it('forwards published events to every connected socket', async () => {
    const a = await connect();
    const b = await connect();
    events.publish('home.didChange', { entityIds: ['e1', 'e2'] });
    for (const client of [a, b]) {
      expect(await client.waitFor((m) => m.t === 'event')).toEqual({ t: 'event', name: 'home.didChange', payload: { entityIds: ['e1', 'e2'] } });
    }
  });

  it('serves the built renderer with content types and a strict CSP', async () => {
    const index = await rawGet(server.port, '/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Goodies</title>');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(index.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain(`ws://127.0.0.1:${server.port}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await rawGet(server.port, '/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await rawGet(server.port, '/assets/app.css?v=1')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await rawGet(server.port, '/missing.js')).status).toBe(404);
    expect((await rawGet(server.port, '/assets')).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    const attempts = ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/assets/../../secret.txt',
      '/..%5csecret.txt', '/%252e%252e/secret.txt', '/%00', '/%E0%A4%A'];
    for (const path of attempts) {
      const response = await rawGet(server.port, path);
      expect([400, 403, 404], path).toContain(response.status);
      expect(response.body, path).not.toContain('outside the renderer');
    }
    expect((await rawGet(server.port, '/../secret.txt')).status).toBe(403);
  });

  it('refuses other hosts (DNS rebinding) and methods other than GET/HEAD', async () => {
    expect((await rawGet(server.port, '/', { Host: 'evil.example' })).status).toBe(403);
    expect((await rawGet(server.port, '/', { Host: `localhost:${server.port}` })).status).toBe(200);
    const post = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/', method: 'POST' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(post).toBe(405);
  });

  it('stops: open sockets are closed and the port no longer answers', async () => {
    const client = await connect();
    const port = server.port;
    await server.dispose();
    expect(await client.closed()).toBe(1001);
    await expect(rawGet(port, '/')).rejects.toThrow(/ECONNREFUSED/);
    server = await startBrowserModeServer({ handlers: handlersFor(dir), events, rendererDir, port: 0 });
  });
});
