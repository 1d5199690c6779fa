// Tray icon and menu (see trayMenu.ts for its content). Clicking the icon opens the main window (on macOS the menu
// opens instead: platform convention). The connection line follows the status events.
import { Menu, nativeImage, Tray } from 'electron';
import type { StatusSnapshot } from '../../src-preload/contract';
import type { Disposable } from '../lifecycle/Disposable';
import { describeConnection, trayMenuTemplate, type TrayActions } from './trayMenu';

export interface TrayOptions {
  actions: TrayActions;
  status: () => Promise<StatusSnapshot>;
  onDidChangeStatus: (listener: () => void) => Disposable;
  shortcut: () => string;
}

export function createTray(iconPath: string, options: TrayOptions): Disposable {
  const image = nativeImage.createFromPath(iconPath);
  const tray = new Tray(image.isEmpty() ? nativeImage.createEmpty() : image);
  const render = (status: StatusSnapshot | undefined): void => {
    if (tray.isDestroyed()) return;
    tray.setToolTip(`Goodies · ${describeConnection(status)}`);
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(status, options.actions, options.shortcut())));
  };
  const refresh = (): void => void options.status().then(render, () => render(undefined));
  render(undefined);
  refresh();
  const subscription = options.onDidChangeStatus(refresh);
  if (process.platform !== 'darwin') tray.on('click', () => options.actions.openMain());
  return {
    dispose: () => {
      subscription.dispose();
      tray.destroy();
    },
  };
}
