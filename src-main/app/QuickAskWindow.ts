// The small always-ready window behind the global shortcut and the tray's "Quick ask": created once (up front, so
// the first press shows it instantly), hidden, never closed, on blur or when the view asks (Esc on an empty box).
// There is deliberately no Esc handler here: the view owns Esc (clear first, then hide), so the two cannot fight.
import type { Disposable } from '../lifecycle/Disposable';
import type { ShellWindow } from './electronSeam';

export class QuickAskWindow implements Disposable {
  private window: ShellWindow | undefined;

  constructor(private readonly create: () => ShellWindow) {}

  /** Creates the window now (hidden) so that showing it later costs only a show(). */
  prepare(): void {
    this.ensure();
  }

  get isVisible(): boolean {
    return this.current?.isVisible() ?? false;
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

  /** Returns whether a window was there to hide. */
  hide(): boolean {
    const window = this.current;
    if (!window) return false;
    window.hide();
    return true;
  }

  private get current(): ShellWindow | undefined {
    return this.window && !this.window.isDestroyed() ? this.window : undefined;
  }

  private ensure(): ShellWindow {
    const existing = this.current;
    if (existing) return existing;
    const window = this.create();
    window.on('blur', () => window.hide());
    this.window = window;
    return window;
  }

  dispose(): void {
    this.current?.destroy();
    this.window = undefined;
  }
}
