// Browser mode has no OS notification from main, so a due reminder becomes a Web Notification. Permission is asked
// when the first reminder comes due (or earlier from the Todos panel's button); the in-app toast with the snooze and
// done buttons shows either way. A page's Web Notification cannot carry buttons (only a service worker's can), so a
// click on it brings the window forward and opens the Todos panel, where the toast has them.
import type { ReminderDueView } from '../../../src-preload/contract';

export type NotificationPermissionState = 'granted' | 'denied' | 'default' | 'unsupported';

/** The slice of the browser's `Notification` this feature uses (the global one by default; tests pass their own). */
export interface WebNotificationApi {
  readonly permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
  new (title: string, options?: NotificationOptions): { onclick: ((ev: Event) => unknown) | null; close(): void };
}

function browserApi(): WebNotificationApi | undefined {
  return typeof Notification === 'undefined' ? undefined : Notification;
}

export function notificationPermission(api: WebNotificationApi | undefined = browserApi()): NotificationPermissionState {
  return api ? api.permission : 'unsupported';
}

export async function requestNotificationPermission(api: WebNotificationApi | undefined = browserApi()): Promise<NotificationPermissionState> {
  if (!api) return 'unsupported';
  return api.requestPermission();
}

/**
 * Shows a due reminder as a Web Notification, asking for permission first if it was never asked. `onOpen` runs on a
 * click (open the Todos panel). Resolves to whether a notification was shown.
 */
export async function showWebNotification(due: ReminderDueView, onOpen: () => void, api: WebNotificationApi | undefined = browserApi()): Promise<boolean> {
  if (!api) return false;
  let permission = api.permission;
  if (permission === 'default') permission = await api.requestPermission().catch(() => 'denied' as const);
  if (permission !== 'granted') return false;
  const shown = new api(due.missed ? 'Missed reminder' : 'Reminder', { body: `${due.reminder.title} (${due.when})`, tag: `reminder:${due.reminder.id}` });
  shown.onclick = () => {
    if (typeof window !== 'undefined') window.focus();
    onOpen();
    shown.close();
  };
  return true;
}
