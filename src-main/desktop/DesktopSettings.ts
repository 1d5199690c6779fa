// Desktop-only settings (quick-ask shortcut, start at login, automatic updates), validated on read and write, and
// the shell's report of whether the shortcut could be registered (shown in Settings: never a silent failure).
import { z } from 'zod';
import type { DesktopSettingsView } from '../../src-preload/contract';
import { Emitter, type Event } from '../lifecycle/Emitter';
import type { SqliteSettingsStore } from '../settings/SqliteSettingsStore';

export const DEFAULT_QUICK_ASK_SHORTCUT = 'CommandOrControl+Shift+G';

/** Electron accelerator syntax: modifiers and one key joined by '+'. */
export const acceleratorSchema = z
  .string()
  .trim()
  .max(60)
  .regex(
    /^((CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)\+)+([A-Z0-9]|F([1-9]|1[0-9]|2[0-4])|Space|Tab|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Esc|Plus|[`\-=[\];',./\\])$/i,
    'Use modifiers and one key, e.g. CommandOrControl+Shift+G',
  );

export const desktopSettingsSchema = z.object({
  quickAskShortcut: acceleratorSchema,
  startAtLogin: z.boolean(),
  /** Off by default: updating is the user's decision, and packaged builds here are unsigned. */
  autoUpdate: z.boolean(),
});
export type DesktopSettings = z.infer<typeof desktopSettingsSchema>;

export const DEFAULT_DESKTOP_SETTINGS: DesktopSettings = { quickAskShortcut: DEFAULT_QUICK_ASK_SHORTCUT, startAtLogin: false, autoUpdate: false };
const KEY = 'desktop';

export type ShortcutStatus = DesktopSettingsView['shortcut'];

export class DesktopSettingsService {
  private readonly changeEmitter = new Emitter<DesktopSettings>();
  readonly onDidChange: Event<DesktopSettings> = this.changeEmitter.event;
  private shortcut: ShortcutStatus = { state: 'not_applicable', message: 'Global shortcuts exist only in the desktop app.' };

  constructor(private readonly settings: SqliteSettingsStore) {}

  get(): DesktopSettings {
    return this.settings.read(KEY, desktopSettingsSchema, DEFAULT_DESKTOP_SETTINGS);
  }

  view(): DesktopSettingsView {
    return { ...this.get(), shortcut: this.shortcut };
  }

  save(patch: Partial<DesktopSettings>): DesktopSettingsView {
    const next = desktopSettingsSchema.parse({ ...this.get(), ...patch });
    this.settings.write(KEY, next);
    this.changeEmitter.fire(next);
    return this.view();
  }

  /** The shell reports what happened when it (re)registered the shortcut. */
  reportShortcut(status: ShortcutStatus): void {
    this.shortcut = status;
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}
