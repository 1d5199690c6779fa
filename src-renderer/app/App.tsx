import { useCallback, useEffect, useState } from 'react';
import { AuditView } from '../features/audit/AuditView';
import { ChatView } from '../features/chat/ChatView';
import { ConversationList } from '../features/conversations/ConversationList';
import { HomeBrowser } from '../features/home/HomeBrowser';
import { GuestSessionControl, useSessionUser } from '../features/session/GuestSession';
import { SettingsDialog } from '../features/settings/SettingsDialog';
import { StatusBar } from '../features/status/StatusBar';
import { ReminderToasts } from '../features/todos/ReminderToasts';
import { TodosPanel } from '../features/todos/TodosPanel';
import { useAppStores } from './AppContext';
import { COMPOSER_INPUT_ID, HOME_SEARCH_INPUT_ID } from '../ui/elementIds';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useShellNavigation } from '../features/desktop/useShellNavigation';
import { useMediaQuery } from './useMediaQuery';


/** Three panes: conversations | chat | home browser, with the status bar below. */
export function App() {
  const { home, conversations } = useAppStores();
  const narrow = useMediaQuery('(max-width: 1099px)');
  const [homeOpen, setHomeOpen] = useState(!narrow);
  const [dialog, setDialog] = useState<'settings' | 'activity' | 'todos' | null>(null);
  const user = useSessionUser();
  const guest = user?.role === 'guest';
  useEffect(() => setHomeOpen(!narrow), [narrow]);

  const focusById = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const openEntity = useCallback(
    (id: string) => {
      setHomeOpen(true);
      void home.getState().openEntity(id);
    },
    [home],
  );

  useShellNavigation({
    openConversation: (id) => conversations.getState().select(id),
    openEntity,
    openActivity: () => setDialog('activity'),
  });

  useGlobalShortcuts({
    newConversation: () => {
      void conversations.getState().create().then((c) => c && focusById(COMPOSER_INPUT_ID));
    },
    focusSearch: () => {
      setHomeOpen(true);
      focusById(HOME_SEARCH_INPUT_ID);
    },
    focusComposer: () => focusById(COMPOSER_INPUT_ID),
  });

  // Esc closes the entity detail from anywhere, unless a field used the key first (search clears, rename cancels).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || !home.getState().selectedId || document.querySelector('dialog[open]')) return;
      const inDetail = document.activeElement?.closest('[data-testid="entity-detail"]');
      home.getState().closeDetail();
      if (inDetail) focusById(HOME_SEARCH_INPUT_ID);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [home]);

  return (
    <div className="app" data-home-open={homeOpen} data-narrow={narrow}>
      <nav className="pane pane-left" aria-label="Conversations">
        <ConversationList />
      </nav>
      <main className="pane pane-centre" aria-label="Chat">
        <ChatView
          onOpenEntity={openEntity}
          homeOpen={homeOpen}
          onToggleHome={() => setHomeOpen((o) => !o)}
          headerActions={
            <>
              <GuestSessionControl user={user} />
              <button type="button" className="btn btn-small btn-quiet" data-testid="todos-button" aria-haspopup="dialog" onClick={() => setDialog('todos')}>
                Todos
              </button>
              {!guest && (
                <button type="button" className="btn btn-small btn-quiet" data-testid="activity-button" aria-haspopup="dialog" onClick={() => setDialog('activity')}>
                  Activity
                </button>
              )}
              {!guest && (
                <button type="button" className="btn btn-small btn-quiet" data-testid="settings-button" aria-haspopup="dialog" onClick={() => setDialog('settings')}>
                  Settings
                </button>
              )}
            </>
          }
        />
      </main>
      {homeOpen && (
        <aside id="home-pane" className="pane pane-right" aria-label="Home browser">
          <HomeBrowser onClose={narrow ? () => setHomeOpen(false) : null} />
        </aside>
      )}
      <StatusBar />
      {dialog === 'settings' && <SettingsDialog onClose={() => setDialog(null)} />}
      {dialog === 'todos' && <TodosPanel onClose={() => setDialog(null)} />}
      <ReminderToasts />
      {dialog === 'activity' && (
        <AuditView
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
