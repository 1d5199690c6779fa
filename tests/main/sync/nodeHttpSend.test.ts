// InbetweeniesClient's default transport (node:http with keep-alive) against a real server on 127.0.0.1: whole bodies
// as text, headers by any case, one connection for consecutive requests, failures as rejections, and the client's
// same-origin-only redirect rule on top of it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import { InbetweeniesClient } from '../../../src-main/sync/InbetweeniesClient';
import { homeServerDetails } from '../../../src-main/sync/homeServerErrors';
import { nodeHttpSend } from '../../../src-main/sync/nodeHttpSend';

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

async function listen(handler: Handler): Promise<{ server: Server; url: string; connections: () => number }> {
  let connections = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => handler(request, Buffer.concat(chunks).toString('utf8'), response));
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, connections: () => connections };
}

const close = (server: Server): Promise<void> => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });

describe('nodeHttpSend', () => {
  let servers: Server[] = [];
  beforeEach(() => {
    servers = [];
  });
  afterEach(async () => {
    await Promise.all(servers.map(close));
  });
  const start = async (handler: Handler) => {
    const running = await listen(handler);
    servers.push(running.server);
    return running;
  };

  it('posts the body, reads a large multi-chunk answer whole (a leading BOM dropped), headers by any case, over one kept-alive connection', async () => {
    const big = JSON.stringify({ rows: Array.from({ length: 20_000 }, (_, i) => ({ id: `row-${i}`, name: 'Lämp ✓' })) });
    const { url, connections } = await start((request, body, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'X-Echo-Length': String(body.length), 'X-Method': request.method ?? '' });
      response.end(`\uFEFF${big}`);
    });
    const send = nodeHttpSend();
    for (let i = 0; i < 3; i++) {
      const answer = await send(`${url}/x`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"ä":1}', signal: new AbortController().signal });
      expect(answer.status).toBe(200);
      expect(answer.text).toBe(big);
      expect(answer.header('x-echo-length')).toBe(String('{"ä":1}'.length));
      expect(answer.header('X-METHOD')).toBe('POST');
      expect(answer.header('x-missing')).toBeNull();
    }
    expect(connections()).toBe(1);
  });

  it('rejects when the connection is cut mid-answer, when the signal aborts, and when nothing listens', async () => {
    const { url } = await start((_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      response.write('{"partial":');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const send = nodeHttpSend();
    await expect(send(`${url}/cut`, { method: 'GET', headers: {}, signal: new AbortController().signal })).rejects.toThrow();
    const aborted = new AbortController();
    const pending = send(`${url}/cut`, { method: 'GET', headers: {}, signal: aborted.signal });
    aborted.abort();
    await expect(pending).rejects.toThrow();
    const closed = await start(() => undefined);
    const closedUrl = closed.url;
    await close(closed.server);
    servers = servers.filter((s) => s !== closed.server);
    await expect(send(`${closedUrl}/`, { method: 'GET', headers: {}, signal: new AbortController().signal })).rejects.toThrow();
  });

  it('under InbetweeniesClient: a 307 to the same origin is followed with method, body and token; another origin is refused; a 429 keeps Retry-After', async () => {
    const seen: { path: string; method: string; auth: string; body: string }[] = [];
    const other = await start((_request, _body, response) => response.end('{}'));
    const { url } = await start((request, body, response) => {
      seen.push({ path: request.url ?? '', method: request.method ?? '', auth: request.headers.authorization ?? '', body });
      if (request.url === '/api/v1/auth/refresh') {
        response.writeHead(307, { Location: '/api/v1/auth/refresh/again' }).end();
      } else if (request.url === '/api/v1/auth/refresh/again') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'new', token_type: 'bearer', expires_in: 3600, role: 'admin', user_id: 'admin' }));
      } else if (request.url === '/api/v1/auth/me') {
        response.writeHead(307, { location: `${other.url}/api/v1/auth/me` }).end();
      } else {
        response.writeHead(429, { 'Retry-After': '7', 'content-type': 'application/json' }).end('{"detail":"slow down"}');
      }
    });
    const client = new InbetweeniesClient({ baseUrl: url, token: () => 'secret-token' });
    expect((await client.refresh()).access_token).toBe('new');
    expect(seen.map((s) => [s.path, s.method, s.auth, s.body])).toEqual([
      ['/api/v1/auth/refresh', 'POST', 'Bearer secret-token', '{}'],
      ['/api/v1/auth/refresh/again', 'POST', 'Bearer secret-token', '{}'],
    ]);
    const refused = await client.me().then(() => undefined, (e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toMatch(/redirected to another host/);
    const limited = await client.syncStatus('d').then(() => undefined, (e: unknown) => e);
    expect(homeServerDetails(limited)).toMatchObject({ status: 429, reason: 'rate_limited', retryAfterMs: 7000 });
  });
});
