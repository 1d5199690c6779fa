import { useCallback, useEffect, useMemo, useState } from 'react';
import { AuditView } from '../features/audit/AuditView';
import { ChatView } from '../features/chat/ChatView';
import { ConversationSidebar } from '../features/conversations/ConversationSidebar';
import { DemoHomeBanner } from '../features/firstRun/DemoHomeBanner';
import { HomeBrowser } from '../features/home/HomeBrowser';
import { PersonaPicker } from '../features/personas/PersonaPicker';
import { GuestSessionControl, useSessionUser } from '../features/session/GuestSession';
import { SettingsDialog } from '../features/settings/SettingsDialog';
import { StatusBar } from '../features/status/StatusBar';
import { ReminderToasts } from '../features/todos/ReminderToasts';
import { TodosPanel } from '../features/todos/TodosPanel';
import { useAppStores, useSlice } from './AppContext';
import { COMPOSER_INPUT_ID, CONVERSATION_SEARCH_INPUT_ID, HOME_SEARCH_INPUT_ID } from '../ui/elementIds';
import { createActionRegistry } from '../features/actions/actionRegistry';
import { ActionRegistryContext, type ActionsValue } from '../features/actions/ActionRegistryContext';
import { buildAppActions } from '../features/actions/appActions';
import { CommandPalette } from '../features/actions/CommandPalette';
import { HelpOverlay } from '../features/actions/HelpOverlay';
import { useActionShortcuts } from '../features/actions/useActionShortcuts';
import { TelemetryPanel } from '../features/telemetry/TelemetryPanel';
import { ConversationSettingsDialog } from '../features/conversations/ConversationSettingsDialog';
import { useShellNavigation } from '../features/desktop/useShellNavigation';
import { useMediaQuery } from './useMediaQuery';
import { useOverlayDismiss } from './useOverlayDismiss';

/**
 * Three panes: conversations | chat | home browser, with the status bar below. Below 1100 px the home browser is an
 * overlay under the header; below 960 px the conversation list is too. Overlays close on Esc and on a click outside.
 */
export function App() {
  const { home, conversations, chat, keyBindings } = useAppStores();
  const narrow = useMediaQuery('(max-width: 1099px)');
  const compact = useMediaQuery('(max-width: 959px)');
  const [homeOpen, setHomeOpen] = useState(!narrow);
  const [sidebarOpen, setSidebarOpen] = useState(!compact);
  const [dialog, setDialog] = useState<'settings' | 'activity' | 'todos' | 'palette' | 'help' | 'telemetry' | 'conversation-settings' | null>(null);
  const user = useSessionUser();
  const guest = user?.role === 'guest';
  const title = useSlice(conversations, (s) => s.items.find((c) => c.id === s.selectedId)?.title);
  const selectedId = useSlice(conversations, (s) => s.selectedId);
  useEffect(() => setHomeOpen(!narrow), [narrow]);
  useEffect(() => setSidebarOpen(!compact), [compact]);
  // On a small window, picking a conversation closes the overlay list.
  useEffect(() => {
    if (compact) setSidebarOpen(false);
  }, [selectedId, compact]);

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
    openTodos: () => setDialog('todos'),
  });

  // One registry for the palette, the keys, slash commands and /help; rebuilt when the role or a binding changes.
  const bindings = useSlice(keyBindings, (s) => s.bindings);
  useEffect(() => void keyBindings.getState().load(), [keyBindings]);
  const actions = useMemo<ActionsValue>(() => {
    const definitions = buildAppActions({
      openPalette: () => setDialog('palette'),
      showHelp: () => setDialog('help'),
      newConversation: () => void conversations.getState().create().then((c) => c && focusById(COMPOSER_INPUT_ID)),
      focusComposer: () => focusById(COMPOSER_INPUT_ID),
      focusHomeSearch: () => {
        setHomeOpen(true);
        focusById(HOME_SEARCH_INPUT_ID);
      },
      searchConversations: () => {
        setSidebarOpen(true);
        focusById(CONVERSATION_SEARCH_INPUT_ID);
      },
      toggleHome: () => setHomeOpen((o) => !o),
      openSettings: () => setDialog('settings'),
      openActivity: () => setDialog('activity'),
      openTelemetry: () => setDialog('telemetry'),
      openTodos: () => setDialog('todos'),
      openConversationSettings: () => setDialog('conversation-settings'),
      sendCommand: (text) => void chat.getState().send(text),
    });
    // Until app.getInfo answers, act as a guest: nothing admin-only shows up and then disappears.
    return { definitions, registry: createActionRegistry(definitions, user?.role ?? 'guest', bindings), mac: /Mac/i.test(navigator.platform) };
  }, [bindings, user?.role, conversations, chat]);
  useActionShortcuts(actions.registry);

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

  const homeOverlay = narrow && homeOpen;
  const sidebarOverlay = compact && sidebarOpen;
  useOverlayDismiss(homeOverlay, '#home-pane', '[aria-controls="home-pane"]', () => setHomeOpen(false));
  useOverlayDismiss(sidebarOverlay, '#conversation-pane', '[aria-controls="conversation-pane"]', () => setSidebarOpen(false));

  const header = (
    <header className="pane-header chat-header">
      {compact && (
        <button type="button" className="btn btn-small btn-quiet" aria-expanded={sidebarOpen} aria-controls="conversation-pane" data-testid="sidebar-toggle" onClick={() => setSidebarOpen((o) => !o)}>
          ☰ <span className="visually-hidden">Conversations</span>
        </button>
      )}
      <h1 className="pane-title chat-title">{title || (selectedId ? 'New conversation' : 'Ask about your home')}</h1>
      <div className="header-actions">
        <GuestSessionControl user={user} />
        {user && !guest && <PersonaPicker />}
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
        <button type="button" className="btn btn-small btn-quiet" aria-expanded={homeOpen} aria-controls="home-pane" data-testid="home-toggle" onClick={() => setHomeOpen((o) => !o)}>
          {homeOpen ? 'Hide home' : 'Show home'}
        </button>
      </div>
    </header>
  );

  return (
    <ActionRegistryContext.Provider value={actions}>
    <div className="app" data-home-open={homeOpen} data-narrow={narrow} data-compact={compact} data-sidebar-open={sidebarOpen}>
      {(sidebarOpen || !compact) && (
        <nav id="conversation-pane" className="pane pane-left" aria-label="Conversations" data-overlay={sidebarOverlay || undefined}>
          <ConversationSidebar />
        </nav>
      )}
      <main className="pane pane-centre" aria-label="Chat">
        <ChatView onOpenEntity={openEntity} header={header} notice={<DemoHomeBanner onOpenHome={() => setHomeOpen(true)} />} />
      </main>
      {homeOpen && (
        <aside id="home-pane" className="pane pane-right" aria-label="Home browser" data-overlay={homeOverlay || undefined}>
          <HomeBrowser onClose={narrow ? () => setHomeOpen(false) : null} />
        </aside>
      )}
      {(homeOverlay || sidebarOverlay) && <div className="overlay-scrim" aria-hidden="true" />}
      <StatusBar />
      {dialog === 'settings' && <SettingsDialog onClose={() => setDialog(null)} />}
      {dialog === 'todos' && <TodosPanel onClose={() => setDialog(null)} />}
      <ReminderToasts />
      {dialog === 'activity' && <AuditView onClose={() => setDialog(null)} />}
      {dialog === 'palette' && <CommandPalette onClose={() => setDialog(null)} />}
      {dialog === 'help' && <HelpOverlay onClose={() => setDialog(null)} />}
      {dialog === 'telemetry' && <TelemetryPanel onClose={() => setDialog(null)} />}
      {dialog === 'conversation-settings' && selectedId && <ConversationSettingsDialog conversationId={selectedId} onClose={() => setDialog(null)} />}
    </div>
    </ActionRegistryContext.Provider>
  );
}
