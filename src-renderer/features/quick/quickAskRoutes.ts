// Hash routes shared by the quick-ask window and the main window. The quick window lives at `#/quick-ask` (the
// Electron shell loads it there; `#/quick` is the older name). In browser mode there is no second window, so
// "Open in app" moves this page to `#/conversation/<id>` (or `#/entity/<id>`) and the main view opens that place.
import { navigationRoute, type NavigationTarget } from '../../../src-preload/contract/desktop';

export const QUICK_ASK_ROUTE = '#/quick-ask';

export function isQuickAskRoute(hash: string): boolean {
  return hash === '#/quick' || hash.startsWith('#/quick-ask') || hash.startsWith('#/quick?');
}

export function mainRouteFor(target: NavigationTarget): string {
  return `#${navigationRoute(target)}`;
}

/** The target a main-window hash route names, if any. */
export function targetFromMainRoute(hash: string): NavigationTarget | null {
  const match = /^#\/(conversation|entity)\/([^/?#]+)$/.exec(hash);
  if (match) {
    try {
      const id = decodeURIComponent(match[2]!);
      return match[1] === 'conversation' ? { kind: 'conversation', id } : { kind: 'entity', id };
    } catch {
      return null;
    }
  }
  if (hash === '#/approvals') return { kind: 'approvals' };
  if (hash === '#/todos') return { kind: 'todos' };
  return null;
}

export function navigateToMainRoute(target: NavigationTarget): void {
  window.location.hash = mainRouteFor(target);
}
