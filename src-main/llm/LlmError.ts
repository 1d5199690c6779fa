// Typed failures of a model call. The kind decides everything downstream: whether the circuit breaker counts it,
// whether it is retried, and which fallback reason the user reads.

export type LlmErrorKind =
  | 'network' // refused, reset, DNS, dropped mid-stream
  | 'timeout' // no first byte within the per-attempt timeout
  | 'server' // HTTP 5xx
  | 'rate_limited' // HTTP 429 (retryAfterMs from Retry-After when present)
  | 'client' // HTTP 4xx other than 429: bad key, bad request, unknown model
  | 'malformed' // unparsable stream or tool-call JSON, or output outside the local grammar's shape
  | 'aborted' // the caller's signal (Stop)
  | 'circuit_open' // the breaker refused the call without contacting the provider
  | 'unavailable'; // the provider is not usable at all (no model file, model failed to load)

export interface LlmErrorOptions {
  status?: number;
  retryAfterMs?: number;
  afterFirstToken?: boolean;
  /** False for failures that another immediate try cannot fix (connection refused, unknown host). */
  retryable?: boolean;
  cause?: unknown;
}

export class LlmError extends Error {
  override readonly name = 'LlmError';
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  /** True when tokens were already shown: such a failure is never retried silently. */
  readonly afterFirstToken: boolean;
  readonly retryable: boolean | undefined;

  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    options: LlmErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.afterFirstToken = options.afterFirstToken ?? false;
    this.retryable = options.retryable;
  }

  withAfterFirstToken(): LlmError {
    if (this.afterFirstToken) return this;
    return new LlmError(this.kind, this.message, {
      status: this.status,
      retryAfterMs: this.retryAfterMs,
      afterFirstToken: true,
      ...(this.retryable === undefined ? {} : { retryable: this.retryable }),
      cause: this.cause,
    });
  }
}

/** Failures that say "the provider is unwell" and so count towards opening the circuit. 4xx and Stop do not. */
export function countsAsProviderFailure(error: unknown): boolean {
  if (!(error instanceof LlmError)) return true;
  return error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server' || error.kind === 'rate_limited';
}

/** Failures worth another attempt: transient ones, and only while nothing has been shown to the user. */
export function isRetryable(error: unknown): boolean {
  return error instanceof LlmError && !error.afterFirstToken && error.retryable !== false && countsAsProviderFailure(error);
}

export function toLlmError(error: unknown): LlmError {
  if (error instanceof LlmError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new LlmError('network', message, { cause: error });
}
