import { globalShortcut } from 'electron';
import type { Disposable } from '../lifecycle/Disposable';
import { QUICK_ASK_ACCELERATOR } from './createTray';

/** Another app may own the shortcut already; the tray entry still works, so a failed registration is only logged. */
export function registerQuickAskShortcut(onPress: () => void): Disposable {
  const registered = globalShortcut.register(QUICK_ASK_ACCELERATOR, onPress);
  if (!registered) console.warn(`[goodies] ${QUICK_ASK_ACCELERATOR} is taken by another application; use the tray's "Quick ask".`);
  return { dispose: () => (registered ? globalShortcut.unregister(QUICK_ASK_ACCELERATOR) : undefined) };
}
