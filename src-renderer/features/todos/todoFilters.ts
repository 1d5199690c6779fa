// Pure view logic of the Todos panel (testable without React): filters, lists, reordering, dates in the home's zone.
import type { TodoView } from '../../../src-preload/contract';

export type TodoFilter = 'open' | 'today' | 'overdue' | 'done' | 'all';
/** `null` is the general todo list; `'*'` shows every list. */
export type ListChoice = string | null | '*';

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in a zone, as YYYY-MM-DD (sortable, comparable). */
export function dayKey(instantMs: number, timeZone: string): string {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, f);
  }
  return f.format(new Date(instantMs));
}

export function filterTodos(todos: readonly TodoView[], filter: TodoFilter, list: ListChoice, nowMs: number, timeZone: string): TodoView[] {
  const today = dayKey(nowMs, timeZone);
  return todos
    .filter((t) => list === '*' || t.list === list)
    .filter((t) => {
      const due = t.due ? Date.parse(t.due) : undefined;
      switch (filter) {
        case 'open': return !t.done;
        case 'done': return t.done;
        case 'today': return !t.done && due !== undefined && dayKey(due, timeZone) <= today;
        case 'overdue': return !t.done && due !== undefined && due < nowMs;
        default: return true;
      }
    });
}

/** The lists that exist, general first, then alphabetically. */
export function listNames(todos: readonly TodoView[]): Array<string | null> {
  const named = [...new Set(todos.map((t) => t.list).filter((l): l is string => l !== null))].sort();
  return [null, ...named];
}

/** Moves one id to another position; the other ids keep their order. */
export function moveItem(ids: readonly string[], from: number, to: number): string[] {
  const next = [...ids];
  if (from < 0 || from >= next.length || to < 0 || to >= next.length || from === to) return next;
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

export function isOverdue(todo: TodoView, nowMs: number): boolean {
  return !todo.done && todo.due !== null && Date.parse(todo.due) < nowMs;
}

const whenFormatters = new Map<string, Intl.DateTimeFormat>();

/** "Fri 30 Oct, 09:00" (or "Fri 30 Oct" for days) in the home's zone: the same form the assistant echoes. */
export function formatInZone(iso: string, timeZone: string, withTime = true): string {
  const key = `${timeZone}|${withTime}`;
  let f = whenFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}) });
    whenFormatters.set(key, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(iso))) parts[p.type] = p.value;
  const day = `${parts['weekday']} ${parts['day']} ${parts['month']}`;
  return withTime ? `${day}, ${parts['hour']}:${parts['minute']}` : day;
}
