// Who may make which call: one table, enforced in dispatchCall for IPC, WebSocket and the CLI alike (ARCHITECTURE.md
// "Roles"). A new call in the contract is a compile error here until someone decides who may make it.
import type { CallName } from '../../src-preload/contract';

export type Role = 'admin' | 'user' | 'guest';
export const ROLES: readonly Role[] = ['admin', 'user', 'guest'];

const everyone: readonly Role[] = ['admin', 'user', 'guest'];
const household: readonly Role[] = ['admin', 'user'];
const adminOnly: readonly Role[] = ['admin'];

/**
 * Guests read (never private notes: the graph they see is filtered) and chat in their own conversations; they cannot
 * change the home, decide proposals, export, import, read the audit log or touch settings. Users are household
 * members: everything but the app's configuration and replacing the home.
 */
export const CALL_POLICY: Readonly<Record<CallName, readonly Role[]>> = {
  'app.getInfo': everyone,
  'status.get': everyone,
  'home.getTree': everyone,
  'home.getTreeEntries': everyone,
  'home.getEntity': everyone,
  'home.search': everyone,
  'home.exportJson': household,
  'home.importJson': adminOnly,
  'home.uploadChunk': adminOnly,
  'tools.list': everyone,
  'tools.run': everyone,
  'chat.listConversations': everyone,
  'chat.createConversation': everyone,
  'chat.renameConversation': everyone,
  'chat.deleteConversation': everyone,
  'chat.getMessages': everyone,
  'chat.send': everyone,
  'chat.stop': everyone,
  'chat.regenerate': everyone,
  'chat.getMessagePage': everyone,
  'chat.selectBranch': everyone,
  'chat.searchMessages': everyone,
  // Only conversations the caller can see (a guest's own): the store's scope check runs first.
  'chat.getConversationEntities': everyone,
  'chat.setConversationFlags': everyone,
  // A conversation's own model may be a paid remote one: household members choose it, guests use the defaults.
  'chat.setConversationSettings': household,
  'chat.exportConversations': household,
  'chat.importConversations': household,
  'llm.getSettings': everyone,
  'llm.saveSettings': adminOnly,
  'llm.testConnection': household,
  'llm.resetCircuit': household,
  'llm.downloadModel': adminOnly,
  'llm.modelCatalogue': household,
  'approvals.list': household,
  'approvals.decide': household,
  'approvals.listRules': household,
  'approvals.revokeRule': household,
  'session.startGuest': household,
  // Guests may try to leave; only the PIN chosen when the session started lets them.
  'session.endGuest': everyone,
  'audit.list': household,
  'app.openLogsFolder': household,
  // The Quick ask conversation belongs to the household member who owns the app, not to a guest.
  'quickAsk.getConversation': household,
  'quickAsk.hide': everyone,
  'quickAsk.openInApp': everyone,
  // Sync: anyone sees the state; household members sync and handle conflicts; only the admin connects the app to a
  // server or disconnects it (a guest session never pushes either way: the engine checks the server role).
  'sync.status': everyone,
  'sync.now': household,
  'sync.login': adminOnly,
  'sync.logout': adminOnly,
  'sync.test': household,
  'sync.conflicts': household,
  'sync.keepMine': household,
  'sync.dismissConflict': household,
  'desktop.getSettings': everyone,
  'desktop.saveSettings': adminOnly,
  'assistant.overview': everyone,
  'assistant.addTodo': household,
  'assistant.setTodoDone': household,
  'assistant.editTodo': household,
  'assistant.reorderTodos': household,
  'assistant.deleteTodo': household,
  'assistant.createReminder': household,
  'assistant.snoozeReminder': household,
  'assistant.completeReminder': household,
  'assistant.deleteReminder': household,
  'assistant.dismissMissed': household,
  'assistant.personas': everyone,
  // Picking who answers is a household member's preference; defining personas configures the app.
  'assistant.choosePersona': household,
  'assistant.savePersonas': adminOnly,
  // The offline queue holds the household's pending writes and questions: not a guest's business.
  'outbox.list': household,
  'outbox.counts': household,
  'outbox.retry': household,
  'outbox.discard': household,
  'outbox.offlineAnswers': household,
  'outbox.reask': household,
  'outbox.getSettings': household,
  'outbox.saveSettings': adminOnly,
  'voice.getSettings': everyone,
  // Which voice reads is the app's configuration; reading a reply aloud is like reading it (it uses the provider the
  // answers already came from).
  'voice.saveSettings': adminOnly,
  'voice.synthesize': everyone,
  // Timings and error counts of every household member's turns: not for a visitor.
  'telemetry.get': household,
  'telemetry.diagnostics': household,
};

export function isAllowed(call: CallName, role: Role): boolean {
  return CALL_POLICY[call].includes(role);
}

/** Handler maps carry the role of the session they serve under this key (a symbol: never a call name). */
export const CALLER_ROLE: unique symbol = Symbol('callerRole');

export interface RoleSource {
  readonly [CALLER_ROLE]?: () => Role;
}
