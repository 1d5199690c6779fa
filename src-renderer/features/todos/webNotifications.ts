// Browser mode has no OS notification from main, so a due reminder becomes a Web Notification when the person has
// allowed it; the in-app toast shows either way (permission denied, or the tab not focused is fine too).
import type { ReminderDueView } from '../../../src-preload/contract';

export type NotificationPermissionState = 'granted' | 'denied' | 'default' | 'unsupported';

export function notificationPermission(): NotificationPermissionState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export async function requestNotificationPermission(): Promise<NotificationPermissionState> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

export function showWebNotification(due: ReminderDueView): boolean {
  if (notificationPermission() !== 'granted') return false;
  new Notification(due.missed ? 'Missed reminder' : 'Reminder', { body: `${due.reminder.title} (${due.when})`, tag: due.reminder.id });
  return true;
}
