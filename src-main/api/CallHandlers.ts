// Main's side of the contract: one handler per declared call. The mapped type makes a missing or mistyped handler a
// compile error; `dispatchCall` is the single boundary every transport (IPC, WebSocket, CLI) goes through.
import { randomUUID } from 'node:crypto';
import { calls, type CallName, type CallResult, type ParsedCallArgs } from '../../src-preload/contract';
import { AppError, toAppErrorShape, type Result } from '../../src-shared/errors';
import { CALLER_ROLE, isAllowed, type Role, type RoleSource } from './callPolicy';

export interface CallContext {
  correlationId: string;
  transport: 'ipc' | 'ws' | 'cli' | 'test';
  /** The caller's role, already checked against the policy table. */
  role: Role;
}

export type CallHandlers = {
  [K in CallName]: (args: ParsedCallArgs<K>, context: CallContext) => Promise<CallResult<K>>;
} & RoleSource;

export interface CallLogger {
  error(message: string, fields: Record<string, unknown>): void;
  /** The log file, named in the message of an internal error so the user (or a maintainer) can find the details. */
  readonly filePath?: string | undefined;
}

function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(calls, name);
}

/**
 * Validates the call name and arguments, runs the handler and turns every failure into
 * `{type, message, retryable, correlation_id}`. Never throws.
 */
export async function dispatchCall(
  handlers: CallHandlers,
  name: unknown,
  rawArgs: unknown,
  transport: CallContext['transport'],
  logger: CallLogger = console,
): Promise<Result<unknown>> {
  const correlationId = randomUUID();
  try {
    if (!isCallName(name)) {
      throw new AppError('unknown_call', `Unknown call: ${String(name).slice(0, 100)}`);
    }
    // A handler map without a role source serves nobody in particular: it gets the least (fail closed).
    const role = handlers[CALLER_ROLE]?.() ?? 'guest';
    if (!isAllowed(name, role)) {
      throw new AppError('forbidden', `${role === 'guest' ? 'Guests' : `The ${role} role`} cannot use ${name}. Ask the home's admin.`, { details: { call: name, role } });
    }
    const parsed = calls[name].args.safeParse(rawArgs ?? {});
    if (!parsed.success) {
      return { ok: false, error: toAppErrorShape(parsed.error, correlationId) };
    }
    const handler = handlers[name] as (args: unknown, context: CallContext) => Promise<unknown>;
    const value = await handler(parsed.data, { correlationId, transport, role });
    return { ok: true, value };
  } catch (error) {
    const shape = toAppErrorShape(error, correlationId);
    if (shape.type === 'internal') {
      logger.error('call failed', { call: String(name), correlation_id: correlationId, err: error });
      if (logger.filePath) shape.message = `Something went wrong inside Goodies. The details are in the log file ${logger.filePath} (reference ${shape.correlation_id}).`;
    }
    return { ok: false, error: shape };
  }
}
