// Browser mode's reminder notification: permission is asked when the first reminder comes due (not before), a
// granted permission shows one Web Notification per reminder (tagged, so a repeat replaces it), and a click opens the
// Todos panel, where the toast has the snooze and done buttons a page's notification cannot carry.
import { describe, expect, it } from 'vitest';
import type { ReminderDueView } from '../../src-preload/contract';
import { showWebNotification, type WebNotificationApi } from '../../src-renderer/features/todos/webNotifications';

/** Records what the browser's Notification would have been asked; `answer` is the person's reply to the prompt. */
function browserNotifications(initial: NotificationPermission, answer: NotificationPermission) {
  const shown: Array<{ title: string; options: NotificationOptions | undefined; closed: boolean; onclick: ((ev: Event) => unknown) | null }> = [];
  let asked = 0;
  const api = class {
    static permission: NotificationPermission = initial;
    static requestPermission(): Promise<NotificationPermission> {
      asked++;
      api.permission = answer;
      return Promise.resolve(answer);
    }
    private readonly entry: (typeof shown)[number];
    constructor(title: string, options?: NotificationOptions) {
      this.entry = { title, options, closed: false, onclick: null };
      shown.push(this.entry);
    }
    get onclick(): ((ev: Event) => unknown) | null {
      return this.entry.onclick;
    }
    set onclick(handler: ((ev: Event) => unknown) | null) {
      this.entry.onclick = handler;
    }
    close(): void {
      this.entry.closed = true;
    }
  } satisfies WebNotificationApi;
  return { api, shown, asked: () => asked };
}

const due = (id: string, title: string): ReminderDueView => ({
  reminder: { id, version: 'v', title, at: '2026-10-23T10:00:02.000Z', recurrence: null, snoozed_until: null, done: false, fired_for: null, assignee: null, due_at: '2026-10-23T10:00:02.000Z' },
  missed: false,
  when: 'Fri 23 Oct, 11:00',
});

describe('reminders as Web Notifications (browser mode)', () => {
  it('asks for permission on the first due reminder, then shows it; asks only once', async () => {
    const browser = browserNotifications('default', 'granted');
    const opened: string[] = [];
    expect(await showWebNotification(due('r1', 'check the oven'), () => opened.push('todos'), browser.api)).toBe(true);
    expect(await showWebNotification(due('r2', 'call mom'), () => opened.push('todos'), browser.api)).toBe(true);
    expect(browser.asked()).toBe(1);
    expect(browser.shown.map((s) => [s.title, s.options?.body, s.options?.tag])).toEqual([
      ['Reminder', 'check the oven (Fri 23 Oct, 11:00)', 'reminder:r1'],
      ['Reminder', 'call mom (Fri 23 Oct, 11:00)', 'reminder:r2'],
    ]);
  });

  it('a click opens the Todos panel (the toast has the buttons) and closes the notification', async () => {
    const browser = browserNotifications('granted', 'granted');
    const opened: string[] = [];
    await showWebNotification(due('r1', 'check the oven'), () => opened.push('todos'), browser.api);
    browser.shown[0]?.onclick?.(new Event('click'));
    expect(opened).toEqual(['todos']);
    expect(browser.shown[0]?.closed).toBe(true);
  });

  it('denied or unsupported: nothing is shown (the in-app toast still is)', async () => {
    const denied = browserNotifications('default', 'denied');
    expect(await showWebNotification(due('r1', 'x'), () => undefined, denied.api)).toBe(false);
    expect(await showWebNotification(due('r1', 'x'), () => undefined, denied.api)).toBe(false);
    expect(denied.asked()).toBe(1);
    expect(denied.shown).toEqual([]);
    expect(await showWebNotification(due('r1', 'x'), () => undefined, undefined)).toBe(false);
  });
});
