// The browser-mode transport of the contract: token-protected WebSocket upgrades on `/ws`, every message validated,
// every call through `dispatchCall` (the same boundary as Electron IPC and the CLI), every EventBus event forwarded.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import { dispatchCall, type CallHandlers, type CallLogger } from '../api/CallHandlers';
import type { EventBus } from '../api/EventBus';
import { formatZodError, toAppErrorShape, type AppErrorShape } from '../../src-shared/errors';
import type { Disposable } from '../lifecycle/Disposable';
import { isSameToken } from './accessToken';
import {
  callMessageSchema, findMessageId, MAX_WS_MESSAGE_BYTES, type EventMessage, type ResultMessage,
} from './webSocketMessages';

export const WS_PATH = '/ws';

export interface WebSocketBridgeOptions {
  server: Server;
  handlers: CallHandlers;
  events: EventBus;
  token: string;
  /** Origins a browser may connect from (this server's own). Requests without an Origin (non-browser clients) pass. */
  allowedOrigins: () => string[];
  /** Host headers we answer to; refusing others stops DNS-rebinding pages from reaching the socket. */
  allowedHosts: () => string[];
  /** Where internal errors are recorded (the file logger). */
  logger?: CallLogger;
}

export interface WebSocketBridge extends Disposable {
  readonly clientCount: () => number;
}

function refuseUpgrade(socket: Duplex, status: 400 | 401 | 403 | 404, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${reason.length}\r\n\r\n${reason}`);
}

export function attachWebSocketBridge(options: WebSocketBridgeOptions): WebSocketBridge {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_WS_MESSAGE_BYTES });
  const clients = new Set<WebSocket>();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(request.url ?? '/', 'http://placeholder');
    if (url.pathname !== WS_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    if (!options.allowedHosts().includes(request.headers.host ?? '')) return refuseUpgrade(socket, 403, 'Forbidden');
    if (!isSameToken(options.token, url.searchParams.get('token'))) return refuseUpgrade(socket, 401, 'Unauthorized');
    const origin = request.headers.origin;
    if (origin !== undefined && !options.allowedOrigins().includes(origin)) return refuseUpgrade(socket, 403, 'Forbidden');
    wss.handleUpgrade(request, socket, head, (ws) => onConnection(ws));
  };

  const send = (ws: WebSocket, message: ResultMessage | EventMessage): void => {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
  };

  const validationError = (message: string): AppErrorShape => ({
    type: 'validation', message, retryable: false, correlation_id: randomUUID(),
  });

  const onMessage = async (ws: WebSocket, data: RawData, isBinary: boolean): Promise<void> => {
    if (isBinary) return ws.close(1003, 'Text frames only');
    let raw: unknown;
    try {
      raw = JSON.parse(data.toString());
    } catch {
      return ws.close(1008, 'Malformed JSON');
    }
    const parsed = callMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const id = findMessageId(raw);
      if (id === undefined) return ws.close(1008, 'Malformed message');
      return send(ws, { t: 'result', id, result: { ok: false, error: validationError(`Malformed call: ${formatZodError(parsed.error)}`) } });
    }
    const { id, name, args } = parsed.data;
    let result: ResultMessage['result'];
    try {
      result = await dispatchCall(options.handlers, name, args, 'ws', options.logger);
    } catch (error) {
      result = { ok: false, error: toAppErrorShape(error, randomUUID()) };
    }
    send(ws, { t: 'result', id, result });
  };

  const onConnection = (ws: WebSocket): void => {
    clients.add(ws);
    ws.on('message', (data, isBinary) => void onMessage(ws, data, isBinary));
    ws.on('close', () => clients.delete(ws));
    // An oversized frame makes ws emit 'error' and close with 1009; nothing else to do but forget the client.
    ws.on('error', () => clients.delete(ws));
  };

  const subscription = options.events.onDidPublish(({ name, payload }) => {
    for (const ws of clients) send(ws, { t: 'event', name, payload });
  });

  options.server.on('upgrade', onUpgrade);

  return {
    clientCount: () => clients.size,
    dispose: () =>
      new Promise<void>((resolve) => {
        subscription.dispose();
        options.server.off('upgrade', onUpgrade);
        for (const ws of clients) ws.close(1001, 'Server stopping');
        // terminate() after a grace period so a client that never answers the close frame cannot hold us open.
        const timer = setTimeout(() => {
          for (const ws of clients) ws.terminate();
        }, 500);
        wss.close(() => {
          clearTimeout(timer);
          resolve();
        });
        if (clients.size === 0) clearTimeout(timer);
      }),
  };
}
