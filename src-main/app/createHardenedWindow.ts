// The ONE place a BrowserWindow is created, so no window can skip the hardening (Signal's approach, Electron's
// security checklist): isolated, sandboxed, no Node, navigation locked to our page, no popups, no permissions.
import { BrowserWindow, shell, type BrowserWindowConstructorOptions } from 'electron';
import { contentSecurityPolicy } from '../ipc/contentSecurityPolicy';
import { isTrustedRendererUrl, rendererUrl, type RendererLocation } from '../ipc/isTrustedRendererUrl';
import { isSafeExternalUrl } from './isSafeExternalUrl';

export interface HardenedWindowOptions {
  renderer: RendererLocation;
  preloadPath: string;
  /** e.g. `/quick` for the quick-ask window; the renderer routes on the hash. */
  hashRoute?: string;
  /** Size, frame, always-on-top …; webPreferences cannot be overridden. */
  window?: Omit<BrowserWindowConstructorOptions, 'webPreferences' | 'show'>;
  /** Show as soon as the first paint is ready (false for windows shown on demand). */
  showWhenReady?: boolean;
}

export function createHardenedWindow(options: HardenedWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options.window,
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click would open links through a path that skips the window-open handler.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const contents = window.webContents;
  const devServerOrigin = options.renderer.kind === 'devServer' ? options.renderer.origin : undefined;
  const csp = contentSecurityPolicy(devServerOrigin ? { devServerOrigin } : {});

  // The meta tag in index.html covers file://; the header covers the dev server and anything served over http.
  contents.session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);

  contents.on('will-navigate', (event, url) => {
    if (!isTrustedRendererUrl(url, options.renderer)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedRendererUrl(url, options.renderer)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to documentation or a device vendor open in the user's browser, never inside the app.
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });

  if (options.showWhenReady ?? true) window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl(options.renderer, options.hashRoute));
  return window;
}
