// Every event main pushes to the renderer, declared once.
import type { ReminderDueView } from './assistantViews';
import { defineEvent } from './define';
import type { NavigationTarget } from './desktop';
import type { SyncStatusView } from './syncViews';
import type { OutboxCountsView } from './outboxViews';
import type { ActionProposalView, ChatMessage, ModelDownloadProgressView, StatusSnapshot } from './views';

/** Events that belong to a chat turn carry its correlation id (the reply envelope's), as the logs do. */
export interface TurnEventFields {
  correlation_id: string;
}

export const events = {
  'status.didChange': defineEvent<StatusSnapshot>('The status bar snapshot changed.'),
  'home.didChange': defineEvent<{ entityIds: string[]; relationshipIds?: string[] }>(
    'Entities changed (local edit, import or sync). Empty ids: anything may have changed. Relationship ids: placements may have moved.',
  ),
  'chat.didAppendMessage': defineEvent<ChatMessage & TurnEventFields>('A message was stored in a conversation.'),
  'chat.didStreamDelta': defineEvent<{ conversation_id: string; message_id: string; delta: string } & TurnEventFields>('Part of an assistant reply as it is produced.'),
  'approvals.didChange': defineEvent<ActionProposalView>('A proposal was created, decided, executed or expired.'),
  'llm.downloadProgress': defineEvent<ModelDownloadProgressView & TurnEventFields>('Progress of a model download (correlation id of the download call).'),
  'shell.didRequestNavigation': defineEvent<NavigationTarget>('The shell asks the main window to show a place (deep link, notification click, "Open in app").'),
  'assistant.reminderDue': defineEvent<ReminderDueView>('A reminder is due now (or was missed while the app was closed).'),
  'sync.didChange': defineEvent<SyncStatusView>('Home-server sync state or progress changed.'),
  'outbox.didChange': defineEvent<OutboxCountsView>('The offline queue changed (queued and parked items per kind).'),
  'assistant.reminderSettled': defineEvent<{ id: string }>('A reminder was snoozed or done (panel, toast or the notification\'s buttons): its toast can go.'),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = NonNullable<Events[E]['__payload']>;
