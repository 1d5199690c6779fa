// One model call made resilient, composed as ARCHITECTURE.md asks: breaker( retry( timeout(first byte) ) ). Retries sit
// inside the breaker, so one failed call (all its tries) is ONE breaker failure, and a call the breaker refuses is
// never retried. Retry is cockatiel's policy; the breaker is our CircuitBreaker ("3 successes to close"); the
// first-byte timeout is a plain timer (see firstEvent).
// The timeout covers only the wait for the first stream event: a long answer that streams steadily is never cut.
// Once a token has been handed to `onToken`, any failure is re-thrown with afterFirstToken = true and never retried.
import { DelegateBackoff, handleWhen, retry, type IRetryBackoffContext } from 'cockatiel';
import type { CircuitBreaker } from './CircuitBreaker';
import { isRetryable, LlmError, toLlmError } from './LlmError';
import type { LlmFinishReason, LlmProvider, LlmRequest, LlmToolCall, LlmUsage } from './LlmProvider';

export interface ResilientChatOptions {
  breaker: CircuitBreaker;
  /** Tries in total, the first included (default 3). */
  maxAttempts?: number;
  /** Per-attempt wait for the first stream event; null disables it (a local model may need seconds to load). */
  firstByteTimeoutMs?: number | null;
  /** First backoff step (default 250 ms); doubles each retry, with jitter, capped by maxDelayMs. */
  baseDelayMs?: number;
  /** Backoff ceiling (default 5 s). A Retry-After longer than this is not waited for: the turn fails over instead. */
  maxDelayMs?: number;
  random?: () => number;
}

export interface ChatStepResult {
  text: string;
  toolCalls: LlmToolCall[];
  finishReason: LlmFinishReason;
  usage?: LlmUsage;
  /** How many attempts were made (1 = no retry). */
  attempts: number;
}

export class ResilientChat {
  private readonly maxAttempts: number;
  private readonly firstByteTimeoutMs: number | null;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly random: () => number;
  // Built once: the policies are stateless between executions, and building them per call showed up as a
  // measurable share of the first-token overhead (bench/llm).
  private readonly retryPolicy: ReturnType<typeof retry>;

  constructor(private readonly options: ResilientChatOptions) {
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    this.firstByteTimeoutMs = options.firstByteTimeoutMs === undefined ? 15_000 : options.firstByteTimeoutMs;
    this.baseDelayMs = options.baseDelayMs ?? 250;
    this.maxDelayMs = options.maxDelayMs ?? 5_000;
    this.random = options.random ?? Math.random;
    this.retryPolicy = retry(
      handleWhen((error) => isRetryable(error) && !this.retryAfterTooLong(error)),
      {
        maxAttempts: this.maxAttempts - 1, // cockatiel counts retries, not tries
        backoff: new DelegateBackoff((context: IRetryBackoffContext<unknown>) => this.backoffMs(context)),
      },
    );
  }

  get breaker(): CircuitBreaker {
    return this.options.breaker;
  }

  /**
   * Runs the call. On Stop it rejects with kind `aborted` only once the attempt in flight has settled (request
   * aborted, generation stopped, provider cleanup done), so "stopped" means nothing is still running; a backoff
   * sleep is not waited for, since no request is in flight then.
   */
  async run(provider: LlmProvider, request: LlmRequest, signal: AbortSignal, onToken: (text: string) => void): Promise<ChatStepResult> {
    if (signal.aborted) throw new LlmError('aborted', 'The request was stopped.');
    // An open circuit refuses at once: no request, no timeout, no backoff, so hybrid mode goes straight to local.
    const refused = this.options.breaker.refusal();
    if (refused) throw refused;
    let attempts = 0;
    let current: { controller: AbortController; settled: Promise<unknown> } | null = null;
    let reportStopped!: (error: LlmError) => void;
    const stopped = new Promise<never>((_, reject) => (reportStopped = reject));
    // One listener per call (not per attempt): it aborts the attempt in flight and reports "stopped" once it settled.
    const onAbort = (): void => {
      current?.controller.abort(signal.reason);
      void (current?.settled ?? Promise.resolve()).then(() => reportStopped(new LlmError('aborted', 'The request was stopped.')));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const run = this.options.breaker.execute(() =>
      this.retryPolicy.execute(() => {
        // cockatiel's loop wakes from a backoff sleep even after Stop: no new request then.
        if (signal.aborted) throw new LlmError('aborted', 'The request was stopped.');
        attempts++;
        const controller = new AbortController();
        const attempt = this.attempt(provider, request, controller, signal, onToken, attempts);
        current = { controller, settled: attempt.catch(() => undefined) };
        return attempt;
      }, signal),
    );
    run.catch(() => undefined);
    stopped.catch(() => undefined);
    try {
      // cockatiel's backoff sleep ignores the signal; racing it keeps Stop quick during a 5 s backoff.
      const result = await Promise.race([run, stopped]);
      if (signal.aborted) throw new LlmError('aborted', 'The request was stopped.'); // finished while Stop was pressed
      return result;
    } catch (error) {
      if (signal.aborted) {
        if (current) await (current as { settled: Promise<unknown> }).settled;
        if (!(error instanceof LlmError && error.afterFirstToken)) throw new LlmError('aborted', 'The request was stopped.', { cause: error });
      }
      throw toLlmError(error);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  private async attempt(
    provider: LlmProvider,
    request: LlmRequest,
    controller: AbortController,
    signal: AbortSignal,
    onToken: (text: string) => void,
    attemptNo: number,
  ): Promise<ChatStepResult> {
    const iterator = provider.chat(request, controller.signal)[Symbol.asyncIterator]();
    let shown = false;
    let finished = false;
    let text = '';
    const toolCalls: LlmToolCall[] = [];
    try {
      let next = await this.firstEvent(iterator, controller, signal);
      while (!next.done) {
        const event = next.value;
        if (signal.aborted) throw new LlmError('aborted', 'The request was stopped.'); // frozen at Stop
        if (event.type === 'token') {
          shown = true;
          text += event.text;
          onToken(event.text);
        } else if (event.type === 'tool_call') {
          toolCalls.push({ id: event.id, name: event.name, arguments: event.arguments });
        } else {
          finished = true;
          return { text, toolCalls, finishReason: event.finishReason, ...(event.usage ? { usage: event.usage } : {}), attempts: attemptNo };
        }
        next = await iterator.next();
      }
      finished = true;
      return { text, toolCalls, finishReason: toolCalls.length ? 'tool_calls' : 'stop', attempts: attemptNo };
    } catch (error) {
      const llmError = toLlmError(error);
      throw shown ? llmError.withAfterFirstToken() : llmError;
    } finally {
      // Abort only when we left early: aborting a finished HTTP stream can drop its keep-alive socket, and the next
      // turn would pay for a new connection. Closing the generator runs the provider's own cleanup (e.g. the local
      // model's one-at-a-time lock) either way.
      if (!finished) controller.abort(); // releases the HTTP request / llama sequence
      await iterator.return?.().catch(() => undefined);
    }
  }

  /**
   * The first stream event, or kind `timeout` after firstByteTimeoutMs. A plain timer rather than cockatiel's timeout
   * policy: that one derives two abort controllers and listeners per call, which was most of this class's measured
   * first-token overhead (bench/llm), and a cooperative timeout is all that is needed here.
   */
  private async firstEvent<T>(iterator: AsyncIterator<T>, controller: AbortController, signal: AbortSignal): Promise<IteratorResult<T>> {
    const timeoutMs = this.firstByteTimeoutMs;
    if (timeoutMs === null) return iterator.next();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = !signal.aborted;
      controller.abort();
    }, timeoutMs);
    try {
      return await iterator.next();
    } catch (error) {
      if (timedOut) throw new LlmError('timeout', `No answer from the model within ${timeoutMs} ms.`, { cause: error });
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private backoffMs(context: IRetryBackoffContext<unknown>): number {
    const exponential = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.max(0, context.attempt - 1));
    // "Equal jitter": at least half the step, so retries from many clients spread out without collapsing to zero.
    const jittered = exponential / 2 + (this.random() * exponential) / 2;
    const error = 'error' in context.result ? context.result.error : undefined;
    if (error instanceof LlmError && error.kind === 'rate_limited' && error.retryAfterMs !== undefined) {
      return Math.max(error.retryAfterMs, jittered);
    }
    return jittered;
  }

  private retryAfterTooLong(error: Error): boolean {
    return error instanceof LlmError && error.retryAfterMs !== undefined && error.retryAfterMs > this.maxDelayMs;
  }
}
