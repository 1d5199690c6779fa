// Turns whatever the openai SDK (or the fetch underneath it) throws into an LlmError. Kept apart from the provider so
// the mapping of HTTP statuses to breaker-relevant kinds is in one readable place.
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { LlmError } from './LlmError';

export function mapOpenAiError(error: unknown, signal: AbortSignal): LlmError {
  if (error instanceof LlmError) return error;
  if (signal.aborted || error instanceof APIUserAbortError || isAbortError(error)) {
    return new LlmError('aborted', 'The request was stopped.', { cause: error });
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new LlmError('timeout', 'The remote model did not answer in time.', { cause: error });
  }
  if (error instanceof APIConnectionError) {
    // Nobody listening or no such host: retrying within a second only delays the fallback (measured in bench/llm).
    // A reset on a pooled keep-alive socket, by contrast, is worth one more try.
    const code = innermostCode(error);
    const retryable = !(code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN');
    return new LlmError('network', `Cannot reach the remote model: ${causeMessage(error)}`, { cause: error, retryable });
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    const detail = serverMessage(error);
    if (status === 429) {
      const retryAfterMs = parseRetryAfter(error.headers?.get('retry-after') ?? null);
      return new LlmError('rate_limited', `The remote model is rate limited (HTTP 429)${detail}.`, {
        status,
        cause: error,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      });
    }
    if (status >= 500) return new LlmError('server', `The remote model failed (HTTP ${status})${detail}.`, { status, cause: error });
    if (status === 401) return new LlmError('client', `The remote model rejected the API key (HTTP 401)${detail}.`, { status, cause: error });
    if (status === 403) return new LlmError('client', `The API key may not use this model (HTTP 403)${detail}.`, { status, cause: error });
    if (status === 404) return new LlmError('client', `The model or endpoint was not found (HTTP 404)${detail}.`, { status, cause: error });
    return new LlmError('client', `The remote model refused the request (HTTP ${status})${detail}.`, { status, cause: error });
  }
  // A socket dropped while the body streams surfaces as a bare TypeError/Error from fetch ("terminated").
  return new LlmError('network', `The connection to the remote model broke: ${causeMessage(error)}`, { cause: error });
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

function innermostCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('E')) return code;
    // undici reports a refused connect as an AggregateError of per-address errors
    const inner = current instanceof AggregateError ? current.errors[0] : current.cause;
    current = inner;
  }
  return undefined;
}

function causeMessage(error: unknown): string {
  let current: unknown = error;
  // The SDK wraps the fetch error; the innermost message ("ECONNREFUSED") is the useful one.
  for (let depth = 0; depth < 4 && current instanceof Error && current.cause instanceof Error; depth++) current = current.cause;
  const code = (current as { code?: unknown } | null)?.code;
  const message = current instanceof Error ? current.message : String(current);
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}

function serverMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  return body && typeof body.message === 'string' && body.message ? `: ${body.message.slice(0, 200)}` : '';
}
