// The household assistant's calls (todos, reminders, personas), declared once like every other call.
import { z } from 'zod';
import { defineCall } from './define';
import type { AssistantOverview, PersonaView, ReminderView, TodoView } from './assistantViews';

const id = z.string().min(1).max(200);
const none = z.object({}).strict();
const title = z.string().trim().min(1, 'Give the todo a title.').max(255);
const list = z.string().trim().max(100).nullable();

export const assistantCalls = {
  'assistant.overview': defineCall<AssistantOverview>()(none, 'Todos, reminders, the home\'s time zone and reminders missed while the app was closed.'),
  'assistant.addTodo': defineCall<TodoView>()(
    z.object({ title, list: list.optional(), priority: z.enum(['high', 'normal', 'low']).optional(), due: z.string().trim().min(1).max(200).nullable().optional() }).strict(),
    'Add a todo (due may be natural text such as "friday").',
  ),
  'assistant.setTodoDone': defineCall<TodoView>()(z.object({ id, done: z.boolean() }).strict(), 'Check a todo off, or open it again.'),
  'assistant.editTodo': defineCall<TodoView>()(
    z.object({
      id,
      title: title.optional(),
      priority: z.enum(['high', 'normal', 'low']).optional(),
      due: z.string().trim().min(1).max(200).nullable().optional(),
      list: list.optional(),
    }).strict(),
    'Edit a todo in place.',
  ),
  'assistant.reorderTodos': defineCall<{ changed: number }>()(z.object({ ids: z.array(id).min(1).max(500) }).strict(), 'New order of the todos of one list, first to last.'),
  'assistant.deleteTodo': defineCall<{ deleted: boolean }>()(z.object({ id }).strict(), 'Delete a todo (an explicit action of the person).'),
  'assistant.createReminder': defineCall<{ reminder: ReminderView; when: string }>()(
    z.object({ text: z.string().trim().min(1).max(500) }).strict(),
    'A reminder from natural text, e.g. "water the plants tomorrow at 8".',
  ),
  'assistant.snoozeReminder': defineCall<ReminderView>()(z.object({ id, option: z.enum(['10m', '1h', 'tomorrow']) }).strict(), 'Snooze a reminder.'),
  'assistant.completeReminder': defineCall<ReminderView>()(z.object({ id }).strict(), 'Mark a reminder done (a repeating one moves to its next time).'),
  'assistant.deleteReminder': defineCall<{ deleted: boolean }>()(z.object({ id }).strict(), 'Delete a reminder.'),
  'assistant.dismissMissed': defineCall<{ dismissed: boolean }>()(none, 'Hide the "missed while closed" list.'),
  'assistant.personas': defineCall<{ personas: PersonaView[]; activeId: string }>()(none, 'Built-in and user-defined personas, and the active one.'),
  'assistant.choosePersona': defineCall<{ personas: PersonaView[]; activeId: string }>()(
    z.object({ id: z.string().trim().min(1).max(40) }).strict(),
    'Make one persona (built-in or user-defined) the active one: the models\' system prompt and the wording of answers.',
  ),
  'assistant.savePersonas': defineCall<{ personas: PersonaView[]; activeId: string }>()(
    z.object({
      activeId: z.string().max(40).optional(),
      custom: z.array(z.object({
        id: z.string().trim().regex(/^[a-z0-9-]{1,40}$/, 'use lower-case letters, digits and dashes'),
        name: z.string().trim().min(1).max(60),
        style: z.enum(['friendly', 'concise', 'teacher']),
        systemPrompt: z.string().trim().min(1).max(2000),
      }).strict()).max(20).optional(),
    }).strict(),
    'Choose the active persona and/or replace the user-defined ones.',
  ),
} as const;
