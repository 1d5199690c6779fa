// What the core asks of the desktop shell (windows). The Electron shell implements it in src-main/app; browser mode
// and the CLI have no windows, so the headless shell answers "not done" and the page does the navigation itself.
import type { NavigationTarget } from '../../src-preload/contract';

export interface DesktopShell {
  readonly kind: 'electron' | 'headless';
  /** Hides the quick-ask window; false when there is no such window (browser mode). */
  hideQuickAsk(): boolean;
  /** Shows the main window at `target`; false when there is no main window to show (browser mode). */
  openInMainWindow(target: NavigationTarget): boolean;
  /** Opens a folder in the system's file manager; false when that is not possible here. */
  openFolder(path: string): Promise<boolean>;
}

/** Browser mode and the CLI: there are no windows to hide or show; each request is counted so it stays observable. */
export class HeadlessShell implements DesktopShell {
  readonly kind = 'headless';
  readonly requests: Array<{ kind: 'hideQuickAsk' } | { kind: 'openInMainWindow'; target: NavigationTarget }> = [];

  hideQuickAsk(): boolean {
    this.requests.push({ kind: 'hideQuickAsk' });
    return false;
  }

  openInMainWindow(target: NavigationTarget): boolean {
    this.requests.push({ kind: 'openInMainWindow', target });
    return false;
  }

  async openFolder(): Promise<boolean> {
    return false;
  }
}
