// Tray icon and menu. Clicking the icon opens the main window (on macOS the menu opens instead: platform convention).
import { Menu, nativeImage, Tray } from 'electron';
import type { Disposable } from '../lifecycle/Disposable';

export const QUICK_ASK_ACCELERATOR = 'CommandOrControl+Shift+G';

export interface TrayActions {
  openMain(): void;
  quickAsk(): void;
  quit(): void;
}

export function createTray(iconPath: string, actions: TrayActions): Disposable {
  const image = nativeImage.createFromPath(iconPath);
  const tray = new Tray(image.isEmpty() ? nativeImage.createEmpty() : image);
  tray.setToolTip('Goodies');
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open Goodies', click: () => actions.openMain() },
      { label: 'Quick ask', accelerator: QUICK_ASK_ACCELERATOR, click: () => actions.quickAsk() },
      { type: 'separator' },
      { label: 'Quit', click: () => actions.quit() },
    ]),
  );
  if (process.platform !== 'darwin') tray.on('click', () => actions.openMain());
  return { dispose: () => tray.destroy() };
}
