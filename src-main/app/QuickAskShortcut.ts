// The configurable global shortcut. Another app may own the accelerator: the failure is reported (log, the settings
// screen, a notification), never silent, and the tray's "Quick ask" keeps working.
import type { ShortcutStatus } from '../desktop/DesktopSettings';
import type { Disposable } from '../lifecycle/Disposable';
import type { Logger } from '../logging/Logger';
import type { ShellGlobalShortcut } from './electronSeam';

export interface QuickAskShortcutDeps {
  globalShortcut: ShellGlobalShortcut;
  onPress: () => void;
  report: (status: ShortcutStatus) => void;
  notify: (notification: { title: string; body: string }) => void;
  logger: Logger;
}

export class QuickAskShortcut implements Disposable {
  private registered: string | undefined;

  constructor(private readonly deps: QuickAskShortcutDeps) {}

  /** (Re)registers `accelerator`; returns whether it is now active. */
  apply(accelerator: string): boolean {
    if (this.registered === accelerator) return true;
    this.release();
    let ok = false;
    let reason = 'it is taken by another application';
    try {
      ok = this.deps.globalShortcut.register(accelerator, this.deps.onPress);
    } catch (error) {
      reason = `it is not a valid shortcut (${error instanceof Error ? error.message : String(error)})`;
    }
    if (ok) {
      this.registered = accelerator;
      this.deps.report({ state: 'registered', message: `${accelerator} opens quick ask.` });
      return true;
    }
    const message = `${accelerator} could not be registered: ${reason}. Choose another shortcut in Settings; the tray's "Quick ask" still works.`;
    this.deps.logger.warn('quick-ask shortcut not registered', { accelerator, reason });
    this.deps.report({ state: 'failed', message });
    this.deps.notify({ title: 'Quick-ask shortcut unavailable', body: message });
    return false;
  }

  private release(): void {
    if (this.registered) this.deps.globalShortcut.unregister(this.registered);
    this.registered = undefined;
  }

  dispose(): void {
    this.release();
  }
}
