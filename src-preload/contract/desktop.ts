// The desktop shell's part of the contract: where a notification, deep link or "Open in app" leads, and the
// desktop settings. Kept apart from calls.ts so the shell's vocabulary is in one place.
import { z } from 'zod';

const id = z.string().min(1).max(200);

/** A place in the app. Deep links, notification clicks and "Open in app" all resolve to one of these. */
export const navigationTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('conversation'), id }).strict(),
  z.object({ kind: z.literal('entity'), id }).strict(),
  z.object({ kind: z.literal('ask'), question: z.string().trim().min(1).max(2000) }).strict(),
  z.object({ kind: z.literal('approvals') }).strict(),
  z.object({ kind: z.literal('conflicts') }).strict(),
  z.object({ kind: z.literal('home') }).strict(),
  // The Todos panel, where a due reminder's toast has the same snooze and done buttons as its notification.
  z.object({ kind: z.literal('todos') }).strict(),
]);
export type NavigationTarget = z.infer<typeof navigationTargetSchema>;

export interface DesktopSettingsView {
  quickAskShortcut: string;
  startAtLogin: boolean;
  autoUpdate: boolean;
  /** Whether the global shortcut could be registered (another app may own it). */
  shortcut: { state: 'registered' | 'failed' | 'not_applicable'; message: string };
}

export interface LogsFolderView {
  path: string;
  /** The file being written now (named in internal error messages). */
  logFile: string | null;
  /** Opened in the file manager (desktop app); false in browser mode, where the path is shown instead. */
  opened: boolean;
}

/** The renderer's hash route for a place (`/conversation/<id>`); the main window is loaded or moved there. */
export function navigationRoute(target: NavigationTarget): string {
  switch (target.kind) {
    case 'conversation':
      return `/conversation/${encodeURIComponent(target.id)}`;
    case 'entity':
      return `/entity/${encodeURIComponent(target.id)}`;
    case 'ask':
      return `/quick-ask`;
    default:
      return `/${target.kind}`;
  }
}
