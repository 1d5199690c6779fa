// Where the built pieces are, relative to out/main/index.js, and where the renderer is served from.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import type { RendererLocation } from '../ipc/isTrustedRendererUrl';

export interface AppLocations {
  renderer: RendererLocation;
  preloadPath: string;
  resourcesDir: string;
  trayIconPath: string;
}

export function appLocations(): AppLocations {
  const mainDir = dirname(fileURLToPath(import.meta.url));
  const devServerUrl = process.env.ELECTRON_RENDERER_URL;
  // The dev server is only trusted in development; a packaged app ignores the variable.
  const renderer: RendererLocation =
    !app.isPackaged && devServerUrl
      ? { kind: 'devServer', origin: new URL(devServerUrl).origin }
      : { kind: 'file', indexHtmlPath: join(mainDir, '../renderer/index.html') };
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
  return {
    renderer,
    preloadPath: join(mainDir, '../preload/index.cjs'),
    resourcesDir,
    trayIconPath: join(resourcesDir, 'icons', process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png'),
  };
}
