// When sync runs: on start, when the network comes back, shortly after local writes (debounced), on "pull now", and
// every N minutes; one run at a time (a trigger during a run schedules exactly one follow-up); after a failure it
// backs off exponentially with full jitter. Timers are injectable so tests drive time without sleeping.
import type { Disposable } from '../lifecycle/Disposable';

export type SyncTrigger = 'start' | 'online' | 'local_write' | 'pull_now' | 'interval' | 'manual' | 'retry';

export interface SchedulerTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SyncSchedulerOptions {
  run: (trigger: SyncTrigger) => Promise<void>;
  /** false while logged out or offline: triggers are then ignored until the next one. */
  canRun: () => boolean | Promise<boolean>;
  intervalMs?: number;
  debounceMs?: number;
  backoff?: { baseMs: number; maxMs: number };
  timers?: SchedulerTimers;
  random?: () => number;
}

// Unref'd: a pending sync timer never keeps a CLI or test process alive.
const realTimers: SchedulerTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export class SyncScheduler implements Disposable {
  private running: Promise<void> | undefined;
  private followUp: SyncTrigger | undefined;
  private failures = 0;
  private debounce: unknown;
  private retry: unknown;
  private interval: unknown;
  private disposed = false;
  private readonly timers: SchedulerTimers;

  constructor(private readonly options: SyncSchedulerOptions) {
    this.timers = options.timers ?? realTimers;
  }

  start(): void {
    this.trigger('start');
    this.scheduleInterval();
  }

  /** Local writes come in bursts (an import, a batch approval): one sync a moment after the last one. */
  notifyLocalWrite(): void {
    if (this.disposed) return;
    if (this.debounce !== undefined) this.timers.clearTimeout(this.debounce);
    this.debounce = this.timers.setTimeout(() => {
      this.debounce = undefined;
      this.trigger('local_write');
    }, this.options.debounceMs ?? 2_000);
  }

  notifyOnline(online: boolean): void {
    if (online) {
      this.failures = 0;
      this.trigger('online');
    }
  }

  /** Runs now (or right after the current run); resolves when that run has finished. */
  trigger(trigger: SyncTrigger): Promise<void> {
    if (this.disposed) return Promise.resolve();
    if (this.running) {
      this.followUp ??= trigger;
      return this.running;
    }
    this.running = this.runOnce(trigger).finally(() => {
      this.running = undefined;
      const next = this.followUp;
      this.followUp = undefined;
      if (next && !this.disposed) void this.trigger(next);
    });
    return this.running;
  }

  /** The delay before retry number `failures` (1-based): full jitter over an exponential ceiling. */
  backoffDelayMs(failures: number): number {
    const { baseMs, maxMs } = this.options.backoff ?? { baseMs: 5_000, maxMs: 15 * 60_000 };
    const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
    return Math.round(ceiling / 2 + ((this.options.random ?? Math.random)() * ceiling) / 2);
  }

  private async runOnce(trigger: SyncTrigger): Promise<void> {
    if (!(await this.options.canRun())) return;
    try {
      await this.options.run(trigger);
      this.failures = 0;
    } catch {
      // The run reported its own error (status, log); here it only decides when to try again.
      this.failures++;
      if (this.retry !== undefined) this.timers.clearTimeout(this.retry);
      this.retry = this.timers.setTimeout(() => {
        this.retry = undefined;
        void this.trigger('retry');
      }, this.backoffDelayMs(this.failures));
    }
  }

  private scheduleInterval(): void {
    if (this.disposed) return;
    this.interval = this.timers.setTimeout(() => {
      void this.trigger('interval');
      this.scheduleInterval();
    }, this.options.intervalMs ?? 5 * 60_000);
  }

  dispose(): void {
    this.disposed = true;
    for (const handle of [this.debounce, this.retry, this.interval]) if (handle !== undefined) this.timers.clearTimeout(handle);
  }
}
