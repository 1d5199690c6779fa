// How HTTP answers of a home server become AppErrors. 401 and 403 both mean "not logged in" (upstream answers either
// for a missing token); 429 and 5xx are retryable, 429 with the server's Retry-After. `details.status` keeps the HTTP
// status so the sync engine can tell a poisoned push (500 upstream, 422 ours) from an outage.
import { AppError } from '../../src-shared/errors';

export interface HomeServerErrorDetails {
  status: number;
  /** From Retry-After (seconds or an HTTP date), when the server sent one. */
  retryAfterMs?: number;
  reason?: 'not_logged_in' | 'rate_limited' | 'rejected' | 'server_error' | 'bad_response' | 'network';
  /** Our server's 422 names the bad change: `{index, entity_id?, relationship_id?}`. */
  change?: unknown;
}

export function parseRetryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function messageOf(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return typeof body === 'string' && body.length < 500 ? body : undefined;
  const record = body as Record<string, unknown>;
  const error = record['error'];
  if (error && typeof error === 'object' && typeof (error as Record<string, unknown>)['message'] === 'string') return (error as Record<string, string>)['message'];
  const detail = record['detail'];
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) return detail.map((d) => (d && typeof d === 'object' && 'msg' in d ? String((d as { msg: unknown }).msg) : String(d))).slice(0, 3).join('; ');
  return undefined;
}

function changeOf(body: unknown): unknown {
  const error = body && typeof body === 'object' ? (body as Record<string, unknown>)['error'] : undefined;
  return error && typeof error === 'object' ? (error as Record<string, unknown>)['details'] : undefined;
}

export function errorFromResponse(what: string, status: number, body: unknown, headers: Pick<Headers, 'get'>): AppError {
  const serverMessage = messageOf(body);
  const suffix = serverMessage ? `: ${serverMessage}` : '';
  if (status === 401 || status === 403) {
    return new AppError('forbidden', `Not logged in to the home server (${what} answered ${status}${suffix}). Log in again.`, {
      retryable: false,
      details: { status, reason: 'not_logged_in' } satisfies HomeServerErrorDetails,
    });
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfterMs(headers.get('retry-after'));
    const wait = retryAfterMs !== undefined ? ` Try again in ${Math.ceil(retryAfterMs / 1000)} s.` : '';
    return new AppError('unavailable', `The home server is rate limiting ${what}.${wait}`, {
      retryable: true,
      details: { status, reason: 'rate_limited', ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) } satisfies HomeServerErrorDetails,
    });
  }
  if (status >= 500) {
    return new AppError('unavailable', `The home server failed on ${what} (${status})${suffix}`, { retryable: true, details: { status, reason: 'server_error' } satisfies HomeServerErrorDetails });
  }
  if (status === 404) return new AppError('not_found', `${what}: not found on the home server${suffix}`, { retryable: false, details: { status, reason: 'rejected' } });
  const change = changeOf(body);
  return new AppError('validation', `The home server rejected ${what} (${status})${suffix}`, {
    retryable: false,
    details: { status, reason: 'rejected', ...(change !== undefined ? { change } : {}) } satisfies HomeServerErrorDetails,
  });
}

export function networkError(what: string, baseUrl: string, cause: unknown): AppError {
  const reason = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
  return new AppError('unavailable', `Cannot reach the home server at ${baseUrl} (${what}): ${reason}`, { retryable: true, details: { status: 0, reason: 'network' } satisfies HomeServerErrorDetails });
}

export function badResponseError(what: string, problem: string): AppError {
  return new AppError('unavailable', `The home server's answer to ${what} was not understood: ${problem}`, { retryable: false, details: { status: 200, reason: 'bad_response' } satisfies HomeServerErrorDetails });
}

export function homeServerDetails(error: unknown): HomeServerErrorDetails | undefined {
  if (!(error instanceof AppError)) return undefined;
  const details = error.options.details;
  return details && typeof details === 'object' && typeof (details as { status?: unknown }).status === 'number' ? (details as HomeServerErrorDetails) : undefined;
}

export function isNotLoggedIn(error: unknown): boolean {
  return homeServerDetails(error)?.reason === 'not_logged_in';
}
