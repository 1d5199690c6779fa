// The Todos panel's state: the assistant overview from main, the chosen list and filter, and reminders that came due
// (shown as in-app toasts, and as Web Notifications in browser mode when permitted).
import { createStore } from 'zustand/vanilla';
import type { AssistantOverview, ReminderDueView, TodoView } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { toErrorShape } from '../../bridge/BridgeError';
import type { Call } from '../../bridge/createCall';
import { moveItem, type ListChoice, type TodoFilter } from './todoFilters';

export interface TodosState {
  overview: AssistantOverview | null;
  filter: TodoFilter;
  list: ListChoice;
  error: AppErrorShape | null;
  /** Reminders that came due while this window was open, newest last. */
  due: ReminderDueView[];
  load(): Promise<void>;
  setFilter(filter: TodoFilter): void;
  setList(list: ListChoice): void;
  add(title: string): Promise<boolean>;
  setDone(id: string, done: boolean): Promise<void>;
  rename(id: string, title: string): Promise<void>;
  /** Moves a todo within the list shown (drag and drop, or Alt+↑/↓). */
  move(visibleIds: readonly string[], from: number, to: number): Promise<void>;
  snooze(id: string, option: '10m' | '1h' | 'tomorrow'): Promise<void>;
  completeReminder(id: string): Promise<void>;
  dismissMissed(): Promise<void>;
  onReminderDue(due: ReminderDueView): void;
  dismissDue(id: string): void;
}

export function createTodosStore(call: Call) {
  return createStore<TodosState>()((set, get) => {
    const act = async (work: () => Promise<unknown>): Promise<boolean> => {
      try {
        await work();
        set({ error: null });
        return true;
      } catch (error) {
        set({ error: toErrorShape(error) });
        return false;
      } finally {
        await get().load();
      }
    };
    return {
      overview: null,
      filter: 'open',
      list: '*',
      error: null,
      due: [],
      async load() {
        try {
          set({ overview: await call('assistant.overview', {}) });
        } catch (error) {
          set({ error: toErrorShape(error) });
        }
      },
      setFilter: (filter) => set({ filter }),
      setList: (list) => set({ list }),
      add: (title) => {
        const list = get().list;
        return act(() => call('assistant.addTodo', { title, ...(list !== '*' ? { list } : {}) }));
      },
      setDone: async (id, done) => {
        // Ticked at once; a failure reloads the truth from main and shows the error.
        const overview = get().overview;
        if (overview) set({ overview: { ...overview, todos: overview.todos.map((t) => (t.id === id ? { ...t, done } : t)) } });
        await act(() => call('assistant.setTodoDone', { id, done }));
      },
      rename: async (id, title) => void (await act(() => call('assistant.editTodo', { id, title }))),
      async move(visibleIds, from, to) {
        const ids = moveItem(visibleIds, from, to);
        // Shown at once; main's answer (and the change event) confirms it.
        const overview = get().overview;
        if (overview) {
          const rank = new Map(ids.map((id, i) => [id, i + 1]));
          const todos = overview.todos.map((t): TodoView => (rank.has(t.id) ? { ...t, order: rank.get(t.id) ?? t.order } : t));
          set({ overview: { ...overview, todos: todos.sort((a, b) => a.order - b.order) } });
        }
        await act(() => call('assistant.reorderTodos', { ids }));
      },
      snooze: async (id, option) => {
        get().dismissDue(id);
        await act(() => call('assistant.snoozeReminder', { id, option }));
      },
      completeReminder: async (id) => {
        get().dismissDue(id);
        await act(() => call('assistant.completeReminder', { id }));
      },
      dismissMissed: async () => void (await act(() => call('assistant.dismissMissed', {}))),
      onReminderDue: (due) => set({ due: [...get().due.filter((d) => d.reminder.id !== due.reminder.id), due] }),
      dismissDue: (id) => set({ due: get().due.filter((d) => d.reminder.id !== id) }),
    };
  });
}

export type TodosStore = ReturnType<typeof createTodosStore>;
