import { useState } from 'react';
import type { TodoView } from '../../../src-preload/contract';
import { formatInZone, isOverdue } from './todoFilters';

export interface TodoItemProps {
  todo: TodoView;
  index: number;
  count: number;
  timeZone: string;
  nowMs: number;
  showList: boolean;
  onDone(done: boolean): void;
  onRename(title: string): void;
  onMove(from: number, to: number): void;
}

/** One todo: check off, edit the title in place (Enter saves, Esc cancels), drag or Alt+↑/↓ to reorder. */
export function TodoItem({ todo, index, count, timeZone, nowMs, showList, onDone, onRename, onMove }: TodoItemProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const overdue = isOverdue(todo, nowMs);
  const save = () => {
    const title = editing?.trim();
    setEditing(null);
    if (title && title !== todo.title) onRename(title);
  };
  return (
    <li
      className={`todo-item${todo.done ? ' done' : ''}`}
      data-testid="todo-item"
      data-todo-id={todo.id}
      draggable={editing === null}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/x-todo-index', String(index));
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const from = Number(e.dataTransfer.getData('text/x-todo-index'));
        if (Number.isInteger(from)) onMove(from, index);
      }}
      onKeyDown={(e) => {
        if (!e.altKey || editing !== null) return;
        if (e.key === 'ArrowUp' && index > 0) {
          e.preventDefault();
          onMove(index, index - 1);
        } else if (e.key === 'ArrowDown' && index < count - 1) {
          e.preventDefault();
          onMove(index, index + 1);
        }
      }}
    >
      <span className="todo-handle" aria-hidden="true">⋮⋮</span>
      <input type="checkbox" className="todo-check" checked={todo.done} aria-label={`Done: ${todo.title}`} onChange={(e) => onDone(e.target.checked)} />
      {editing !== null ? (
        <input
          className="input todo-edit"
          aria-label={`Title of ${todo.title}`}
          value={editing}
          autoFocus
          onChange={(e) => setEditing(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
            if (e.key === 'Escape') {
              e.preventDefault();
              setEditing(null);
            }
          }}
        />
      ) : (
        <button type="button" className="todo-title" title="Edit (Alt+↑/↓ to move)" aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown" onClick={() => setEditing(todo.title)}>
          {todo.title}
        </button>
      )}
      <span className="todo-badges">
        {showList && todo.list && <span className="badge">{todo.list}</span>}
        {todo.priority !== 'normal' && <span className={`badge badge-${todo.priority}`}>{todo.priority}</span>}
        {todo.due && <span className={`badge${overdue ? ' badge-overdue' : ''}`}>{overdue ? 'overdue · ' : 'due '}{formatInZone(todo.due, timeZone, false)}</span>}
      </span>
      <span className="todo-move">
        <button type="button" className="icon-btn" aria-label={`Move ${todo.title} up`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>↑</button>
        <button type="button" className="icon-btn" aria-label={`Move ${todo.title} down`} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>↓</button>
      </span>
    </li>
  );
}
