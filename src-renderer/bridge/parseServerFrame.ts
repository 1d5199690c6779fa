import { APP_ERROR_TYPES } from '../../src-shared/errors';
import type { Result } from '../../src-shared/errors';

export type ServerFrame =
  | { t: 'result'; id: number; result: Result<unknown> }
  | { t: 'event'; name: string; payload: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Accepts only well-formed frames; anything else is dropped (the server is ours, so this is a bug guard, not security). */
export function parseServerFrame(data: unknown): ServerFrame | null {
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  if (value['t'] === 'result' && typeof value['id'] === 'number' && isRecord(value['result'])) {
    const result = value['result'];
    if (result['ok'] === true) return { t: 'result', id: value['id'], result: { ok: true, value: result['value'] } };
    if (result['ok'] === false && isRecord(result['error'])) {
      const e = result['error'];
      return {
        t: 'result',
        id: value['id'],
        result: {
          ok: false,
          error: {
            type: APP_ERROR_TYPES.find((t) => t === e['type']) ?? 'internal',
            message: typeof e['message'] === 'string' ? e['message'] : 'Something went wrong.',
            retryable: e['retryable'] === true,
            correlation_id: typeof e['correlation_id'] === 'string' ? e['correlation_id'] : '',
            ...(e['details'] !== undefined ? { details: e['details'] } : {}),
          },
        },
      };
    }
    return null;
  }
  if (value['t'] === 'event' && typeof value['name'] === 'string') return { t: 'event', name: value['name'], payload: value['payload'] };
  return null;
}
