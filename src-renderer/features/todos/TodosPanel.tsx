import { useEffect, useId, useState } from 'react';
import { useAppStores, useSlice } from '../../app/AppContext';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { RemindersSection } from './RemindersSection';
import { TodoItem } from './TodoItem';
import { filterTodos, listNames, type ListChoice, type TodoFilter } from './todoFilters';
import { notificationPermission, requestNotificationPermission } from './webNotifications';
import './todos.css';

const FILTERS: Array<[TodoFilter, string]> = [['open', 'Open'], ['today', 'Today'], ['overdue', 'Overdue'], ['done', 'Done'], ['all', 'All']];

/** Todos (by list, filtered, checked off, edited in place, reordered) and reminders. */
export function TodosPanel({ onClose }: { onClose(): void }) {
  const { todos, api } = useAppStores();
  const overview = useSlice(todos, (s) => s.overview);
  const filter = useSlice(todos, (s) => s.filter);
  const list = useSlice(todos, (s) => s.list);
  const error = useSlice(todos, (s) => s.error);
  const [draft, setDraft] = useState('');
  const [permission, setPermission] = useState(notificationPermission());
  const listId = useId();
  const nowMs = Date.now();

  useEffect(() => {
    void todos.getState().load();
  }, [todos]);

  const timeZone = overview?.timeZone ?? 'UTC';
  const visible = overview ? filterTodos(overview.todos, filter, list, nowMs, timeZone) : [];
  const lists = overview ? listNames(overview.todos) : [null];
  const encode = (l: ListChoice): string => (l === '*' ? '*' : l ?? '');

  return (
    <Dialog title="Todos & reminders" onClose={onClose} testId="todos-panel" size="wide">
      <div className="todos-toolbar">
        <label htmlFor={listId} className="small">List</label>
        <select id={listId} className="input select todos-list-select" data-testid="todo-list-select" value={encode(list)}
          onChange={(e) => todos.getState().setList(e.target.value === '*' ? '*' : e.target.value || null)}>
          <option value="*">All lists</option>
          {lists.map((l) => <option key={l ?? ''} value={l ?? ''}>{l ? `${l.charAt(0).toUpperCase()}${l.slice(1)}` : 'Todos'}</option>)}
        </select>
        <div role="group" aria-label="Filter todos" className="todos-filters">
          {FILTERS.map(([value, label]) => (
            <button key={value} type="button" className={`btn btn-small${filter === value ? ' btn-primary' : ''}`} aria-pressed={filter === value}
              data-testid={`todo-filter-${value}`} onClick={() => todos.getState().setFilter(value)}>
              {label}
            </button>
          ))}
        </div>
        {api.runtime === 'browser' && permission === 'default' && (
          <button type="button" className="btn btn-small btn-quiet" onClick={() => void requestNotificationPermission().then(setPermission)}>
            Allow notifications
          </button>
        )}
      </div>
      <div className="dialog-body todos-body">
        {error && <ErrorNote error={error} onRetry={() => void todos.getState().load()} />}
        <form className="todo-add" onSubmit={(e) => {
          e.preventDefault();
          const title = draft.trim();
          if (title) void todos.getState().add(title).then((ok) => ok && setDraft(''));
        }}>
          <input className="input" aria-label="New todo" placeholder={list && list !== '*' ? `Add to the ${list} list…` : 'Add a todo…'} value={draft}
            onChange={(e) => setDraft(e.target.value)} data-testid="todo-add-input" />
          <button type="submit" className="btn btn-small" disabled={!draft.trim()}>Add</button>
        </form>
        {overview && visible.length === 0 && <p className="muted small">Nothing here. Try “add milk to the shopping list” in chat.</p>}
        <ul className="todo-list" data-testid="todo-list" aria-label="Todos (Alt+↑/↓ moves the focused todo)">
          {visible.map((t, i) => (
            <TodoItem key={t.id} todo={t} index={i} count={visible.length} timeZone={timeZone} nowMs={nowMs} showList={list === '*'}
              onDone={(done) => void todos.getState().setDone(t.id, done)}
              onRename={(title) => void todos.getState().rename(t.id, title)}
              onMove={(from, to) => void todos.getState().move(visible.map((v) => v.id), from, to)} />
          ))}
        </ul>
        <RemindersSection />
      </div>
    </Dialog>
  );
}
