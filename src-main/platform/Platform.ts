// What the core needs from the operating system. The Electron shell and plain Node each implement it;
// nothing outside src-main/platform, src-main/app and src-main/ipc knows which one it runs on.
import type { Disposable } from '../lifecycle/Disposable';
import type { Event } from '../lifecycle/Emitter';
import type { NavigationTarget } from '../../src-preload/contract';

export interface PlatformPaths {
  /** Where the database and settings live (Electron: app.getPath('userData')). */
  dataDir: string;
  logsDir: string;
  /** Read-only bundled resources (demo home, default settings, icons). */
  resourcesDir: string;
}

/** Secrets (server token, API keys). Electron: safeStorage-encrypted; Node: a 0600 file, clearly labelled. */
export interface SecretStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** Whether secrets are encrypted by the OS keychain (shown in settings so users can judge). */
  readonly isEncrypted: boolean;
}

/** A button on a notification. `id` comes back in the action event; `label` is what the person reads. */
export interface NotificationAction {
  id: string;
  label: string;
}

export interface PlatformNotification {
  title: string;
  body: string;
  /** Where a click leads (also the fallback where the OS shows no buttons: the window has the same buttons). */
  target?: NavigationTarget;
  /** Names the notification in action events (e.g. "reminder:<id>"); needed with `actions`. */
  tag?: string;
  /** Buttons, where the OS offers them (macOS, Windows); elsewhere they are simply not shown. */
  actions?: readonly NotificationAction[];
}

/** A button pressed on a notification: which notification (its tag) and which action (its id). */
export interface NotificationActionChoice {
  tag: string;
  actionId: string;
}

export interface Platform extends Disposable {
  readonly kind: 'electron' | 'node';
  readonly appVersion: string;
  readonly paths: PlatformPaths;
  readonly secrets: SecretStore;
  /** A desktop notification; a click on it fires onDidClickNotification with its target, a button the action event. */
  notify(notification: PlatformNotification): void;
  readonly onDidClickNotification: Event<NavigationTarget>;
  readonly onDidChooseNotificationAction: Event<NotificationActionChoice>;
  isOnline(): boolean;
  readonly onDidChangeOnline: Event<boolean>;
}
