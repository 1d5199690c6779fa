// The conversation extension over HTTP (docs/protocol-conversations.md): one sync endpoint, REST reads, and the
// "pull now" WebSocket. Requests are rate limited per user by role.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { formatZodError } from '../../src-shared/errors';
import { CHAT_PAGE_SIZE, chatSyncRequestSchema, type ChatSyncResponse } from '../../src-shared/protocol/conversationSync';
import { VersionClock } from '../../src-shared/protocol/version';
import { principalOf, requireAuth } from './authenticate';
import { sendError } from './httpErrors';
import type { ServerContext } from './ServerContext';

const searchQuery = z.object({ q: z.string().min(1).max(500), limit: z.coerce.number().int().min(1).max(200).default(50) });
const listQuery = z.object({ include_deleted: z.enum(['true', 'false']).optional() });

export function registerChatRoutes(app: FastifyInstance, context: ServerContext): void {
  const { chat } = context.storage;
  const serverVersions = new VersionClock();
  const limited = {
    preValidation: requireAuth(context),
    config: {
      rateLimit: {
        hook: 'preHandler' as const,
        timeWindow: 60_000,
        max: (request: FastifyRequest) => context.chatRateLimits.perMinute[request.principal?.role ?? 'guest'],
        keyGenerator: (request: FastifyRequest) => `chat:${request.principal?.userId ?? request.ip}`,
      },
    },
  };

  app.post('/api/v1/chat/sync', limited, async (request, reply) => {
    const parsed = chatSyncRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendError(request, reply, 422, 'validation', formatZodError(parsed.error));
    const body = parsed.data;
    const principal = principalOf(request);
    const pushCount = body.conversations.length + body.messages.length + body.approvals.length + body.audit.length + body.settings.length;
    if (pushCount > 0 && principal.role === 'guest') {
      context.securityLog.record({ event: 'guest_push_refused', outcome: 'refused', ip: request.ip, subject: principal.userId, correlation_id: String(request.id), details: { endpoint: 'chat' } });
      return sendError(request, reply, 403, 'forbidden', 'Guests are read-only');
    }
    const outcome = pushCount > 0 ? await chat.applyPush(principal.userId, body) : undefined;
    if (outcome) {
      const acked = Object.values(outcome.applied).reduce((n, ids) => n + ids.length, 0);
      context.metrics.inc('goodies_chat_records_applied_total', {}, acked);
      context.notifier.publish({ scope: 'chat', userIds: outcome.affectedUserIds });
    }
    const afterSeq = body.cursor ? Number(body.cursor) : 0;
    const page = await chat.pullPage(principal.userId, afterSeq, body.limit ?? CHAT_PAGE_SIZE);
    const response: ChatSyncResponse = {
      applied: outcome?.applied ?? { conversations: [], messages: [], approvals: [], audit: [], settings: [] },
      rejected: outcome?.rejected ?? [],
      changes: page.changes,
      cursor: String(page.lastSeq),
      has_more: page.has_more,
      server_time: new Date().toISOString(),
    };
    return response;
  });

  app.get('/api/v1/chat/conversations', limited, async (request, reply) => {
    const q = listQuery.safeParse(request.query);
    if (!q.success) return sendError(request, reply, 422, 'validation', formatZodError(q.error));
    const conversations = await chat.listConversations(principalOf(request).userId, { includeDeleted: q.data.include_deleted === 'true' });
    return { conversations, count: conversations.length };
  });

  app.get<{ Params: { id: string } }>('/api/v1/chat/conversations/:id', limited, async (request, reply) => {
    const found = await chat.getConversation(principalOf(request).userId, request.params.id);
    if (!found) return sendError(request, reply, 404, 'not_found', 'Conversation not found');
    return found;
  });

  app.delete<{ Params: { id: string } }>('/api/v1/chat/conversations/:id', limited, async (request, reply) => {
    const principal = principalOf(request);
    if (principal.role === 'guest') return sendError(request, reply, 403, 'forbidden', 'Guests are read-only');
    const result = await chat.deleteConversation(principal.userId, request.params.id, serverVersions.next('server'));
    if (result === 'not_found') return sendError(request, reply, 404, 'not_found', 'Conversation not found');
    if (result === 'forbidden') return sendError(request, reply, 403, 'forbidden', 'Only the owner may delete a conversation');
    context.notifier.publish({ scope: 'chat' });
    return { deleted: true, id: request.params.id };
  });

  app.get('/api/v1/chat/search', limited, async (request, reply) => {
    const q = searchQuery.safeParse(request.query);
    if (!q.success) return sendError(request, reply, 422, 'validation', formatZodError(q.error));
    const hits = await chat.searchMessages(principalOf(request).userId, q.data.q, q.data.limit);
    return { query: q.data.q, results: hits, count: hits.length };
  });

  // Browsers cannot set headers on a WebSocket: the token may come as `?token=`.
  app.get<{ Querystring: { token?: string } }>('/api/v1/chat/ws', {
    websocket: true,
    preValidation: async (request, reply) => {
      const header = request.headers.authorization ?? (request.query.token ? `Bearer ${request.query.token}` : undefined);
      const check = await context.auth.check(header);
      if (!check.ok) return sendError(request, reply, 401, 'forbidden', 'Could not validate credentials');
      request.principal = check.principal;
      return undefined;
    },
  }, (socket, request) => {
    const principal = principalOf(request);
    const unsubscribe = context.notifier.subscribe((event) => {
      if (event.scope === 'chat' && event.userIds && !event.userIds.includes(principal.userId)) return;
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ type: 'pull_now', scope: event.scope, at: new Date().toISOString() }));
    });
    socket.on('close', unsubscribe);
    socket.on('error', unsubscribe);
    socket.send(JSON.stringify({ type: 'hello', user_id: principal.userId, role: principal.role }));
  });
}
