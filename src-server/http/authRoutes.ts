// /api/v1/auth: admin login, user login and invites, guest QR tokens, me, refresh (docs/inbetweenies-v2.md §4).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import { formatZodError } from '../../src-shared/errors';
import { requireAuth, principalOf } from './authenticate';
import { sendError } from './httpErrors';
import type { ServerContext } from './ServerContext';

const passwordBody = z.object({ password: z.string().min(1).max(1000) });
const userLoginBody = z.object({ user_id: z.string().min(1).max(200), password: z.string().min(1).max(1000) });
const generateQrBody = z.object({ duration_hours: z.number().positive().max(24 * 365).default(24) });
const tokenBody = z.object({ token: z.string().min(1).max(500) });
const inviteBody = z.object({ user_id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/).refine((u) => u !== 'admin' && !u.startsWith('guest-'), 'reserved user id'), duration_hours: z.number().positive().max(24 * 30).default(72) });
const redeemBody = z.object({ token: z.string().min(1).max(500), password: z.string().min(8).max(1000) });

function parse<T>(schema: z.ZodType<T>, request: FastifyRequest, reply: FastifyReply): T | undefined {
  const result = schema.safeParse(request.body ?? {});
  if (result.success) return result.data;
  sendError(request, reply, 422, 'validation', formatZodError(result.error));
  return undefined;
}

export function registerAuthRoutes(app: FastifyInstance, context: ServerContext): void {
  const { auth, loginThrottle, securityLog } = context;

  /** Login and guest verify: 5 attempts per 5 minutes per IP, then 429 + Retry-After for 15 minutes. */
  const throttled = (request: FastifyRequest, reply: FastifyReply, event: string): boolean => {
    const verdict = loginThrottle.attempt(`${event}:${request.ip}`);
    if (verdict.allowed) return true;
    context.metrics.inc('goodies_auth_failures_total', { reason: 'throttled' });
    securityLog.record({ event: verdict.lockoutStarted ? 'lockout_started' : 'lockout_refused', outcome: 'refused', ip: request.ip, correlation_id: String(request.id), details: { endpoint: event, retry_after_s: verdict.retryAfterSeconds } });
    reply.header('Retry-After', String(verdict.retryAfterSeconds));
    sendError(request, reply, 429, 'unavailable', 'Too many attempts; try again later', { retryable: true });
    return false;
  };

  app.post('/api/v1/auth/admin/login', async (request, reply) => {
    if (!throttled(request, reply, 'login')) return reply;
    const body = parse(passwordBody, request, reply);
    if (!body) return reply;
    const token = await auth.adminLogin(body.password);
    securityLog.record({ event: 'admin_login', outcome: token ? 'success' : 'failure', ip: request.ip, subject: 'admin', correlation_id: String(request.id) });
    if (!token) return sendError(request, reply, 401, 'forbidden', 'Invalid password');
    return token;
  });

  app.post('/api/v1/auth/login', async (request, reply) => {
    if (!throttled(request, reply, 'login')) return reply;
    const body = parse(userLoginBody, request, reply);
    if (!body) return reply;
    const token = await auth.userLogin(body.user_id, body.password);
    securityLog.record({ event: 'user_login', outcome: token ? 'success' : 'failure', ip: request.ip, subject: body.user_id, correlation_id: String(request.id) });
    if (!token) return sendError(request, reply, 401, 'forbidden', 'Invalid user or password');
    return token;
  });

  app.post('/api/v1/auth/guest/generate-qr', { preHandler: requireAuth(context, ['admin']) }, async (request, reply) => {
    const body = parse(generateQrBody, request, reply);
    if (!body) return reply;
    const { token, record } = await auth.createGuestToken(principalOf(request).userId, body.duration_hours);
    const qrData = { server: context.advertisedHost, port: context.advertisedPort(), token, expires: new Date(record.expires_at_ms).toISOString(), permissions: ['read'] };
    const png = await QRCode.toDataURL(JSON.stringify(qrData), { errorCorrectionLevel: 'M', margin: 2, width: 320 });
    securityLog.record({ event: 'guest_token_created', outcome: 'success', ip: request.ip, subject: principalOf(request).userId, correlation_id: String(request.id), details: { guest_token_id: record.id, expires: qrData.expires } });
    return { qr_data: qrData, qr_code: png, token_id: record.id };
  });

  app.post('/api/v1/auth/guest/verify', async (request, reply) => {
    if (!throttled(request, reply, 'guest_verify')) return reply;
    const body = parse(tokenBody, request, reply);
    if (!body) return reply;
    const token = await auth.verifyGuestToken(body.token);
    securityLog.record({ event: 'guest_verify', outcome: token ? 'success' : 'failure', ip: request.ip, correlation_id: String(request.id) });
    if (!token) return sendError(request, reply, 401, 'forbidden', 'Invalid or expired guest token');
    return token;
  });

  app.get('/api/v1/auth/guest/tokens', { preHandler: requireAuth(context, ['admin']) }, async () => {
    const tokens = await auth.listGuestTokens();
    return {
      tokens: tokens.map((t) => ({ id: t.id, created_by: t.created_by, created_at: new Date(t.created_at_ms).toISOString(), expires: new Date(t.expires_at_ms).toISOString(), revoked: t.revoked, redeemed_count: t.redeemed_count })),
    };
  });

  app.delete<{ Params: { id: string } }>('/api/v1/auth/guest/tokens/:id', { preHandler: requireAuth(context, ['admin']) }, async (request, reply) => {
    const revoked = await auth.revokeGuestToken(request.params.id);
    securityLog.record({ event: 'guest_token_revoked', outcome: revoked ? 'success' : 'failure', ip: request.ip, subject: principalOf(request).userId, correlation_id: String(request.id), details: { guest_token_id: request.params.id } });
    if (!revoked) return sendError(request, reply, 404, 'not_found', 'No such guest token');
    return { revoked: true, id: request.params.id };
  });

  app.post('/api/v1/auth/invites', { preHandler: requireAuth(context, ['admin']) }, async (request, reply) => {
    const body = parse(inviteBody, request, reply);
    if (!body) return reply;
    const invite = await auth.createInvite(principalOf(request).userId, body.user_id, body.duration_hours);
    securityLog.record({ event: 'invite_created', outcome: 'success', ip: request.ip, subject: principalOf(request).userId, correlation_id: String(request.id), details: { user_id: body.user_id } });
    return invite;
  });

  app.post('/api/v1/auth/invites/redeem', async (request, reply) => {
    if (!throttled(request, reply, 'login')) return reply;
    const body = parse(redeemBody, request, reply);
    if (!body) return reply;
    const token = await auth.redeemInvite(body.token, body.password);
    securityLog.record({ event: 'invite_redeemed', outcome: token ? 'success' : 'failure', ip: request.ip, correlation_id: String(request.id) });
    if (!token) return sendError(request, reply, 401, 'forbidden', 'Invalid, used or expired invite');
    return token;
  });

  app.get('/api/v1/auth/me', { preHandler: requireAuth(context) }, async (request) => {
    const p = principalOf(request);
    return { user_id: p.userId, role: p.role, permissions: p.permissions, expires_at: new Date(p.expiresAtMs).toISOString() };
  });

  // Upstream: admin only. Users may refresh too (their role is between admin and guest); guests re-scan a QR code.
  app.post('/api/v1/auth/refresh', { preHandler: requireAuth(context, ['admin', 'user']) }, async (request) => auth.refresh(principalOf(request)));
}
