// The Platform inside Electron. Construct it after `app.whenReady()`: safeStorage and Notification need a ready app.
import { join } from 'node:path';
import { app, net, Notification, powerMonitor, safeStorage } from 'electron';
import { Emitter, type Event } from '../lifecycle/Emitter';
import { FileSecretStore, type SecretCodec } from './FileSecretStore';
import { actionChoice, electronNotificationOptions } from './notificationActions';
import type { NotificationActionChoice, Platform, PlatformNotification, PlatformPaths, SecretStore } from './Platform';
import type { NavigationTarget } from '../../src-preload/contract';

export interface ElectronPlatformOptions {
  /** Bundled resources: `<resourcesPath>/resources` when packaged, `<app>/resources` in development. */
  resourcesDir: string;
  onlineCheckIntervalMs?: number;
}

function safeStorageCodec(): SecretCodec | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  // On Linux without a keyring Electron falls back to a hard-coded key: that is obfuscation, not encryption.
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return undefined;
  return {
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (cipher) => safeStorage.decryptString(cipher),
  };
}

export class ElectronPlatform implements Platform {
  readonly kind = 'electron';
  readonly appVersion = app.getVersion();
  readonly paths: PlatformPaths;
  readonly secrets: SecretStore;
  private readonly onlineEmitter = new Emitter<boolean>();
  readonly onDidChangeOnline: Event<boolean> = this.onlineEmitter.event;
  private readonly clickEmitter = new Emitter<NavigationTarget>();
  readonly onDidClickNotification: Event<NavigationTarget> = this.clickEmitter.event;
  private readonly actionEmitter = new Emitter<NotificationActionChoice>();
  readonly onDidChooseNotificationAction: Event<NotificationActionChoice> = this.actionEmitter.event;
  /** Shown notifications with buttons or a target: a notification nobody references is collected, and its events lost. */
  private readonly shown = new Set<Notification>();
  private online = net.isOnline();
  private readonly timer: NodeJS.Timeout;
  private readonly recheck = (): void => {
    const online = net.isOnline();
    if (online === this.online) return;
    this.online = online;
    this.onlineEmitter.fire(online);
  };

  constructor(options: ElectronPlatformOptions) {
    const dataDir = app.getPath('userData');
    // Logs in the data folder's logs/, the same place for the app, browser mode and the CLI.
    this.paths = { dataDir, logsDir: join(dataDir, 'logs'), resourcesDir: options.resourcesDir };
    this.secrets = new FileSecretStore(join(dataDir, 'secrets.json'), safeStorageCodec());
    // Electron has no main-process online event: poll cheaply, and look again right after the machine wakes up,
    // which is when connectivity most often changes.
    this.timer = setInterval(this.recheck, options.onlineCheckIntervalMs ?? 10_000);
    powerMonitor.on('resume', this.recheck);
    powerMonitor.on('unlock-screen', this.recheck);
  }

  notify(notification: PlatformNotification): void {
    if (!Notification.isSupported()) return;
    const shown = new Notification(electronNotificationOptions(notification, process.platform));
    const { target } = notification;
    const forget = (): void => void this.shown.delete(shown);
    if (target) {
      shown.on('click', () => {
        forget();
        this.clickEmitter.fire(target);
      });
    }
    shown.on('action', (details) => {
      forget();
      const choice = actionChoice(notification, details.actionIndex);
      if (choice) this.actionEmitter.fire(choice);
    });
    shown.on('close', forget);
    if (target || notification.actions?.length) this.shown.add(shown);
    shown.show();
  }

  isOnline(): boolean {
    return this.online;
  }

  dispose(): void {
    clearInterval(this.timer);
    powerMonitor.off('resume', this.recheck);
    powerMonitor.off('unlock-screen', this.recheck);
    this.onlineEmitter.dispose();
    this.clickEmitter.dispose();
    this.actionEmitter.dispose();
    this.shown.clear();
  }
}
