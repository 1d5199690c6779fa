// The desktop feature: quick-ask conversation, hide / open-in-app requests to the shell, desktop settings, the
// logs folder, and notifications. Returns its handlers for the composition root to merge.
import type { CallHandlers } from '../api/CallHandlers';
import type { EventBus } from '../api/EventBus';
import type { SqliteConversationStore } from '../chat/SqliteConversationStore';
import { DisposableStore } from '../lifecycle/Disposable';
import type { Logger } from '../logging/Logger';
import type { Platform } from '../platform/Platform';
import type { SqliteSettingsStore } from '../settings/SqliteSettingsStore';
import { DesktopSettingsService } from './DesktopSettings';
import type { DesktopShell } from './DesktopShell';
import { NotificationRouter } from './NotificationRouter';
import { quickAskConversation } from './QuickAskConversation';

export type DesktopCallName =
  | 'app.openLogsFolder' | 'quickAsk.getConversation' | 'quickAsk.hide' | 'quickAsk.openInApp' | 'desktop.getSettings' | 'desktop.saveSettings';

export interface DesktopFeature {
  handlers: Pick<CallHandlers, DesktopCallName>;
  settings: DesktopSettingsService;
  notifications: NotificationRouter;
  dispose(): Promise<void>;
}

export interface DesktopDeps {
  platform: Platform;
  shell: DesktopShell;
  events: EventBus;
  conversations: SqliteConversationStore;
  settings: SqliteSettingsStore;
  logger: Logger;
}

export function registerDesktop(deps: DesktopDeps): DesktopFeature {
  const disposables = new DisposableStore();
  const settings = disposables.add(new DesktopSettingsService(deps.settings));
  const notifications = disposables.add(
    new NotificationRouter(deps.events, (n) => {
      deps.logger.info('notification', { title: n.title, target: n.target });
      deps.platform.notify(n);
    }),
  );
  const handlers: DesktopFeature['handlers'] = {
    'app.openLogsFolder': async () => {
      const path = deps.platform.paths.logsDir;
      return { path, logFile: deps.logger.filePath ?? null, opened: await deps.shell.openFolder(path) };
    },
    'quickAsk.getConversation': async () => quickAskConversation(deps.conversations, deps.settings),
    'quickAsk.hide': async () => ({ hidden: deps.shell.hideQuickAsk() }),
    'quickAsk.openInApp': async ({ target }) => {
      const opened = deps.shell.openInMainWindow(target);
      // Windows that are open follow the request (the main window shows the place).
      if (opened) deps.events.publish('shell.didRequestNavigation', target);
      return { opened };
    },
    'desktop.getSettings': async () => settings.view(),
    'desktop.saveSettings': async (patch) => {
      // A shortcut that is not an accelerator fails the schema: a validation error at the boundary.
      return settings.save(patch);
    },
  };
  return { handlers, settings, notifications, dispose: () => disposables.dispose() };
}
