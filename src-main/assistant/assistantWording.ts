// The sentences of the assistant's deterministic answers, per persona style. Facts (titles, dates, lists) are the same
// in every style; only the framing changes, so tests can check facts without caring about the persona.
import type { ReminderView, TodoView } from '../../src-preload/contract/assistantViews';
import type { PersonaStyle } from './personas';
import { formatDay } from './zonedTime';

const RECURRENCE_WORDS: Record<string, string> = { daily: 'every day', weekdays: 'every weekday', weekly: 'every week', monthly: 'every month' };

export function quote(title: string): string {
  return `“${title}”`;
}

export function listLabel(list: string | null): string {
  return list ? `the ${list} list` : 'your todos';
}

export class AssistantWording {
  constructor(private readonly style: PersonaStyle, private readonly timeZone: string) {}

  reminderSet(title: string, when: string, recurrence: string | null): string {
    const repeat = recurrence ? ` (repeats ${RECURRENCE_WORDS[recurrence] ?? recurrence})` : '';
    if (this.style === 'concise') return `Reminder set for ${when}${repeat}.`;
    const base = `Reminder set for ${when}${repeat}: ${quote(title)}.`;
    return this.style === 'teacher' ? `${base} When it goes off you can snooze it (10 min, 1 h or tomorrow) or mark it done.` : base;
  }

  todoAdded(todo: TodoView): string {
    const details = this.todoDetails(todo);
    if (this.style === 'concise') return `Added ${quote(todo.title)}${todo.list ? ` (${todo.list})` : ''}${details}.`;
    return `Added ${quote(todo.title)} to ${listLabel(todo.list)}${details}.`;
  }

  todoDetails(todo: Pick<TodoView, 'priority' | 'due'>): string {
    const parts: string[] = [];
    if (todo.priority !== 'normal') parts.push(`${todo.priority} priority`);
    if (todo.due) parts.push(`due ${formatDay(Date.parse(todo.due), this.timeZone)}`);
    return parts.length ? `, ${parts.join(', ')}` : '';
  }

  todoList(list: string | null, filter: string, todos: readonly TodoView[]): string {
    const where = list ? `the ${list} list` : filter === 'open' ? 'your todo list' : `your ${filter} todos`;
    if (todos.length === 0) return filter === 'open' ? `Nothing on ${where}.` : `No ${filter} todos${list ? ` on the ${list} list` : ''}.`;
    const lines = todos.map((t) => `• ${t.done ? '✓ ' : ''}${t.title}${!list && t.list ? ` (${t.list})` : ''}${this.todoDetails(t)}`);
    const lead = this.style === 'concise' ? `${list ?? 'Todos'}:` : `On ${where} (${todos.length}):`;
    return `${lead}\n${lines.join('\n')}`;
  }

  todoCompleted(todo: TodoView): string {
    if (!todo.done) return `${quote(todo.title)} is open again.`;
    return this.style === 'concise' ? `Done: ${todo.title}.` : `Ticked off ${quote(todo.title)}${todo.list ? ` on the ${todo.list} list` : ''}.`;
  }

  todoUpdated(todo: TodoView, what: string): string {
    return this.style === 'concise' ? `Updated ${todo.title}.` : `Updated ${quote(todo.title)}: ${what}.`;
  }

  reminderList(reminders: readonly ReminderView[], whenOf: (r: ReminderView) => string, day: string | null): string {
    if (reminders.length === 0) return day ? `No reminders ${day}.` : 'You have no reminders.';
    const lines = reminders.map((r) => `• ${whenOf(r)}: ${r.title}${r.recurrence ? ` (repeats ${RECURRENCE_WORDS[r.recurrence]})` : ''}`);
    return `${this.style === 'concise' ? 'Reminders:' : `Your reminders${day ? ` ${day}` : ''} (${reminders.length}):`}\n${lines.join('\n')}`;
  }

  needsApproval(action: string): string {
    return `${action} needs your approval: see the card below.`;
  }

  askWhen(title: string): string {
    return this.style === 'concise' ? `When?` : `When should I remind you to ${title}?`;
  }

  askWhichOne(kind: string, titles: readonly string[]): string {
    const quoted = titles.map(quote);
    return `Which ${kind} do you mean: ${quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted[0]}?`;
  }
}
