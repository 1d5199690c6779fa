// The desktop lifecycle: one instance, services from the composition root, the IPC bridge, the shell (windows, tray,
// shortcut, deep links), everything registered in one DisposableStore and released (last first) before exit.
import { app, BrowserWindow, globalShortcut, ipcMain, screen, shell as electronShell } from 'electron';
import { registerIpcBridge, trustRendererFrames } from '../ipc/ElectronIpcBridge';
import { DisposableStore, toDisposable } from '../lifecycle/Disposable';
import { consoleLogger } from '../logging/Logger';
import { ElectronPlatform } from '../platform/ElectronPlatform';
import { createMainServices } from '../services';
import { appLocations } from './appLocations';
import { createHardenedWindow } from './createHardenedWindow';
import { createTray } from './createTray';
import { ElectronShell } from './ElectronShell';
import type { WindowFactory } from './electronSeam';
import { DEEP_LINK_SCHEME } from './parseDeepLink';
import { startAutoUpdate } from './startAutoUpdate';
import { quickAskWindowOptions } from './windowOptions';

export async function startApp(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    // The first instance gets our argv through 'second-instance' (a deep link, or just "show yourself").
    app.quit();
    return;
  }
  app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  // No webview or stray window may appear anywhere, whichever code path would create it.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });

  await app.whenReady();
  const disposables = new DisposableStore();
  const locations = appLocations();
  const platform = disposables.add(new ElectronPlatform({ resourcesDir: locations.resourcesDir }));
  const windows: WindowFactory = {
    createMain: (route, bounds) =>
      createHardenedWindow({
        renderer: locations.renderer,
        preloadPath: locations.preloadPath,
        hashRoute: route,
        window: { width: 1200, height: 800, ...bounds, minWidth: 720, minHeight: 480, title: 'Goodies' },
      }),
    createQuickAsk: () => createHardenedWindow({ renderer: locations.renderer, preloadPath: locations.preloadPath, ...quickAskWindowOptions }),
    displayAreas: () => screen.getAllDisplays().map((d) => d.workArea),
  };
  let logger = consoleLogger;
  const shell = new ElectronShell({
    app,
    windows,
    globalShortcut,
    platform,
    get logger() {
      return logger;
    },
    openPath: async (path) => (await electronShell.openPath(path)) === '',
  });
  const services = disposables.add(await createMainServices(platform, { runtime: 'electron', shell }));
  logger = services.logger.child({ component: 'shell' });
  process.on('uncaughtException', (error) => services.logger.error('uncaught exception', { err: error }));
  process.on('unhandledRejection', (reason) => services.logger.error('unhandled rejection', { err: reason }));
  disposables.add(
    registerIpcBridge({
      ipcMain,
      handlers: services.handlers,
      events: services.events,
      isTrustedSender: trustRendererFrames(locations.renderer),
      getWindows: () => BrowserWindow.getAllWindows(),
      logger: services.logger,
    }),
  );
  disposables.add(shell);
  shell.connect({ settings: services.desktop.settings, publishNavigation: (target) => services.events.publish('shell.didRequestNavigation', target) });
  disposables.add(
    createTray(locations.trayIconPath, {
      actions: { openMain: () => void shell.showMain(), quickAsk: () => shell.quickAsk.show(), quit: () => app.quit() },
      status: () => services.status.get(),
      onDidChangeStatus: (listener) => services.events.onDidPublish((e) => e.name === 'status.didChange' && listener()),
      shortcut: () => services.desktop.settings.get().quickAskShortcut,
    }),
  );
  disposables.add(startAutoUpdate({ enabled: () => services.desktop.settings.get().autoUpdate, isPackaged: app.isPackaged, logger }));
  disposables.add(toDisposable(() => globalShortcut.unregisterAll()));

  // The tray keeps the app (and quick ask) alive after the last window closes; "Quit" in the tray ends it.
  app.on('window-all-closed', () => undefined);

  let disposing: Promise<void> | undefined;
  app.on('before-quit', (event) => {
    if (disposing) return;
    event.preventDefault();
    disposing = disposables
      .dispose()
      .catch((error: unknown) => console.error('[goodies] shutdown finished with errors', error))
      .finally(() => app.quit());
  });

  shell.handleLaunch(process.argv);
}
