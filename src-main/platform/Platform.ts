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

export interface Platform extends Disposable {
  readonly kind: 'electron' | 'node';
  readonly appVersion: string;
  readonly paths: PlatformPaths;
  readonly secrets: SecretStore;
  /** A desktop notification; a click on it fires onDidClickNotification with its target. */
  notify(notification: { title: string; body: string; target?: NavigationTarget }): void;
  readonly onDidClickNotification: Event<NavigationTarget>;
  isOnline(): boolean;
  readonly onDidChangeOnline: Event<boolean>;
}
