// Browser mode: the same core in plain Node, the built renderer served on 127.0.0.1, and the contract over a
// token-protected WebSocket. The token travels in the URL fragment, which browsers never send to the server, so it
// never appears in a request line or a log; the page hands it to the socket URL itself.
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import type { CallHandlers, CallLogger } from '../api/CallHandlers';
import type { EventBus } from '../api/EventBus';
import { createAccessToken } from './accessToken';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { resolveStaticPath } from './resolveStaticPath';
import { contentTypeFor } from './staticContentTypes';
import { attachWebSocketBridge } from './WebSocketBridge';

export interface BrowserModeServerOptions {
  handlers: CallHandlers;
  events: EventBus;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Only loopback makes sense: anyone who can reach the port and guess nothing still needs the token. */
  host?: '127.0.0.1';
  /** 0 (default) picks a free port. */
  port?: number;
  token?: string;
  logger?: CallLogger;
}

export interface BrowserModeServer {
  /** `http://127.0.0.1:PORT/#token=TOKEN`: what the user opens. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  dispose(): Promise<void>;
}

export async function startBrowserModeServer(options: BrowserModeServerOptions): Promise<BrowserModeServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? createAccessToken();
  let port = 0;
  const allowedHosts = (): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = (): string[] => allowedHosts().map((h) => `http://${h}`);

  const server = createServer((request, response) => {
    void serveStatic(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function serveStatic(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const headers = {
      'Content-Security-Policy': contentSecurityPolicy({ connectSources: allowedHosts().map((h) => `ws://${h}`) }),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    };
    const plain = (status: number, text: string, extra: Record<string, string> = {}): void => {
      response.writeHead(status, { ...headers, ...extra, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : text);
    };
    if (!allowedHosts().includes(request.headers.host ?? '')) return plain(403, 'Forbidden');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    const resolved = await resolveStaticPath(options.rendererDir, request.url ?? '/');
    if (!resolved.ok) return plain(resolved.status, resolved.status === 404 ? 'Not Found' : resolved.status === 403 ? 'Forbidden' : 'Bad Request');
    const type = contentTypeFor(extname(resolved.filePath));
    response.writeHead(200, {
      ...headers,
      'Content-Type': type,
      // Vite fingerprints assets; index.html must always be fresh so a rebuild is picked up.
      'Cache-Control': type.startsWith('text/html') ? 'no-store' : 'no-cache',
    });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(resolved.filePath).on('error', () => response.destroy()).pipe(response);
  }

  const bridge = attachWebSocketBridge({
    server, handlers: options.handlers, events: options.events, token, allowedOrigins, allowedHosts,
    ...(options.logger ? { logger: options.logger } : {}),
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${host}:${port}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    dispose: async () => {
      await bridge.dispose();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
