// Fires reminders as notifications through the Platform port while the app runs (no network needed). One timer per
// upcoming reminder; the graph's change events reschedule a reminder whatever wrote it (this app, the CLI, a sync
// pull), so an edit made elsewhere moves the timer and the old time never fires. A fired occurrence is recorded on the
// reminder itself (`fired_for`, or the next `at` for repeating ones) so a restart does not notify it twice, and so a
// reminder that came due while the app was closed is reported as missed on the next start.
import type { ReminderDueView, ReminderView } from '../../src-preload/contract/assistantViews';
import type { Entity } from '../../src-shared/protocol/entities';
import type { GraphStore } from '../graph/GraphStore';
import type { Disposable } from '../lifecycle/Disposable';
import { Emitter, type Event } from '../lifecycle/Emitter';
import type { PlatformNotification } from '../platform/Platform';
import type { ToolContext } from '../tools/ToolDefinition';
import { isReminderEntity, toReminderView } from './householdItems';
import { listItems, requireItem, updateItem } from './householdWrites';
import { nextOccurrence } from './parseWhen';
import { reminderNotification } from './reminderNotification';
import { addWallDays, formatWhen, instantOf, wallTimeOf } from './zonedTime';

export interface SchedulerTimers {
  setTimeout(run: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type SnoozeOption = '10m' | '1h' | 'tomorrow';

export interface ReminderSchedulerOptions {
  store: GraphStore;
  /** Who the scheduler's own writes (fired, snoozed, done) are attributed to. */
  writeContext: () => Pick<ToolContext, 'store' | 'clock' | 'userId'>;
  notify: (notification: PlatformNotification) => void;
  now: () => number;
  timeZone: () => Promise<string>;
  timers?: SchedulerTimers;
}

/** setTimeout cannot wait longer than 2^31-1 ms (~24.8 days); longer waits are re-armed in steps. */
const MAX_DELAY_MS = 2_147_483_647;
const TOMORROW_HOUR = 9;

const realTimers: SchedulerTimers = {
  setTimeout: (run, delayMs) => {
    const handle = setTimeout(run, delayMs);
    // A pending reminder must not keep a finished process (a CLI command, a test) alive.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export class ReminderScheduler implements Disposable {
  private readonly timers: SchedulerTimers;
  private readonly armed = new Map<string, { handle: unknown; dueMs: number }>();
  private readonly fireEmitter = new Emitter<ReminderDueView>();
  /** Every notification, also for browser mode (a Web Notification) and the panel's toast. */
  readonly onDidFire: Event<ReminderDueView> = this.fireEmitter.event;
  private readonly settleEmitter = new Emitter<ReminderView>();
  /** A reminder was snoozed or done (from the panel, a toast or the notification's own buttons): its toasts can go. */
  readonly onDidSettle: Event<ReminderView> = this.settleEmitter.event;
  private missedList: ReminderDueView[] = [];
  private queue: Promise<void> = Promise.resolve();
  private listening: Disposable | undefined;
  private disposed = false;

  constructor(private readonly options: ReminderSchedulerOptions) {
    this.timers = options.timers ?? realTimers;
  }

  /** Arms every upcoming reminder and notifies those missed while the app was closed; returns the missed ones. */
  async start(): Promise<ReminderDueView[]> {
    this.listening = this.options.store.onDidChange((change) => {
      if (change.entityIds.length > 0) this.enqueue(() => this.syncChanged(change.entityIds));
    });
    const reminders = await listItems({ store: this.options.store }, 'reminder');
    for (const entity of reminders) this.enqueue(() => this.sync(entity.id, true));
    await this.queue;
    return this.missed;
  }

  get missed(): ReminderDueView[] {
    return [...this.missedList];
  }

  dismissMissed(): void {
    this.missedList = [];
  }

  async snooze(id: string, option: SnoozeOption): Promise<ReminderView> {
    const ctx = this.options.writeContext();
    const current = await requireItem(ctx, id, 'reminder');
    const now = this.options.now();
    let untilMs = now + (option === '10m' ? 10 * 60_000 : 3600_000);
    if (option === 'tomorrow') {
      const tz = await this.options.timeZone();
      const today = wallTimeOf(now, tz);
      untilMs = instantOf(addWallDays({ ...today, hour: TOMORROW_HOUR, minute: 0 }, 1), tz);
    }
    this.forgetMissed(id);
    return this.settled(await updateItem(ctx, current, { snoozed_until: new Date(untilMs).toISOString(), done: false }));
  }

  /** "Done": a one-off reminder is finished; a repeating one moves on to its next occurrence. */
  async complete(id: string): Promise<ReminderView> {
    const ctx = this.options.writeContext();
    const current = await requireItem(ctx, id, 'reminder');
    const view = toReminderView(current) as ReminderView;
    this.forgetMissed(id);
    if (view.recurrence) {
      const next = nextOccurrence(Date.parse(view.at), view.recurrence, this.options.now(), await this.options.timeZone());
      return this.settled(await updateItem(ctx, current, { at: new Date(next).toISOString(), snoozed_until: null, fired_for: null }));
    }
    return this.settled(await updateItem(ctx, current, { done: true, snoozed_until: null }));
  }

  private settled(entity: Entity): ReminderView {
    const view = toReminderView(entity) as ReminderView;
    this.settleEmitter.fire(view);
    return view;
  }

  /** Waits for scheduling work in flight (tests, and dispose). */
  whenIdle(): Promise<void> {
    return this.queue;
  }

  dispose(): void {
    this.disposed = true;
    this.listening?.dispose();
    for (const { handle } of this.armed.values()) this.timers.clearTimeout(handle);
    this.armed.clear();
    this.fireEmitter.dispose();
    this.settleEmitter.dispose();
  }

  /** One reminder at a time, in order: a timer and a change event for the same reminder cannot both fire it. */
  private enqueue(work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch((error: unknown) => console.error('[reminders] scheduling failed', error));
  }

  private disarm(id: string): void {
    const armed = this.armed.get(id);
    if (armed) this.timers.clearTimeout(armed.handle);
    this.armed.delete(id);
  }

  private async sync(id: string, atStart: boolean): Promise<void> {
    if (this.disposed) return;
    await this.syncWith(id, await this.options.store.getEntity(id), atStart);
  }

  /**
   * The ids of one change event with one read: a sync pull announces a page of 500 ids at a time, and a read per id
   * (20 000 on a full pull of a large home) took the app's main thread for longer than applying the pull itself.
   */
  private async syncChanged(ids: readonly string[]): Promise<void> {
    if (this.disposed) return;
    const entities = await this.options.store.getEntities(ids);
    for (const id of ids) await this.syncWith(id, entities.get(id), false);
  }

  private async syncWith(id: string, entity: Entity | undefined, atStart: boolean): Promise<void> {
    if (this.disposed) return;
    const view = entity && isReminderEntity(entity) ? toReminderView(entity) : undefined;
    if (!view || view.done || view.fired_for === view.due_at) {
      this.disarm(id);
      if (!view || view.done) this.forgetMissed(id);
      return;
    }
    const dueMs = Date.parse(view.due_at);
    const now = this.options.now();
    if (dueMs <= now) {
      this.disarm(id);
      await this.fire(view, atStart);
      return;
    }
    if (this.armed.get(id)?.dueMs === dueMs) return;
    this.disarm(id);
    const handle = this.timers.setTimeout(() => {
      this.armed.delete(id);
      this.enqueue(() => this.sync(id, false));
    }, Math.min(dueMs - now, MAX_DELAY_MS));
    this.armed.set(id, { handle, dueMs });
  }

  private async fire(view: ReminderView, missed: boolean): Promise<void> {
    const tz = await this.options.timeZone();
    const due: ReminderDueView = { reminder: view, missed, when: formatWhen(Date.parse(view.due_at), tz) };
    this.options.notify(reminderNotification(due));
    if (missed) this.missedList = [...this.missedList.filter((m) => m.reminder.id !== view.id), due];
    this.fireEmitter.fire(due);
    const ctx = this.options.writeContext();
    const current = await ctx.store.getEntity(view.id);
    if (!current) return;
    if (view.recurrence) {
      const next = nextOccurrence(Date.parse(view.at), view.recurrence, this.options.now(), tz);
      await updateItem(ctx, current, { at: new Date(next).toISOString(), snoozed_until: null, fired_for: null });
    } else {
      await updateItem(ctx, current, { fired_for: view.due_at });
    }
  }

  private forgetMissed(id: string): void {
    this.missedList = this.missedList.filter((m) => m.reminder.id !== id);
  }
}
