// Background health of the remote model: a cheap probe (GET /models) every 30 s, and at once when the OS reports a
// network change. HEALTHY when it answers quickly, DEGRADED when slow or answering 5xx/429/4xx, OFFLINE when it
// cannot be reached. Overlapping probes are coalesced, so an online event during a probe does not double the traffic.
import type { ServiceState } from '../../src-preload/contract/views';
import type { Disposable } from '../lifecycle/Disposable';
import { Emitter, type Event } from '../lifecycle/Emitter';
import { LlmError } from './LlmError';

export type HealthState = Extract<ServiceState, 'healthy' | 'degraded' | 'offline'>;

export interface HealthSnapshot {
  state: HealthState;
  latencyMs: number | null;
  checkedAt: number;
  error: string | null;
}

export interface HealthMonitorOptions {
  /** Throws on failure (an LlmError decides DEGRADED vs OFFLINE). */
  probe: (signal: AbortSignal) => Promise<unknown>;
  intervalMs?: number;
  /** Slower than this is DEGRADED (default 3 s). */
  slowMs?: number;
  /** A probe is abandoned (OFFLINE) after this long (default 10 s). */
  probeTimeoutMs?: number;
  now?: () => number;
}

export class HealthMonitor implements Disposable {
  private current: HealthSnapshot | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<HealthSnapshot> | null = null;
  private running = false;
  private readonly emitter = new Emitter<HealthSnapshot>();
  private readonly now: () => number;

  /** Fires when the state changes (not on every probe). */
  readonly onDidChange: Event<HealthSnapshot> = this.emitter.event;

  constructor(private readonly options: HealthMonitorOptions) {
    this.now = options.now ?? Date.now;
  }

  get snapshot(): HealthSnapshot | null {
    return this.current;
  }

  get state(): HealthState | 'unknown' {
    return this.current?.state ?? 'unknown';
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.checkNow();
  }

  /** Call on the OS online/offline event: probe now instead of waiting for the next tick. */
  notifyNetworkChanged(): void {
    if (this.running) void this.checkNow();
  }

  checkNow(): Promise<HealthSnapshot> {
    this.inFlight ??= this.probeOnce().finally(() => {
      this.inFlight = null;
      this.scheduleNext();
    });
    return this.inFlight;
  }

  dispose(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.emitter.dispose();
  }

  private scheduleNext(): void {
    if (!this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.checkNow(), this.options.intervalMs ?? 30_000);
    this.timer.unref?.();
  }

  private async probeOnce(): Promise<HealthSnapshot> {
    const started = this.now();
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), this.options.probeTimeoutMs ?? 10_000);
    let snapshot: HealthSnapshot;
    try {
      await this.options.probe(controller.signal);
      const latencyMs = this.now() - started;
      const slow = latencyMs > (this.options.slowMs ?? 3_000);
      snapshot = { state: slow ? 'degraded' : 'healthy', latencyMs, checkedAt: this.now(), error: slow ? `slow: ${latencyMs} ms` : null };
    } catch (error) {
      const kind = error instanceof LlmError ? error.kind : 'network';
      const offline = kind === 'network' || kind === 'timeout' || kind === 'aborted' || kind === 'unavailable';
      snapshot = {
        state: offline ? 'offline' : 'degraded',
        latencyMs: null,
        checkedAt: this.now(),
        error: error instanceof Error ? error.message : String(error),
      };
    } finally {
      clearTimeout(timeout);
    }
    const changed = snapshot.state !== this.current?.state;
    this.current = snapshot;
    if (changed) this.emitter.fire(snapshot);
    return snapshot;
  }
}
