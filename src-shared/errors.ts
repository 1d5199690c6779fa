// The one error shape that crosses every boundary (IPC, WebSocket, HTTP, CLI --json).
import { z } from 'zod';
import { redactDeep, redactSecrets } from './redactSecrets';

export const APP_ERROR_TYPES = [
  'validation', // arguments or a file did not match the schema
  'not_found', // a named or referenced thing does not exist
  'ambiguous', // a name matched several things; candidates are in `details`
  'unknown_call', // an IPC call or tool name that is not declared
  'forbidden', // the role or the sender frame may not do this
  'too_large', // input over a size limit
  'conflict', // a concurrent change won
  'unavailable', // a dependency (server, provider) is down; usually retryable
  'internal', // a bug: logged with the correlation id
] as const;
export type AppErrorType = (typeof APP_ERROR_TYPES)[number];

export const appErrorSchema = z.object({
  type: z.enum(APP_ERROR_TYPES),
  message: z.string(),
  retryable: z.boolean(),
  correlation_id: z.string(),
  details: z.unknown().optional(),
});
export type AppErrorShape = z.infer<typeof appErrorSchema>;

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly type: AppErrorType,
    message: string,
    readonly options: { retryable?: boolean; correlationId?: string; details?: unknown } = {},
  ) {
    super(message);
  }

  get retryable(): boolean {
    return this.options.retryable ?? this.type === 'unavailable';
  }

  toShape(correlationId: string): AppErrorShape {
    const shape: AppErrorShape = {
      type: this.type,
      message: this.message,
      retryable: this.retryable,
      correlation_id: this.options.correlationId ?? correlationId,
    };
    if (this.options.details !== undefined) shape.details = this.options.details;
    return shape;
  }
}

/** Turns anything thrown into the boundary shape; unknown errors become `internal` without leaking stacks. */
export function toAppErrorShape(error: unknown, correlationId: string): AppErrorShape {
  // Every error crosses the boundary redacted: a provider that echoes an API key must not put it on screen.
  if (error instanceof AppError) {
    const shape = error.toShape(correlationId);
    return { ...shape, message: redactSecrets(shape.message), ...(shape.details !== undefined ? { details: redactDeep(shape.details) } : {}) };
  }
  if (error instanceof z.ZodError) {
    return {
      type: 'validation',
      message: redactSecrets(formatZodError(error)),
      retryable: false,
      correlation_id: correlationId,
    };
  }
  return { type: 'internal', message: 'Something went wrong inside Goodies. The details are in the log.', retryable: false, correlation_id: correlationId };
}

export function formatZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`)
    .join('; ');
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
