// The fastify app: correlation ids on every request and log line, CORS-free JSON API, rate limiting, WebSocket,
// /health and /metrics, and the protocol routes.
import { randomUUID } from 'node:crypto';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { registerAuthRoutes } from './authRoutes';
import { registerChatRoutes } from './chatRoutes';
import { registerGraphRoutes } from './graphRoutes';
import { sendError } from './httpErrors';
import type { ServerContext } from './ServerContext';
import { registerSyncRoutes } from './syncRoutes';

const CORRELATION_HEADER = 'x-correlation-id';

export async function buildHttpServer(context: ServerContext, logger: FastifyBaseLogger | false): Promise<FastifyInstance> {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    requestIdHeader: false,
    // A client-sent correlation id (sane characters only) ties our log lines to the client's turn.
    genReqId: (request) => {
      const sent = request.headers[CORRELATION_HEADER];
      return typeof sent === 'string' && /^[\w.:-]{1,100}$/.test(sent) ? sent : randomUUID();
    },
    bodyLimit: 8 * 1024 * 1024,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  });
  app.decorateRequest('principal', null);

  app.addHook('onRequest', async (request, reply) => {
    reply.header(CORRELATION_HEADER, String(request.id));
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    context.metrics.inc('goodies_http_requests_total', { method: request.method, route, status: String(reply.statusCode) });
    context.metrics.inc('goodies_http_request_duration_seconds_sum', {}, reply.elapsedTime / 1000);
    context.metrics.inc('goodies_http_request_duration_seconds_count');
  });
  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 429) return sendError(request, reply, 429, 'unavailable', 'Too many requests for your role; slow down', { retryable: true });
    if (status >= 400 && status < 500) return sendError(request, reply, status, status === 413 ? 'too_large' : 'validation', error.message);
    request.log.error({ err: error }, 'request failed');
    return sendError(request, reply, 500, 'internal', 'Internal server error; the details are in the server log');
  });
  app.setNotFoundHandler((request, reply) => sendError(request, reply, 404, 'not_found', 'Not Found'));

  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });

  app.get('/health', async () => ({ status: 'healthy' }));
  app.get('/metrics', async (_request, reply) => reply.type('text/plain; version=0.0.4').send(context.metrics.render()));

  registerAuthRoutes(app, context);
  registerSyncRoutes(app, context);
  registerGraphRoutes(app, context);
  registerChatRoutes(app, context);
  return app;
}
