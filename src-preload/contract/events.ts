// Every event main pushes to the renderer, declared once.
import type { ReminderDueView } from './assistantViews';
import { defineEvent } from './define';
import type { ActionProposalView, ChatMessage, ModelDownloadProgressView, StatusSnapshot } from './views';

export const events = {
  'status.didChange': defineEvent<StatusSnapshot>('The status bar snapshot changed.'),
  'home.didChange': defineEvent<{ entityIds: string[] }>('Entities changed (local edit, import or sync).'),
  'chat.didAppendMessage': defineEvent<ChatMessage>('A message was stored in a conversation.'),
  'chat.didStreamDelta': defineEvent<{ conversation_id: string; message_id: string; delta: string }>('Part of an assistant reply as it is produced.'),
  'approvals.didChange': defineEvent<ActionProposalView>('A proposal was created, decided, executed or expired.'),
  'llm.downloadProgress': defineEvent<ModelDownloadProgressView>('Progress of a model download.'),
  'assistant.reminderDue': defineEvent<ReminderDueView>('A reminder is due now (or was missed while the app was closed).'),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = NonNullable<Events[E]['__payload']>;
