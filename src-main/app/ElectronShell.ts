// The desktop shell's logic, behind the electronSeam interfaces: the main window (one, remembered bounds), the
// quick-ask window (created once, reused), the global shortcut, second launches and deep links, notification clicks
// and start at login. startApp wires the real Electron in; tests use a fake one.
import { join } from 'node:path';
import { navigationRoute, type NavigationTarget } from '../../src-preload/contract';
import type { DesktopSettings, DesktopSettingsService } from '../desktop/DesktopSettings';
import type { DesktopShell } from '../desktop/DesktopShell';
import { DisposableStore, toDisposable, type Disposable } from '../lifecycle/Disposable';
import type { Logger } from '../logging/Logger';
import type { Platform } from '../platform/Platform';
import type { ShellApp, ShellGlobalShortcut, ShellWindow, WindowFactory } from './electronSeam';
import { findDeepLink, parseDeepLink } from './parseDeepLink';
import { QuickAskShortcut } from './QuickAskShortcut';
import { QuickAskWindow } from './QuickAskWindow';
import { readWindowBounds, WINDOW_STATE_FILE, writeWindowBounds } from './windowBounds';

export interface ElectronShellDeps {
  app: ShellApp;
  windows: WindowFactory;
  globalShortcut: ShellGlobalShortcut;
  platform: Platform;
  logger: Logger;
  openPath(path: string): Promise<boolean>;
}

export interface ShellConnection {
  settings: DesktopSettingsService;
  /** Pushes a navigation request to the open windows (the 'shell.didRequestNavigation' event). */
  publishNavigation(target: NavigationTarget): void;
}

export class ElectronShell implements DesktopShell, Disposable {
  readonly kind = 'electron';
  readonly quickAsk: QuickAskWindow;
  private main: ShellWindow | undefined;
  private readonly disposables = new DisposableStore();
  private connection: ShellConnection | undefined;
  private readonly boundsFile: string;

  constructor(private readonly deps: ElectronShellDeps) {
    this.quickAsk = this.disposables.add(new QuickAskWindow(() => deps.windows.createQuickAsk()));
    this.boundsFile = join(deps.platform.paths.dataDir, WINDOW_STATE_FILE);
  }

  /** Called once the services exist: settings drive the shortcut and start at login; links and clicks navigate. */
  connect(connection: ShellConnection): void {
    this.connection = connection;
    const { settings } = connection;
    const shortcut = this.disposables.add(
      new QuickAskShortcut({
        globalShortcut: this.deps.globalShortcut,
        onPress: () => this.quickAsk.toggle(),
        report: (status) => settings.reportShortcut(status),
        notify: (n) => this.deps.platform.notify(n),
        logger: this.deps.logger,
      }),
    );
    const apply = (s: DesktopSettings): void => {
      shortcut.apply(s.quickAskShortcut);
      this.deps.app.setLoginItemSettings({ openAtLogin: s.startAtLogin });
    };
    apply(settings.get());
    this.disposables.add(settings.onDidChange(apply));
    this.disposables.add(this.deps.platform.onDidClickNotification((target) => this.navigate(target)));
    this.deps.app.on('second-instance', (_event, argv) => this.handleLaunch(argv));
    this.deps.app.on('open-url', (event, url) => {
      event.preventDefault();
      const target = parseDeepLink(url);
      if (target) this.navigate(target);
      else this.deps.logger.warn('deep link refused', { url: url.slice(0, 200) });
    });
    this.deps.app.on('activate', () => this.showMain());
    this.quickAsk.prepare();
  }

  /** A launch's argv (the first one, or a second instance's forwarded one): a deep link goes there, else the main window. */
  handleLaunch(argv: readonly string[]): void {
    const target = findDeepLink(argv);
    if (target) this.navigate(target);
    else this.showMain();
  }

  /** Shows a place: the question box for an ask link, the main window otherwise; the open windows are told too. */
  navigate(target: NavigationTarget): void {
    this.openInMainWindow(target);
    this.connection?.publishNavigation(target);
  }

  showMain(route = '/'): ShellWindow {
    const existing = this.main && !this.main.isDestroyed() ? this.main : undefined;
    if (existing) {
      if (existing.isMinimized()) existing.restore();
      existing.show();
      existing.focus();
      return existing;
    }
    const window = this.deps.windows.createMain(route, readWindowBounds(this.boundsFile, this.deps.windows.displayAreas()));
    const remember = (): void => {
      if (window.isDestroyed() || window.isMinimized() || window.isMaximized()) return;
      try {
        writeWindowBounds(this.boundsFile, window.getBounds());
      } catch (error) {
        this.deps.logger.warn('window bounds not saved', { err: error });
      }
    };
    window.on('close', remember);
    window.on('resize', remember);
    window.on('move', remember);
    this.main = window;
    return window;
  }

  hideQuickAsk(): boolean {
    return this.quickAsk.hide();
  }

  openInMainWindow(target: NavigationTarget): boolean {
    if (target.kind === 'ask') {
      this.quickAsk.show();
      return true;
    }
    // A new main window starts at the route; one already open follows the pushed 'shell.didRequestNavigation'.
    this.showMain(navigationRoute(target));
    this.quickAsk.hide();
    return true;
  }

  openFolder(path: string): Promise<boolean> {
    return this.deps.openPath(path);
  }

  dispose(): Promise<void> {
    this.disposables.add(toDisposable(() => this.main?.destroy()));
    return this.disposables.dispose();
  }
}
