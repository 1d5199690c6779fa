// The small always-ready window behind the global shortcut and the tray's "Quick ask": created once, hidden (not
// closed) on Esc or blur so the next shortcut press shows it instantly.
import type { BrowserWindow } from 'electron';
import type { Disposable } from '../lifecycle/Disposable';
import { createHardenedWindow } from './createHardenedWindow';
import type { AppLocations } from './appLocations';

export class QuickAskWindow implements Disposable {
  private window: BrowserWindow | undefined;

  constructor(private readonly locations: AppLocations) {}

  get browserWindow(): BrowserWindow | undefined {
    return this.window && !this.window.isDestroyed() ? this.window : undefined;
  }

  toggle(): void {
    const window = this.ensure();
    if (window.isVisible() && window.isFocused()) window.hide();
    else this.show();
  }

  show(): void {
    const window = this.ensure();
    window.center();
    window.show();
    window.focus();
  }

  private ensure(): BrowserWindow {
    const existing = this.browserWindow;
    if (existing) return existing;
    const window = createHardenedWindow({
      renderer: this.locations.renderer,
      preloadPath: this.locations.preloadPath,
      hashRoute: '/quick',
      showWhenReady: false,
      window: {
        width: 640,
        height: 420,
        frame: false,
        resizable: false,
        alwaysOnTop: true,
        skipTaskbar: true,
        fullscreenable: false,
        title: 'Goodies quick ask',
      },
    });
    window.webContents.on('before-input-event', (event, input) => {
      if (input.type === 'keyDown' && input.key === 'Escape') {
        event.preventDefault();
        window.hide();
      }
    });
    window.on('blur', () => window.hide());
    this.window = window;
    return window;
  }

  dispose(): void {
    this.browserWindow?.destroy();
    this.window = undefined;
  }
}
