// Key combinations as short strings ("Mod+K", "Mod+Shift+F", "?"): what the registry stores, Settings shows and
// Dexie keeps. "Mod" is Ctrl or Cmd, so one binding serves Windows, Linux and macOS.

/** The parts of a KeyboardEvent a combination depends on (a plain object, so tests need no DOM). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const MODIFIER_KEYS = new Set(['Control', 'Meta', 'Alt', 'Shift', 'AltGraph', 'CapsLock', 'OS']);

/**
 * The canonical combination for a key press, or null for a bare modifier. Letters are upper-cased; Shift is dropped
 * for a single printable non-letter ("?" is Shift+/ on one layout and a plain key on another: the character is what
 * the person sees on the key).
 */
export function comboFromKeyPress(e: KeyPress): string | null {
  if (MODIFIER_KEYS.has(e.key)) return null;
  const single = e.key.length === 1;
  const letter = single && e.key.toLowerCase() !== e.key.toUpperCase();
  const key = e.key === ' ' ? 'Space' : letter ? e.key.toUpperCase() : e.key;
  const parts: string[] = [];
  if (e.ctrlKey || e.metaKey) parts.push('Mod');
  if (e.altKey) parts.push('Alt');
  if (e.shiftKey && !(single && !letter)) parts.push('Shift');
  parts.push(key);
  return parts.join('+');
}

/** Normalises a typed or stored combination ("ctrl+shift+f" → "Mod+Shift+F"), or null when it names no key. */
export function normaliseCombo(combo: string): string | null {
  // "Mod++" means the plus key: split on "+" that is not the last character.
  const pieces = combo.trim().split(/\+(?!$)/).map((p) => p.trim()).filter(Boolean);
  const key = pieces.pop();
  if (!key) return null;
  const mods = new Set(pieces.map((p) => p.toLowerCase()));
  return comboFromKeyPress({
    key: key.length === 1 ? key : key[0]!.toUpperCase() + key.slice(1),
    ctrlKey: mods.has('mod') || mods.has('ctrl') || mods.has('control') || mods.has('cmd') || mods.has('meta'),
    metaKey: false,
    altKey: mods.has('alt') || mods.has('option'),
    shiftKey: mods.has('shift'),
  });
}

/** A combination without Ctrl/Cmd or Alt types a character: it must not fire while the person is typing. */
export function isBareCombo(combo: string): boolean {
  return !combo.startsWith('Mod+') && !combo.startsWith('Alt+');
}

/** "Mod+Shift+F" → "Ctrl+Shift+F" (or "⌘⇧F" on a Mac). */
export function formatCombo(combo: string, mac = false): string {
  if (!mac) return combo.replace(/^Mod\b/, 'Ctrl');
  return combo.replace(/^Mod\+/, '⌘').replace(/Alt\+/, '⌥').replace(/Shift\+/, '⇧');
}

/** The aria-keyshortcuts value ("Control+K Meta+K"), so a screen reader announces the current binding. */
export function ariaKeyShortcuts(combos: readonly string[]): string {
  return combos
    .flatMap((c) => (c.startsWith('Mod+') ? [`Control+${c.slice(4)}`, `Meta+${c.slice(4)}`] : [c]))
    .join(' ');
}
