import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import type { BoundAction } from './actionRegistry';
import { useActions } from './ActionRegistryContext';
import { KeyCombo } from './KeyCombo';

/**
 * Ctrl/Cmd+K: every action this role may use, filtered as you type; ↑/↓ pick, Enter runs. The action runs after the
 * palette closed, so focus goes where the action puts it rather than back to the opener.
 */
export function CommandPalette({ onClose }: { onClose(): void }) {
  const actions = useActions();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // After the dialog's showModal (a parent effect, which runs after this one) has focused its first button.
  useEffect(() => {
    const frame = requestAnimationFrame(() => inputRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  const matches = useMemo(() => actions?.registry.search(query) ?? [], [actions, query]);
  const current = matches[Math.min(active, matches.length - 1)];
  if (!actions) return null;

  const runAction = (action: BoundAction) => {
    onClose();
    requestAnimationFrame(() => action.run(''));
  };

  return (
    <Dialog title="Command palette" onClose={onClose} testId="command-palette">
      <div className="dialog-body palette">
        <input
          className="input"
          role="combobox"
          aria-label="Search actions"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={current ? `${listId}-${current.id}` : undefined}
          placeholder="Type an action…"
          data-testid="palette-input"
          ref={inputRef}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              const step = e.key === 'ArrowDown' ? 1 : -1;
              setActive((i) => (matches.length ? (Math.min(i, matches.length - 1) + step + matches.length) % matches.length : 0));
            } else if (e.key === 'Enter' && current) {
              e.preventDefault();
              runAction(current);
            }
          }}
        />
        <ul id={listId} role="listbox" aria-label="Actions" className="palette-list" data-testid="palette-list">
          {matches.map((a) => (
            <li
              key={a.id}
              id={`${listId}-${a.id}`}
              role="option"
              aria-selected={a === current}
              className="palette-option"
              data-action={a.id}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => runAction(a)}
            >
              <span className="palette-label">{a.label}</span>
              <span className="palette-meta">
                {a.slash && <code>/{a.slash}</code>}
                {a.boundKeys.slice(0, 1).map((k) => (
                  <KeyCombo key={k} combo={k} mac={actions.mac} />
                ))}
              </span>
            </li>
          ))}
          {!matches.length && <li className="muted palette-empty">No action matches “{query}”.</li>}
        </ul>
      </div>
    </Dialog>
  );
}
