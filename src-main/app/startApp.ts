// The desktop lifecycle: one instance, services from the composition root, the IPC bridge, the windows, the tray;
// everything registered in one DisposableStore and released (last first) before the process exits.
import { app, BrowserWindow, ipcMain } from 'electron';
import { registerIpcBridge, trustRendererFrames } from '../ipc/ElectronIpcBridge';
import { DisposableStore, toDisposable } from '../lifecycle/Disposable';
import { ElectronPlatform } from '../platform/ElectronPlatform';
import { createMainServices } from '../services';
import { appLocations } from './appLocations';
import { createHardenedWindow } from './createHardenedWindow';
import { createTray } from './createTray';
import { QuickAskWindow } from './QuickAskWindow';
import { registerQuickAskShortcut } from './registerQuickAskShortcut';

export async function startApp(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // No webview or stray window may appear anywhere, whichever code path would create it.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });

  await app.whenReady();
  const disposables = new DisposableStore();
  const locations = appLocations();
  const platform = disposables.add(new ElectronPlatform({ resourcesDir: locations.resourcesDir }));
  const services = disposables.add(await createMainServices(platform, { runtime: 'electron' }));
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

  const windows = { main: undefined as BrowserWindow | undefined };
  const openMain = (): void => {
    if (!windows.main || windows.main.isDestroyed()) {
      windows.main = createHardenedWindow({
        renderer: locations.renderer,
        preloadPath: locations.preloadPath,
        window: { width: 1200, height: 800, minWidth: 720, minHeight: 480, title: 'Goodies' },
      });
      return;
    }
    if (windows.main.isMinimized()) windows.main.restore();
    windows.main.show();
    windows.main.focus();
  };
  const quickAsk = disposables.add(new QuickAskWindow(locations));
  disposables.add(registerQuickAskShortcut(() => quickAsk.toggle()));
  disposables.add(createTray(locations.trayIconPath, { openMain, quickAsk: () => quickAsk.show(), quit: () => app.quit() }));
  disposables.add(toDisposable(() => windows.main?.destroy()));

  app.on('second-instance', openMain);
  app.on('activate', openMain);
  // The tray keeps the app (and quick ask) alive after the last window closes; "Quit" in the tray ends it.
  app.on('window-all-closed', () => undefined);

  let disposing: Promise<void> | undefined;
  app.on('before-quit', (event) => {
    if (disposing) return;
    event.preventDefault();
    disposing = disposables
      .dispose()
      .catch((error: unknown) => console.error('[goodies] shutdown failed', error))
      .finally(() => app.quit());
  });

  openMain();
}
