// When sync runs: one run at a time with one coalesced follow-up, debounced local writes, backoff with jitter after
// failures, reset when the network comes back. Time is driven by hand (no sleeping, no wall clock).
import { describe, expect, it } from 'vitest';
import { SyncScheduler, type SchedulerTimers, type SyncTrigger } from '../../../src-main/sync/SyncScheduler';

class ManualTimers implements SchedulerTimers {
  now = 0;
  private next = 1;
  private readonly pending = new Map<number, { at: number; run: () => void }>();
  setTimeout(run: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { at: this.now + ms, run });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  /** Runs every timer due within `ms`, in order. */
  async advance(ms: number): Promise<void> {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].run();
      await new Promise((r) => setImmediate(r));
    }
    this.now = until;
  }
  delays(): number[] {
    return [...this.pending.values()].map((t) => t.at - this.now);
  }
}

const flush = () => new Promise((r) => setImmediate(r));

describe('SyncScheduler', () => {
  it('runs one sync at a time and coalesces triggers during a run into exactly one follow-up', async () => {
    const runs: SyncTrigger[] = [];
    let release: () => void = () => undefined;
    const timers = new ManualTimers();
    const scheduler = new SyncScheduler({
      timers,
      canRun: () => true,
      run: async (trigger) => {
        runs.push(trigger);
        if (runs.length === 1) await new Promise<void>((r) => (release = r));
      },
    });
    const first = scheduler.trigger('manual');
    void scheduler.trigger('pull_now');
    void scheduler.trigger('local_write');
    void scheduler.trigger('interval');
    await flush();
    expect(runs).toEqual(['manual']);
    release();
    await first;
    await flush();
    await flush();
    expect(runs).toEqual(['manual', 'pull_now']);
    scheduler.dispose();
  });

  it('debounces bursts of local writes into one run', async () => {
    const runs: SyncTrigger[] = [];
    const timers = new ManualTimers();
    const scheduler = new SyncScheduler({ timers, debounceMs: 2_000, canRun: () => true, run: async (t) => void runs.push(t) });
    for (let i = 0; i < 10; i++) {
      scheduler.notifyLocalWrite();
      await timers.advance(500);
    }
    expect(runs).toEqual([]);
    await timers.advance(2_000);
    expect(runs).toEqual(['local_write']);
    scheduler.dispose();
  });

  it('backs off exponentially with jitter after failures, and a network-up resets it', async () => {
    const timers = new ManualTimers();
    let fail = true;
    const runs: SyncTrigger[] = [];
    const scheduler = new SyncScheduler({
      timers,
      random: () => 1,
      backoff: { baseMs: 1_000, maxMs: 8_000 },
      canRun: () => true,
      run: async (t) => {
        runs.push(t);
        if (fail) throw new Error('offline');
      },
    });
    await scheduler.trigger('manual');
    expect(timers.delays()).toEqual([1_000]);
    await timers.advance(1_000);
    expect(timers.delays()).toEqual([2_000]);
    await timers.advance(2_000);
    await timers.advance(4_000);
    await timers.advance(8_000);
    expect(timers.delays()).toEqual([8_000]); // capped
    // Jitter: between half the ceiling and the ceiling.
    const jittered = new SyncScheduler({ timers: new ManualTimers(), random: () => 0, backoff: { baseMs: 1_000, maxMs: 8_000 }, canRun: () => true, run: async () => undefined });
    expect(jittered.backoffDelayMs(3)).toBe(2_000);
    fail = false;
    scheduler.notifyOnline(true);
    await flush();
    expect(runs.at(-1)).toBe('online');
    expect(runs.filter((t) => t === 'retry').length).toBe(4);
    scheduler.dispose();
    jittered.dispose();
  });

  it('does nothing while it may not run (logged out or offline)', async () => {
    const runs: SyncTrigger[] = [];
    const scheduler = new SyncScheduler({ timers: new ManualTimers(), canRun: () => false, run: async (t) => void runs.push(t) });
    await scheduler.trigger('manual');
    expect(runs).toEqual([]);
    scheduler.dispose();
  });
});
