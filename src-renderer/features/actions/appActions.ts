// The app's actions: what the palette lists, /help and the shortcut overlay show, and the keys do. The handlers come
// from the shell (App.tsx); commands that main answers (/status, /mode …) are sent as chat text, so main's checks
// and replies stay the one truth for them.
import type { AppAction, ActionRole } from './actionRegistry';

export interface AppActionHandlers {
  openPalette(): void;
  showHelp(): void;
  newConversation(): void;
  focusComposer(): void;
  focusHomeSearch(): void;
  searchConversations(): void;
  toggleHome(): void;
  openSettings(): void;
  openActivity(): void;
  openTelemetry(): void;
  openTodos(): void;
  /** The open conversation's persona and model. */
  openConversationSettings(): void;
  /** Sends a slash command to main as a chat message (it answers in the conversation). */
  sendCommand(text: string): void;
}

const household: readonly ActionRole[] = ['admin', 'user'];

export function buildAppActions(h: AppActionHandlers): AppAction[] {
  const send = (command: string) => (argument: string) => h.sendCommand(argument ? `/${command} ${argument}` : `/${command}`);
  return [
    { id: 'palette.open', label: 'Command palette', group: 'Help', keys: ['Mod+K'], run: () => h.openPalette() },
    { id: 'help.show', label: 'Commands and keyboard shortcuts', group: 'Help', slash: 'help', keys: ['Mod+/', '?'], description: 'this list', run: () => h.showHelp() },
    { id: 'conversation.new', label: 'New conversation', group: 'Conversations', slash: 'new', keys: ['Mod+N'], run: () => h.newConversation() },
    { id: 'conversation.settings', label: 'Persona and model for this conversation', group: 'Conversations', slash: 'persona', roles: household, run: () => h.openConversationSettings() },
    { id: 'conversation.search', label: 'Search conversations', group: 'Conversations', keys: ['Mod+Shift+F'], run: () => h.searchConversations() },
    { id: 'composer.focus', label: 'Go to the question box', group: 'Navigation', keys: ['Mod+L'], run: () => h.focusComposer() },
    { id: 'home.search', label: 'Search the home', group: 'Navigation', keys: ['Mod+Shift+K'], run: () => h.focusHomeSearch() },
    { id: 'home.toggle', label: 'Show or hide the home browser', group: 'Navigation', keys: ['Mod+Shift+H'], run: () => h.toggleHome() },
    { id: 'todos.open', label: 'Todos and reminders', group: 'Navigation', slash: 'todos', run: () => h.openTodos() },
    { id: 'settings.open', label: 'Settings', group: 'Navigation', slash: 'settings', keys: ['Mod+,'], roles: household, run: () => h.openSettings() },
    { id: 'activity.open', label: 'Activity log', group: 'Navigation', slash: 'activity', roles: household, run: () => h.openActivity() },
    { id: 'telemetry.open', label: 'Diagnostics: model health, turn timings, errors', group: 'Help', slash: 'diagnostics', keys: ['Mod+Shift+D'], roles: household, run: () => h.openTelemetry() },
    { id: 'command.status', label: 'Show status', group: 'Help', slash: 'status', description: 'network, home server, language model and graph status', run: send('status') },
    { id: 'command.whoami', label: 'Who am I?', group: 'Help', slash: 'whoami', description: 'who you are and what you may do', run: send('whoami') },
    { id: 'command.clear', label: 'Clear this conversation', group: 'Conversations', slash: 'clear', run: send('clear') },
    { id: 'command.model', label: 'Show the models', group: 'Language model', slash: 'model', slashArgs: '[name]', description: 'show the models, or pick the remote model', run: send('model') },
    { id: 'mode.hybrid', label: 'Use hybrid mode (remote, local when it fails)', group: 'Language model', slash: 'mode', slashArgs: 'remote|local|hybrid', description: 'which model answers', roles: household, run: (arg) => h.sendCommand(`/mode ${arg || 'hybrid'}`) },
    { id: 'mode.remote', label: 'Use the remote model only', group: 'Language model', roles: household, run: () => h.sendCommand('/mode remote') },
    { id: 'mode.local', label: 'Use the local model only', group: 'Language model', roles: household, run: () => h.sendCommand('/mode local') },
    { id: 'command.resetCircuit', label: 'Try the remote model again now', group: 'Language model', slash: 'reset-circuit', roles: household, run: send('reset-circuit') },
  ];
}
