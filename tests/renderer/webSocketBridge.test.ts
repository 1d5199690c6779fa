// The browser-mode bridge against a real WebSocket server on 127.0.0.1 (the `ws` client stands in for the DOM one).
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import { createWebSocketBridge } from '../../src-renderer/bridge/createWebSocketBridge';
import type { SocketLike, WebSocketBridge } from '../../src-renderer/bridge/createWebSocketBridge';
import { createCall } from '../../src-renderer/bridge/createCall';
import { BridgeError } from '../../src-renderer/bridge/BridgeError';
import { splitTokenFromHash } from '../../src-renderer/bridge/readBrowserToken';
import { parseServerFrame } from '../../src-renderer/bridge/parseServerFrame';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function startServer(onCall: (ws: WebSocket, frame: { id: number; name: string; args: unknown }) => void): Promise<{ url: string; server: WebSocketServer }> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => server.once('listening', () => r()));
  server.on('connection', (ws) => ws.on('message', (raw) => onCall(ws, JSON.parse(String(raw)))));
  cleanups.push(() => server.close());
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/ws?token=t`, server };
}

function bridgeFor(url: string, extra: Partial<Parameters<typeof createWebSocketBridge>[0]> = {}): WebSocketBridge {
  const bridge = createWebSocketBridge({ url, openSocket: (u) => new WebSocket(u) as unknown as SocketLike, initialBackoffMs: 20, ...extra });
  cleanups.push(() => bridge.dispose());
  return bridge;
}

describe('WebSocket bridge', () => {
  it('queues a call until the socket opens, unwraps results and delivers events', async () => {
    const { url } = await startServer((ws, f) => {
      if (f.name === 'status.get') {
        ws.send(JSON.stringify({ t: 'event', name: 'home.didChange', payload: { entityIds: ['e1'] } }));
        ws.send(JSON.stringify({ t: 'result', id: f.id, result: { ok: true, value: { network: 'online' } } }));
      } else {
        ws.send(JSON.stringify({ t: 'result', id: f.id, result: { ok: false, error: { type: 'not_found', message: 'No such entity', retryable: false, correlation_id: 'c-1' } } }));
      }
    });
    const bridge = bridgeFor(url);
    const seen: string[][] = [];
    bridge.events['home.didChange']((p) => seen.push(p.entityIds));
    const call = createCall(bridge);
    const status = await call('status.get', {});
    expect(status.network).toBe('online');
    expect(seen).toEqual([['e1']]);
    const error = await call('home.getEntity', { id: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeError);
    expect((error as BridgeError).shape).toMatchObject({ type: 'not_found', message: 'No such entity', correlation_id: 'c-1' });
  });

  it('fails calls in flight with a retryable unavailable error when the connection drops, then reconnects', async () => {
    let connections = 0;
    const { url, server } = await startServer((ws, f) => {
      if (f.name === 'home.getTree') ws.terminate();
      else ws.send(JSON.stringify({ t: 'result', id: f.id, result: { ok: true, value: [] } }));
    });
    server.on('connection', () => connections++);
    const bridge = bridgeFor(url);
    const result = await bridge.calls['home.getTree']({});
    expect(result).toMatchObject({ ok: false, error: { type: 'unavailable', retryable: true } });
    const again = await bridge.calls['chat.listConversations']({});
    expect(again).toEqual({ ok: true, value: [] });
    expect(connections).toBe(2);
  });

  it('gives up on a queued call when no connection comes', async () => {
    const bridge = bridgeFor('ws://127.0.0.1:1/ws', { queueTimeoutMs: 100 });
    const result = await bridge.calls['status.get']({});
    expect(result).toMatchObject({ ok: false, error: { type: 'unavailable', retryable: true } });
  });
});

describe('browser-mode token and frames', () => {
  it('takes the token out of the hash and keeps the route', () => {
    expect(splitTokenFromHash('#token=abc%20d')).toEqual({ token: 'abc d', hash: '' });
    expect(splitTokenFromHash('#/quick&token=xyz')).toEqual({ token: 'xyz', hash: '#/quick' });
    expect(splitTokenFromHash('#/quick')).toEqual({ token: null, hash: '#/quick' });
  });

  it('drops malformed frames and normalises unknown error types to internal', () => {
    expect(parseServerFrame('not json')).toBeNull();
    expect(parseServerFrame(JSON.stringify({ t: 'result', id: 'x' }))).toBeNull();
    expect(parseServerFrame(JSON.stringify({ t: 'result', id: 1, result: { ok: false, error: { type: 'weird', message: 'm' } } }))).toEqual({
      t: 'result', id: 1, result: { ok: false, error: { type: 'internal', message: 'm', retryable: false, correlation_id: '' } },
    });
  });
});
