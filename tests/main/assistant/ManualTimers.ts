// Timers the test moves by hand: `advance(ms)` moves the shared clock to each due timer in turn, runs it and waits for
// the scheduler to settle, so a reminder fires at exactly the instant it is due and nothing fires early.
import type { SchedulerTimers } from '../../../src-main/assistant/ReminderScheduler';

export class ManualTimers implements SchedulerTimers {
  private nextId = 1;
  private readonly pending = new Map<number, { atMs: number; run: () => void }>();

  constructor(private readonly clock: { nowMs: number }) {}

  setTimeout(run: () => void, delayMs: number): unknown {
    const id = this.nextId++;
    this.pending.set(id, { atMs: this.clock.nowMs + delayMs, run });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  get armedCount(): number {
    return this.pending.size;
  }

  async advance(ms: number, settle: () => Promise<void>): Promise<void> {
    const target = this.clock.nowMs + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, t]) => t.atMs <= target).sort((a, b) => a[1].atMs - b[1].atMs)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.clock.nowMs = Math.max(this.clock.nowMs, due[1].atMs);
      due[1].run();
      await settle();
    }
    this.clock.nowMs = target;
    await settle();
  }
}
