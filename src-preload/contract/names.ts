// The names of every call and event as plain literals, with no schema code behind them: the sandboxed preload needs
// only these, and importing calls.ts would bundle zod and the entity schemas into it. Type checks below keep the
// lists equal to the declarations in calls.ts and events.ts.
import type { CallName } from './calls';
import type { EventName } from './events';

export const CALL_NAMES = [
  'app.getInfo',
  'status.get',
  'home.getTree',
  'home.getEntity',
  'home.search',
  'home.exportJson',
  'home.importJson',
  'home.uploadChunk',
  'tools.list',
  'tools.run',
  'chat.listConversations',
  'chat.createConversation',
  'chat.renameConversation',
  'chat.deleteConversation',
  'chat.getMessages',
  'chat.getMessagePage',
  'chat.selectBranch',
  'chat.searchMessages',
  'chat.setConversationFlags',
  'chat.exportConversations',
  'chat.importConversations',
  'chat.send',
  'chat.stop',
  'chat.regenerate',
  'llm.getSettings',
  'llm.saveSettings',
  'llm.testConnection',
  'llm.resetCircuit',
  'llm.downloadModel',
  'approvals.list',
  'approvals.decide',
  'approvals.listRules',
  'approvals.revokeRule',
  'session.startGuest',
  'session.endGuest',
  'audit.list',
  'app.openLogsFolder',
  'quickAsk.getConversation',
  'quickAsk.hide',
  'quickAsk.openInApp',
  'desktop.getSettings',
  'desktop.saveSettings',
  'assistant.overview',
  'assistant.addTodo',
  'assistant.setTodoDone',
  'assistant.editTodo',
  'assistant.reorderTodos',
  'assistant.deleteTodo',
  'assistant.createReminder',
  'assistant.snoozeReminder',
  'assistant.completeReminder',
  'assistant.deleteReminder',
  'assistant.dismissMissed',
  'assistant.personas',
  'assistant.savePersonas',
  'telemetry.get',
  'chat.setConversationSettings',
  'llm.modelCatalogue',
  'telemetry.diagnostics',
] as const satisfies readonly CallName[];

export const EVENT_NAMES = [
  'status.didChange',
  'home.didChange',
  'chat.didAppendMessage',
  'chat.didStreamDelta',
  'approvals.didChange',
  'llm.downloadProgress',
  'shell.didRequestNavigation',
  'assistant.reminderDue',
] as const satisfies readonly EventName[];

/** The IPC channels. One for calls, one per declared event (prefixed), nothing else is listened to. */
export const INVOKE_CHANNEL = 'goodies:invoke';
export const EVENT_CHANNEL_PREFIX = 'goodies:event:';

// Fails to compile when a declared call or event is missing from the lists above.
type Missing<All, Listed> = Exclude<All, Listed>;
export const everyCallListed: Missing<CallName, (typeof CALL_NAMES)[number]> extends never ? true : false = true;
export const everyEventListed: Missing<EventName, (typeof EVENT_NAMES)[number]> extends never ? true : false = true;
