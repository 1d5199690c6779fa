// A fake of the Electron surface the shell uses (electronSeam.ts): windows that record what was done to them, an app
// that emits second-instance / open-url, a global shortcut table that can refuse an accelerator.
import { EventEmitter } from 'node:events';
import type { ShellApp, ShellGlobalShortcut, ShellWindow, WindowBounds, WindowFactory } from '../../../src-main/app/electronSeam';

export class FakeWindow extends EventEmitter implements ShellWindow {
  visible = false;
  focused = false;
  minimized = false;
  destroyed = false;
  centred = 0;
  constructor(
    readonly kind: 'main' | 'quick',
    readonly route: string,
    public bounds: WindowBounds = { x: 100, y: 100, width: 1200, height: 800 },
  ) {
    super();
  }
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
    this.focused = false;
  }
  focus(): void {
    this.focused = true;
  }
  center(): void {
    this.centred += 1;
  }
  restore(): void {
    this.minimized = false;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isFocused(): boolean {
    return this.focused;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getBounds(): WindowBounds {
    return this.bounds;
  }
  /** What Electron does on a click elsewhere. */
  blur(): void {
    this.focused = false;
    this.emit('blur');
  }
}

export class FakeWindowFactory implements WindowFactory {
  readonly created: FakeWindow[] = [];
  displays: WindowBounds[] = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  createMain(route: string, bounds: WindowBounds | undefined): FakeWindow {
    const window = new FakeWindow('main', route, bounds);
    window.show();
    window.focus();
    this.created.push(window);
    return window;
  }
  createQuickAsk(): FakeWindow {
    const window = new FakeWindow('quick', '/quick-ask');
    this.created.push(window);
    return window;
  }
  displayAreas(): WindowBounds[] {
    return this.displays;
  }
  of(kind: 'main' | 'quick'): FakeWindow[] {
    return this.created.filter((w) => w.kind === kind);
  }
}

export class FakeApp extends EventEmitter implements ShellApp {
  loginItem: { openAtLogin: boolean } | undefined;
  quitCalls = 0;
  quit(): void {
    this.quitCalls += 1;
  }
  setLoginItemSettings(settings: { openAtLogin: boolean }): void {
    this.loginItem = settings;
  }
  override on(event: string, listener: (...args: never[]) => void): this {
    return super.on(event, listener as (...args: unknown[]) => void);
  }
}

export class FakeGlobalShortcut implements ShellGlobalShortcut {
  readonly registered = new Map<string, () => void>();
  /** Accelerators another application owns. */
  readonly taken = new Set<string>();
  register(accelerator: string, callback: () => void): boolean {
    if (this.taken.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  }
  press(accelerator: string): void {
    this.registered.get(accelerator)?.();
  }
}
