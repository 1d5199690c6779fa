// The Electron notification's options for a PlatformNotification, and the way back from a pressed button. Kept out
// of ElectronPlatform (no Electron import) so the mapping is tested in plain Node.
import type { NotificationActionChoice, PlatformNotification } from './Platform';

export interface ElectronNotificationOptions {
  title: string;
  body: string;
  actions?: Array<{ type: 'button'; text: string }>;
  /** Windows: without it the buttons' toast closes with the first click elsewhere; harmless on macOS. */
  timeoutType?: 'default' | 'never';
}

/** Buttons only where the OS shows them (macOS, Windows); on Linux the click on the notification is the fallback. */
export function electronNotificationOptions(notification: PlatformNotification, platform: NodeJS.Platform): ElectronNotificationOptions {
  const options: ElectronNotificationOptions = { title: notification.title, body: notification.body };
  const actions = notification.actions ?? [];
  if (actions.length > 0 && notification.tag && (platform === 'darwin' || platform === 'win32')) {
    options.actions = actions.map((a) => ({ type: 'button', text: a.label }));
    options.timeoutType = 'never';
  }
  return options;
}

/** The choice for the button at `index`, or undefined when the index names no button (a stale or odd event). */
export function actionChoice(notification: PlatformNotification, index: number): NotificationActionChoice | undefined {
  const action = notification.actions?.[index];
  return action && notification.tag ? { tag: notification.tag, actionId: action.id } : undefined;
}
