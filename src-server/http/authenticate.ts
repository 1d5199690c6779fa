// Bearer checks as fastify hooks. A missing token answers 401 (upstream may say 401 or 403), a bad one 401, a role
// that may not do this 403.
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Principal } from '../auth/TokenIssuer';
import type { Role } from '../storage/ServerAuthStore';
import { sendError } from './httpErrors';
import type { ServerContext } from './ServerContext';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export function requireAuth(context: ServerContext, roles?: readonly Role[]): preHandlerAsyncHookHandler {
  return async function authenticate(request: FastifyRequest, reply: FastifyReply) {
    const check = await context.auth.check(request.headers.authorization);
    if (!check.ok) {
      context.metrics.inc('goodies_auth_failures_total', { reason: check.reason });
      const message = check.reason === 'missing' ? 'Not authenticated' : check.reason === 'expired' ? 'Token has expired' : 'Could not validate credentials';
      reply.header('WWW-Authenticate', 'Bearer');
      return sendError(request, reply, 401, 'forbidden', message);
    }
    if (roles && !roles.includes(check.principal.role)) {
      context.securityLog.record({ event: 'role_refused', outcome: 'refused', ip: request.ip, subject: check.principal.userId, correlation_id: String(request.id), details: { role: check.principal.role, route: request.routeOptions.url } });
      return sendError(request, reply, 403, 'forbidden', `The ${check.principal.role} role may not do this`);
    }
    request.principal = check.principal;
    return undefined;
  };
}

/** The principal set by requireAuth (routes that use the hook can rely on it). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('principalOf() on a route without requireAuth');
  return request.principal;
}
