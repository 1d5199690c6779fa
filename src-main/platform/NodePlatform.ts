// The Platform for plain Node: the CLI and browser mode. Same data folder as the desktop app, secrets in a 0600 file.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Emitter, type Event } from '../lifecycle/Emitter';
import { defaultDataDir } from './defaultDataDir';
import { FileSecretStore } from './FileSecretStore';
import { findAppRoot, readAppVersion } from './findAppRoot';
import { hasNetworkInterface } from './hasNetworkInterface';
import type { NotificationActionChoice, Platform, PlatformNotification, PlatformPaths, SecretStore } from './Platform';
import type { NavigationTarget } from '../../src-preload/contract';

export interface NodePlatformOptions {
  /** Defaults to the per-OS folder the desktop app uses (see defaultDataDir). */
  dataDir?: string;
  /** Defaults to `resources/` next to our package.json. */
  resourcesDir?: string;
  appVersion?: string;
  /** How often connectivity is re-checked; 0 disables the timer (one-shot commands). */
  onlineCheckIntervalMs?: number;
  /** Where notifications go (there is no desktop here). */
  writeNotification?: (line: string) => void;
  checkOnline?: () => boolean;
}

export class NodePlatform implements Platform {
  readonly kind = 'node';
  readonly appVersion: string;
  readonly paths: PlatformPaths;
  readonly secrets: SecretStore;
  private readonly onlineEmitter = new Emitter<boolean>();
  readonly onDidChangeOnline: Event<boolean> = this.onlineEmitter.event;
  /** No desktop here: notifications are lines on stderr and are never clicked. */
  readonly onDidClickNotification: Event<NavigationTarget> = () => ({ dispose: () => undefined });
  private readonly actionEmitter = new Emitter<NotificationActionChoice>();
  /** A terminal shows no buttons; `chooseNotificationAction` stands in for one (tests, embedders with their own UI). */
  readonly onDidChooseNotificationAction: Event<NotificationActionChoice> = this.actionEmitter.event;
  private online: boolean;
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly checkOnline: () => boolean;
  private readonly writeNotification: (line: string) => void;

  constructor(options: NodePlatformOptions = {}) {
    const appRoot = findAppRoot([fileURLToPath(new URL('.', import.meta.url)), process.cwd()]);
    const dataDir = resolve(options.dataDir ?? defaultDataDir());
    this.paths = {
      dataDir,
      logsDir: join(dataDir, 'logs'),
      resourcesDir: resolve(options.resourcesDir ?? join(appRoot ?? process.cwd(), 'resources')),
    };
    mkdirSync(this.paths.logsDir, { recursive: true, mode: 0o700 });
    this.appVersion = options.appVersion ?? readAppVersion(appRoot);
    this.secrets = new FileSecretStore(join(dataDir, 'secrets.json'));
    this.writeNotification = options.writeNotification ?? ((line) => process.stderr.write(`${line}\n`));
    this.checkOnline = options.checkOnline ?? (() => hasNetworkInterface());
    this.online = this.checkOnline();
    const intervalMs = options.onlineCheckIntervalMs ?? 30_000;
    if (intervalMs > 0) {
      this.timer = setInterval(() => this.recheckOnline(), intervalMs);
      // A background check must never keep a finished CLI command alive.
      this.timer.unref();
    }
  }

  notify(notification: PlatformNotification): void {
    this.writeNotification(`[Goodies] ${notification.title}: ${notification.body}`);
  }

  /** Presses a notification's button, as a desktop would when the person clicks it. */
  chooseNotificationAction(choice: NotificationActionChoice): void {
    this.actionEmitter.fire(choice);
  }

  isOnline(): boolean {
    return this.online;
  }

  recheckOnline(): void {
    const online = this.checkOnline();
    if (online !== this.online) {
      this.online = online;
      this.onlineEmitter.fire(online);
    }
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.onlineEmitter.dispose();
    this.actionEmitter.dispose();
  }
}
