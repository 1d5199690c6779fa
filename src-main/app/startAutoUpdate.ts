// Automatic updates (electron-updater), behind the "autoUpdate" setting, off by default. Only a packaged app
// checks: a development build has nothing to update. Checked at start and every 6 hours while enabled.
import type { Disposable } from '../lifecycle/Disposable';
import type { Logger } from '../logging/Logger';

const CHECK_EVERY_MS = 6 * 60 * 60 * 1000;

export interface AutoUpdateOptions {
  enabled: () => boolean;
  isPackaged: boolean;
  logger: Logger;
  /** The updater's check; electron-updater's by default (loaded only when needed). */
  check?: () => Promise<unknown>;
}

export function startAutoUpdate(options: AutoUpdateOptions): Disposable & { readonly checks: number } {
  let checks = 0;
  const check = async (): Promise<void> => {
    if (!options.isPackaged || !options.enabled()) return;
    checks += 1;
    try {
      const run = options.check ?? (async () => (await import('electron-updater')).autoUpdater.checkForUpdatesAndNotify());
      await run();
    } catch (error) {
      options.logger.warn('update check failed', { err: error });
    }
  };
  void check();
  const timer = setInterval(() => void check(), CHECK_EVERY_MS);
  timer.unref();
  return {
    get checks() {
      return checks;
    },
    dispose: () => clearInterval(timer),
  };
}
