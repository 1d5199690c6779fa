// What the household assistant's calls return (todos and reminders, personas). Plain data, JSON-safe.

export interface TodoView {
  id: string;
  version: string;
  title: string;
  done: boolean;
  priority: 'high' | 'normal' | 'low';
  /** ISO instant or null. */
  due: string | null;
  assignee: string | null;
  /** Lower-case list name ("shopping", "garden"), null for the general todo list. */
  list: string | null;
  order: number;
  completed_at: string | null;
}

export interface ReminderView {
  id: string;
  version: string;
  title: string;
  at: string;
  recurrence: 'daily' | 'weekdays' | 'weekly' | 'monthly' | null;
  snoozed_until: string | null;
  done: boolean;
  fired_for: string | null;
  assignee: string | null;
  /** When it fires next: the snooze time if snoozed, else `at`. */
  due_at: string;
}

export interface ReminderDueView {
  reminder: ReminderView;
  /** True when it came due while the app was not running (shown on the next start). */
  missed: boolean;
  /** The reminder time in the home's time zone, e.g. "Fri 30 Oct, 09:00". */
  when: string;
}

export interface AssistantOverview {
  todos: TodoView[];
  reminders: ReminderView[];
  timeZone: string;
  /** Reminders that came due while the app was closed, until acknowledged. */
  missed: ReminderDueView[];
}

export interface PersonaView {
  id: string;
  name: string;
  systemPrompt: string;
  style: 'friendly' | 'concise' | 'teacher';
  builtIn: boolean;
}
