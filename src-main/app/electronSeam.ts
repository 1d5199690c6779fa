// The part of Electron the shell's logic uses, as interfaces: startApp hands in the real module, the shell tests a
// fake one. Only structural types here, so the logic behind them runs (and is tested) in plain Node.

export interface ShellWindow {
  show(): void;
  hide(): void;
  focus(): void;
  center(): void;
  restore(): void;
  destroy(): void;
  isVisible(): boolean;
  isFocused(): boolean;
  isMinimized(): boolean;
  isMaximized(): boolean;
  isDestroyed(): boolean;
  getBounds(): WindowBounds;
  on(event: 'blur' | 'close' | 'closed' | 'resize' | 'move', listener: () => void): unknown;
}

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ShellGlobalShortcut {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

export interface ShellApp {
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown;
  on(event: 'open-url', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'activate', listener: () => void): unknown;
  quit(): void;
  setLoginItemSettings(settings: { openAtLogin: boolean }): void;
}

export interface WindowFactory {
  /** The main window at `route` (`/` or `/conversation/<id>`), shown when ready, with `bounds` if remembered. */
  createMain(route: string, bounds: WindowBounds | undefined): ShellWindow;
  /** The quick-ask window, hidden until shown. */
  createQuickAsk(): ShellWindow;
  /** Visible work areas of the displays (a remembered position on a removed monitor must not hide the window). */
  displayAreas(): WindowBounds[];
}
