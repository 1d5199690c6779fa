// Errors on the wire: FastAPI-style `detail` (what upstream clients read) plus our `{type, message, retryable,
// correlation_id}` shape under `error`.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppErrorType } from '../../src-shared/errors';

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  type: AppErrorType,
  message: string,
  extra: { detail?: unknown; details?: unknown; retryable?: boolean } = {},
): FastifyReply {
  const error: Record<string, unknown> = { type, message, retryable: extra.retryable ?? (status === 429 || status >= 500), correlation_id: String(request.id) };
  if (extra.details !== undefined) error['details'] = extra.details;
  return reply.code(status).send({ detail: extra.detail ?? message, error });
}
