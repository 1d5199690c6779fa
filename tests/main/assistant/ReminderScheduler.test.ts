// Reminders fire through the Platform's notify port while the app runs: at their time, once; snooze fires again; an
// edit by another writer (a sync pull, the CLI) moves the timer; reminders due while the app was closed are reported
// on the next start. Real services over SQLite; time is a shared manual clock, plus one test with a real 2 s timer.
import { afterEach, describe, expect, it } from 'vitest';
import { householdEntityVersion } from './householdEntityVersion';
import { ManualTimers } from './ManualTimers';
import { FIXED_NOW_MS, openAssistantHarness, type AssistantHarness } from './assistantHarness';
import type { PublishedEvent } from '../../../src-main/api/EventBus';
import { ReminderScheduler } from '../../../src-main/assistant/ReminderScheduler';
import { homeTimeZone } from '../../../src-main/assistant/homeTimeZone';
import { VersionClock } from '../../../src-shared/protocol/version';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import { createTestServices } from '../../support/createTestServices';

let h: AssistantHarness | undefined;
afterEach(async () => {
  await h?.cleanup();
  h = undefined;
});

async function withManualTimers(): Promise<{ h: AssistantHarness; timers: ManualTimers; advance: (ms: number) => Promise<void> }> {
  const clock = { nowMs: FIXED_NOW_MS };
  const timers = new ManualTimers(clock);
  h = await openAssistantHarness({ clock, timers, scheduleReminders: true });
  const scheduler = h.t.services.assistant.scheduler;
  return { h, timers, advance: (ms) => timers.advance(ms, () => scheduler.whenIdle()) };
}

describe('ReminderScheduler', () => {
  it('a reminder set for +2 s fires one notification through the platform port at its time, and a snooze fires it again', async () => {
    const { h, advance } = await withManualTimers();
    const events: PublishedEvent[] = [];
    h.t.services.events.onDidPublish((e) => events.push(e));
    const { reminder } = await h.call('assistant.createReminder', { text: 'check the oven in 2 seconds' });
    await h.t.services.assistant.scheduler.whenIdle();
    expect(reminder.at).toBe(new Date(FIXED_NOW_MS + 2000).toISOString());

    await advance(1999);
    expect(h.notifications).toEqual([]);
    await advance(1);
    expect(h.notifications).toEqual([{ title: 'Reminder', body: 'check the oven' }]);
    const due = events.filter((e) => e.name === 'assistant.reminderDue');
    expect(due).toHaveLength(1);
    expect(due[0]?.payload).toMatchObject({ missed: false, reminder: { id: reminder.id } });
    // Recorded on the reminder, so neither a timer nor a restart notifies this occurrence again.
    const stored = (await h.call('assistant.overview', {})).reminders.find((r) => r.id === reminder.id);
    expect(stored?.fired_for).toBe(reminder.at);
    await advance(60_000);
    expect(h.notifications).toHaveLength(1);

    await h.call('assistant.snoozeReminder', { id: reminder.id, option: '10m' });
    await advance(10 * 60_000 - 1);
    expect(h.notifications).toHaveLength(1);
    await advance(1);
    expect(h.notifications).toEqual([{ title: 'Reminder', body: 'check the oven' }, { title: 'Reminder', body: 'check the oven' }]);

    await h.call('assistant.snoozeReminder', { id: reminder.id, option: '1h' });
    await h.call('assistant.completeReminder', { id: reminder.id });
    await advance(2 * 3600_000);
    expect(h.notifications).toHaveLength(2);
  });

  it('"snooze until tomorrow" fires at 09:00 the next morning in the home\'s time zone', async () => {
    const { h, advance } = await withManualTimers();
    const { reminder } = await h.call('assistant.createReminder', { text: 'feed the fish in 1 minute' });
    await advance(60_000);
    const snoozed = await h.call('assistant.snoozeReminder', { id: reminder.id, option: 'tomorrow' });
    expect(snoozed.due_at).toBe('2026-10-24T08:00:00.000Z'); // 09:00 BST
    await advance(Date.parse(snoozed.due_at) - (FIXED_NOW_MS + 60_000) - 1);
    expect(h.notifications).toHaveLength(1);
    await advance(1);
    expect(h.notifications).toHaveLength(2);
  });

  it('a reminder edited by another writer (as a sync pull does) is rescheduled and fires once, at the edited time', async () => {
    const { h, advance, timers } = await withManualTimers();
    const { reminder } = await h.call('assistant.createReminder', { text: 'call the plumber in 2 seconds' });
    await h.t.services.assistant.scheduler.whenIdle();
    const current = await h.t.services.store.getEntity(reminder.id);
    if (!current) throw new Error('reminder not stored');
    const editedAt = new Date(FIXED_NOW_MS + 5000).toISOString();
    // Our version was pushed and acked; then another client's version arrives the way a pull applies it.
    await h.t.services.store.markPushed('home', { entities: [{ id: current.id, version: current.version }], relationships: [] });
    await h.t.services.store.applyPulled('home', {
      entities: [householdEntityVersion(current, { at: editedAt }, new VersionClock(() => Date.now() + 1000), 'other-client')],
      relationships: [],
    });
    await h.t.services.assistant.scheduler.whenIdle();
    expect(timers.armedCount).toBe(1);
    await advance(4999);
    expect(h.notifications).toEqual([]);
    await advance(1);
    expect(h.notifications).toEqual([{ title: 'Reminder', body: 'call the plumber' }]);
    await advance(3600_000);
    expect(h.notifications).toHaveLength(1);
  });

  it('a repeating reminder moves to its next time after firing, keeping its wall time across the DST change', async () => {
    const { h, advance } = await withManualTimers();
    await h.setTimeZone('America/New_York');
    await h.say('remind me every Monday at 9 to take the bins out');
    const [first] = (await h.call('assistant.overview', {})).reminders;
    expect(first?.at).toBe('2026-10-26T13:00:00.000Z'); // 09:00 EDT
    await advance(Date.parse(first?.at ?? '') - FIXED_NOW_MS);
    expect(h.notifications).toEqual([{ title: 'Reminder', body: 'take the bins out' }]);
    const [next] = (await h.call('assistant.overview', {})).reminders;
    expect(next?.at).toBe('2026-11-02T14:00:00.000Z'); // 09:00 EST
  });

  it('reminders that came due while the app was closed are notified and listed as missed on the next start', async () => {
    const clock = { nowMs: FIXED_NOW_MS };
    h = await openAssistantHarness({ clock, scheduleReminders: false });
    await h.say('remind me to water the plants in 1 hour');
    await h.say('remind me to call mom tomorrow at 9');
    clock.nowMs += 3 * 3600_000; // the app was closed for three hours
    const notified: Array<{ title: string; body: string }> = [];
    const store = h.t.services.store;
    const nextStart = new ReminderScheduler({
      store,
      writeContext: () => ({ store, clock: new VersionClock(() => clock.nowMs), userId: 'tester' }),
      notify: (n) => notified.push({ title: n.title, body: n.body }),
      now: () => clock.nowMs,
      timeZone: () => homeTimeZone(store),
      timers: new ManualTimers(clock),
    });
    const missed = await nextStart.start();
    expect(missed.map((m) => [m.reminder.title, m.when, m.missed])).toEqual([['water the plants', 'Fri 23 Oct, 12:00', true]]);
    expect(notified).toEqual([{ title: 'Missed reminder', body: 'water the plants (was due Fri 23 Oct, 12:00)' }]);
    // Not again on the start after that.
    const again = new ReminderScheduler({
      store, writeContext: () => ({ store, clock: new VersionClock(), userId: 'tester' }), notify: (n) => notified.push(n),
      now: () => clock.nowMs, timeZone: () => homeTimeZone(store), timers: new ManualTimers(clock),
    });
    expect(await again.start()).toEqual([]);
    expect(notified).toHaveLength(1);
    nextStart.dispose();
    again.dispose();
  });

  it('a pulled page of many ids is read with one getEntities call, and the reminder among them is rescheduled', async () => {
    const clock = { nowMs: FIXED_NOW_MS };
    h = await openAssistantHarness({ clock, scheduleReminders: false });
    const { reminder } = await h.call('assistant.createReminder', { text: 'check the boiler in 2 seconds' });
    const store = h.t.services.store;
    const current = await store.getEntity(reminder.id);
    if (!current) throw new Error('reminder not stored');
    await store.markPushed('home', { entities: [{ id: current.id, version: current.version }], relationships: [] });
    const reads = { getEntity: 0, getEntities: 0 };
    const counted = new Proxy(store, {
      get(target, key, receiver) {
        if (key === 'getEntity' || key === 'getEntities') reads[key]++;
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const timers = new ManualTimers(clock);
    const notified: string[] = [];
    const scheduler = new ReminderScheduler({
      store: counted, writeContext: () => ({ store, clock: new VersionClock(() => clock.nowMs), userId: 'tester' }), notify: (n) => notified.push(n.body),
      now: () => clock.nowMs, timeZone: () => homeTimeZone(store), timers,
    });
    await scheduler.start();
    reads.getEntity = 0;
    reads.getEntities = 0;
    const devices = Array.from({ length: 300 }, (_, i) => ({
      id: `dev-${i}`, version: new VersionClock(() => FIXED_NOW_MS).next('other-client'), entity_type: 'device' as const, name: `Device ${i}`,
      content: {}, source_type: 'manual' as const, user_id: 'other-client', parent_versions: [],
    }));
    const editedAt = new Date(FIXED_NOW_MS + 7000).toISOString();
    await store.applyPulled('home', { entities: [...devices, householdEntityVersion(current, { at: editedAt }, new VersionClock(() => FIXED_NOW_MS + 1000), 'other-client')], relationships: [] });
    await scheduler.whenIdle();
    expect(reads).toEqual({ getEntity: 0, getEntities: 1 });
    expect(timers.armedCount).toBe(1);
    await timers.advance(6999, () => scheduler.whenIdle());
    expect(notified).toEqual([]);
    await timers.advance(1, () => scheduler.whenIdle());
    expect(notified).toEqual(['check the boiler']);
    scheduler.dispose();
  });

  it('fires with a real 2 s timer too (no fake clock)', async () => {
    h = await openAssistantHarness({ clock: { get nowMs() { return Date.now(); } } as { nowMs: number }, scheduleReminders: true });
    const started = Date.now();
    await h.call('assistant.createReminder', { text: 'stretch in 2 seconds' });
    await expect.poll(() => h?.notifications.length, { timeout: 6000, interval: 100 }).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(h.notifications[0]).toEqual({ title: 'Reminder', body: 'stretch' });
  });
});

describe('who may change todos and reminders', () => {
  it('guests can list but not add, and the panel calls refuse them too', async () => {
    h = await openAssistantHarness();
    await h.say('add milk to the shopping list');
    const guest = await createTestServices({ role: 'guest', userId: 'visitor' }, h.t.dataDir);
    try {
      const listed = await dispatchCall(guest.services.handlers, 'chat.send', { text: "what's on the shopping list?" }, 'test');
      expect(listed.ok && (listed.value as { reply: { response: string } }).reply.response).toMatch(/On the shopping list \(1\):\n• milk/);
      const added = await dispatchCall(guest.services.handlers, 'chat.send', { text: 'add eggs to the shopping list' }, 'test');
      expect(added.ok && (added.value as { reply: { response: string } }).reply.response).toMatch(/Guests can read/);
      const panel = await dispatchCall(guest.services.handlers, 'assistant.addTodo', { title: 'eggs' }, 'test');
      expect(panel.ok ? null : panel.error.type).toBe('forbidden');
    } finally {
      await guest.services.dispose();
      await guest.platform.dispose();
    }
  });
});
