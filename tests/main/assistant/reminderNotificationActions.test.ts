// Snooze and done on the notification itself: a due reminder reaches the platform port with four buttons and a click
// target (the Todos panel, whose toast has the same buttons where the OS shows none). A button pressed on the port
// (NodePlatform.chooseNotificationAction, as Electron's 'action' event does) snoozes or finishes that reminder: a
// snooze fires again at the snoozed time on the fake clock, done never fires again.
import { afterEach, describe, expect, it } from 'vitest';
import type { PublishedEvent } from '../../../src-main/api/EventBus';
import { reminderActionFor } from '../../../src-main/assistant/reminderNotification';
import { actionChoice, electronNotificationOptions } from '../../../src-main/platform/notificationActions';
import { ManualTimers } from './ManualTimers';
import { FIXED_NOW_MS, openAssistantHarness, type AssistantHarness } from './assistantHarness';

let h: AssistantHarness | undefined;
afterEach(async () => {
  await h?.cleanup();
  h = undefined;
});

async function withManualTimers() {
  const clock = { nowMs: FIXED_NOW_MS };
  const timers = new ManualTimers(clock);
  h = await openAssistantHarness({ clock, timers, scheduleReminders: true });
  const harness = h;
  const scheduler = harness.t.services.assistant.scheduler;
  const advance = (ms: number) => timers.advance(ms, () => scheduler.whenIdle());
  const version = async (id: string) => (await harness.call('assistant.overview', {})).reminders.find((r) => r.id === id)?.version;
  /** Presses a button of the last notification, the way the OS reports it, and waits for the reminder's new version. */
  const press = async (actionId: string) => {
    const tag = harness.notified.at(-1)?.tag;
    if (!tag) throw new Error('no notification with a tag');
    const id = tag.slice('reminder:'.length);
    const before = await version(id);
    harness.t.platform.chooseNotificationAction({ tag, actionId });
    await expect.poll(() => version(id), { timeout: 5000 }).not.toBe(before);
    await scheduler.whenIdle();
  };
  return { h: harness, advance, press };
}

describe('notification buttons: snooze and done', () => {
  it('a due reminder reaches the port with snooze 10 min / 1 h / tomorrow and done, and a click target', async () => {
    const { h, advance } = await withManualTimers();
    const { reminder } = await h.call('assistant.createReminder', { text: 'check the oven in 2 seconds' });
    await advance(2000);
    expect(h.notified).toEqual([{
      title: 'Reminder', body: 'check the oven', tag: `reminder:${reminder.id}`, target: { kind: 'todos' },
      actions: [
        { id: 'snooze-10m', label: 'Snooze 10 min' }, { id: 'snooze-1h', label: 'Snooze 1 h' },
        { id: 'snooze-tomorrow', label: 'Tomorrow' }, { id: 'done', label: 'Done' },
      ],
    }]);
  });

  it('"Snooze 10 min" on the notification fires it again 10 minutes later; "Done" finishes it', async () => {
    const { h, advance, press } = await withManualTimers();
    const events: PublishedEvent[] = [];
    h.t.services.events.onDidPublish((e) => events.push(e));
    const { reminder } = await h.call('assistant.createReminder', { text: 'take the cake out in 2 seconds' });
    await advance(2000);
    expect(h.notifications).toHaveLength(1);

    await press('snooze-10m');
    const snoozed = (await h.call('assistant.overview', {})).reminders.find((r) => r.id === reminder.id);
    expect(snoozed?.snoozed_until).toBe(new Date(FIXED_NOW_MS + 2000 + 10 * 60_000).toISOString());
    expect(events.filter((e) => e.name === 'assistant.reminderSettled').map((e) => e.payload)).toEqual([{ id: reminder.id }]);
    await advance(10 * 60_000 - 1);
    expect(h.notifications).toHaveLength(1);
    await advance(1);
    expect(h.notifications).toEqual([{ title: 'Reminder', body: 'take the cake out' }, { title: 'Reminder', body: 'take the cake out' }]);

    await press('done');
    const done = (await h.call('assistant.overview', {})).reminders.find((r) => r.id === reminder.id);
    expect(done?.done).toBe(true);
    await advance(2 * 24 * 3600_000);
    expect(h.notifications).toHaveLength(2);
  });

  it('"Snooze 1 h" and "Tomorrow" on the notification', async () => {
    const { h, advance, press } = await withManualTimers();
    const { reminder } = await h.call('assistant.createReminder', { text: 'feed the fish in 1 minute' });
    await advance(60_000);
    await press('snooze-1h');
    await advance(3600_000 - 1);
    expect(h.notifications).toHaveLength(1);
    await advance(1);
    expect(h.notifications).toHaveLength(2);
    await press('snooze-tomorrow');
    const snoozed = (await h.call('assistant.overview', {})).reminders.find((r) => r.id === reminder.id);
    expect(snoozed?.due_at).toBe('2026-10-24T08:00:00.000Z'); // 09:00 BST the next morning
  });

  it('buttons of other notifications, unknown buttons and forged tags do nothing', () => {
    expect(reminderActionFor({ tag: 'approval:1', actionId: 'done' })).toBeUndefined();
    expect(reminderActionFor({ tag: 'reminder:abc', actionId: 'explode' })).toBeUndefined();
    expect(reminderActionFor({ tag: 'reminder:', actionId: 'done' })).toBeUndefined();
    expect(reminderActionFor({ tag: `reminder:${'x'.repeat(500)}`, actionId: 'done' })).toBeUndefined();
    expect(reminderActionFor({ tag: 'reminder:abc', actionId: 'snooze-1h' })).toEqual({ reminderId: 'abc', action: { type: 'snooze', option: '1h' } });
  });
});

describe('Electron mapping of notification buttons', () => {
  const n = { title: 'Reminder', body: 'x', tag: 'reminder:1', actions: [{ id: 'snooze-10m', label: 'Snooze 10 min' }, { id: 'done', label: 'Done' }] };
  it('macOS and Windows get buttons; Linux gets none (a click opens the panel instead)', () => {
    expect(electronNotificationOptions(n, 'darwin').actions).toEqual([{ type: 'button', text: 'Snooze 10 min' }, { type: 'button', text: 'Done' }]);
    expect(electronNotificationOptions(n, 'win32').actions).toHaveLength(2);
    expect(electronNotificationOptions(n, 'linux')).toEqual({ title: 'Reminder', body: 'x' });
    expect(electronNotificationOptions({ title: 't', body: 'b' }, 'darwin')).toEqual({ title: 't', body: 'b' });
  });
  it('a pressed button index maps back to the action id, an unknown index to nothing', () => {
    expect(actionChoice(n, 1)).toEqual({ tag: 'reminder:1', actionId: 'done' });
    expect(actionChoice(n, 5)).toBeUndefined();
  });
});
