// The per-provider circuit breaker of ARCHITECTURE.md: CLOSED → OPEN after N consecutive provider failures, OPEN →
// HALF_OPEN after a cool-down, one probe at a time while HALF_OPEN, CLOSED after M consecutive successful probes.
// cockatiel's CircuitBreakerPolicy closes after a single success and queues callers behind the probe, so this small
// state machine replaces it; retry and timeout still come from cockatiel (see ResilientChat).
// Every transition starts a new generation, and a call's outcome counts only in the generation it started in: a slow
// call started while CLOSED that finishes during HALF_OPEN is not the probe, so it neither decides the probe's result
// nor frees the probe slot; a call that straddles reset() does not count against the fresh circuit.
import { Emitter, type Event } from '../lifecycle/Emitter';
import { countsAsProviderFailure, LlmError } from './LlmError';

export type BreakerStateName = 'closed' | 'open' | 'half_open';

type BreakerState =
  | { name: 'closed'; consecutiveFailures: number }
  | { name: 'open'; openedAt: number }
  | { name: 'half_open'; successes: number; probeInFlight: boolean };

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit (default 5). */
  failureThreshold?: number;
  /** Time OPEN before a probe is allowed (default 60 s). */
  halfOpenAfterMs?: number;
  /** Consecutive successful probes that close it again (default 3). */
  successThreshold?: number;
  /** Which errors count as failures; 4xx, Stop and malformed output do not by default. */
  isFailure?: (error: unknown) => boolean;
  now?: () => number;
}

export class CircuitBreaker {
  private state: BreakerState = { name: 'closed', consecutiveFailures: 0 };
  private readonly failureThreshold: number;
  private readonly successThreshold: number;
  private readonly halfOpenAfterMs: number;
  private readonly isFailure: (error: unknown) => boolean;
  private readonly now: () => number;
  private readonly stateEmitter = new Emitter<BreakerStateName>();
  private lastFailure: unknown = undefined;
  private generation = 0;

  readonly onDidChangeState: Event<BreakerStateName> = this.stateEmitter.event;

  constructor(options: CircuitBreakerOptions = {}) {
    this.failureThreshold = options.failureThreshold ?? 5;
    this.successThreshold = options.successThreshold ?? 3;
    this.halfOpenAfterMs = options.halfOpenAfterMs ?? 60_000;
    this.isFailure = options.isFailure ?? countsAsProviderFailure;
    this.now = options.now ?? Date.now;
  }

  /** The state as of now: an OPEN circuit whose cool-down has passed reads as HALF_OPEN. */
  get stateName(): BreakerStateName {
    this.advanceClock();
    return this.state.name;
  }

  /** When an OPEN circuit lets the next call through as a probe (epoch ms), or null when it is not OPEN. */
  get nextProbeAt(): number | null {
    this.advanceClock();
    return this.state.name === 'open' ? this.state.openedAt + this.halfOpenAfterMs : null;
  }

  /** The error that last counted as a failure (for "why is it open"). */
  get lastFailureReason(): unknown {
    return this.lastFailure;
  }

  /** Whether a call made now would be let through. */
  get allowsCalls(): boolean {
    this.advanceClock();
    return this.state.name === 'closed' || (this.state.name === 'half_open' && !this.state.probeInFlight);
  }

  /**
   * Runs `fn` if the circuit allows it, else throws LlmError kind `circuit_open` without calling it. While HALF_OPEN
   * exactly one call at a time is the probe; concurrent callers are refused (they fail over) rather than queued.
   */
  async execute<T>(fn: () => Promise<T>): Promise<T> {
    const refused = this.refusal();
    if (refused) throw refused;
    const state = this.state;
    if (state.name === 'half_open') state.probeInFlight = true;
    const generation = this.generation;
    let result: T;
    try {
      result = await fn();
    } catch (error) {
      this.record(generation, this.isFailure(error) ? 'failure' : 'neutral', error);
      throw error;
    }
    this.record(generation, 'success');
    return result;
  }

  /** The `circuit_open` error a call made now would get, or null when it would be let through. */
  refusal(): LlmError | null {
    this.advanceClock();
    const state = this.state;
    if (state.name === 'open') return new LlmError('circuit_open', 'The remote model is paused after repeated failures.');
    if (state.name === 'half_open' && state.probeInFlight) return new LlmError('circuit_open', 'The remote model is being re-tested; another call is the probe.');
    return null;
  }

  reset(): void {
    this.lastFailure = undefined;
    this.transition({ name: 'closed', consecutiveFailures: 0 });
  }

  private record(generation: number, outcome: 'success' | 'failure' | 'neutral', error?: unknown): void {
    // Started in an earlier state (or before a reset): whatever it says is about a circuit that no longer exists.
    if (generation !== this.generation) return;
    const state = this.state;
    if (outcome === 'failure') this.lastFailure = error;
    switch (state.name) {
      case 'closed':
        if (outcome === 'success') state.consecutiveFailures = 0;
        else if (outcome === 'failure') {
          state.consecutiveFailures++;
          if (state.consecutiveFailures >= this.failureThreshold) this.transition({ name: 'open', openedAt: this.now() });
        }
        return;
      case 'half_open':
        state.probeInFlight = false;
        if (outcome === 'failure') this.transition({ name: 'open', openedAt: this.now() });
        else if (outcome === 'success') {
          state.successes++;
          if (state.successes >= this.successThreshold) this.transition({ name: 'closed', consecutiveFailures: 0 });
        }
        return;
      case 'open':
        return; // unreachable: no call starts while OPEN, and older calls are of an older generation
    }
  }

  private advanceClock(): void {
    if (this.state.name === 'open' && this.now() - this.state.openedAt >= this.halfOpenAfterMs) {
      this.transition({ name: 'half_open', successes: 0, probeInFlight: false });
    }
  }

  private transition(next: BreakerState): void {
    const changed = next.name !== this.state.name;
    this.state = next;
    this.generation++;
    if (changed) this.stateEmitter.fire(next.name);
  }
}
