import { useEffect, useRef, useState } from 'react';
import { useActionKeys } from '../actions/ActionRegistryContext';
import { SearchFilterFields } from './SearchFilterFields';
import { useAppStores, useSlice } from '../../app/AppContext';
import { COMPOSER_INPUT_ID, CONVERSATION_SEARCH_INPUT_ID } from '../../ui/elementIds';
import { ErrorNote } from '../../ui/ErrorNote';
import { ConversationItem } from './ConversationItem';
import { ConversationTransfer } from './ConversationTransfer';
import { SearchResults } from './SearchResults';

/** The left pane: search across conversations, the list (pinned first, archived folded away), undo, import/export. */
export function ConversationSidebar() {
  const { conversations } = useAppStores();
  const items = useSlice(conversations, (s) => s.items);
  const selectedId = useSlice(conversations, (s) => s.selectedId);
  const loaded = useSlice(conversations, (s) => s.loaded);
  const error = useSlice(conversations, (s) => s.error);
  const pendingDelete = useSlice(conversations, (s) => s.pendingDelete);
  // Starts from the store's query, so the results survive the pane folding away on a small window.
  const [query, setQuery] = useState(() => conversations.getState().search.query);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  const onQuery = (value: string) => {
    setQuery(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void conversations.getState().searchMessages(value), 120);
  };
  const create = async () => {
    const c = await conversations.getState().create();
    if (c) requestAnimationFrame(() => document.getElementById(COMPOSER_INPUT_ID)?.focus());
  };
  const active = items.filter((c) => !c.archived);
  const newKeys = useActionKeys('conversation.new');
  const searchKeys = useActionKeys('conversation.search');
  const archived = items.filter((c) => c.archived);

  return (
    <div className="conversations">
      <div className="pane-header">
        <h2 className="pane-title">Conversations</h2>
        <button type="button" className="btn btn-primary btn-small" data-testid="new-conversation" onClick={() => void create()} aria-keyshortcuts={newKeys.aria} title={`New conversation${newKeys.hint}`}>
          New
        </button>
      </div>
      <div className="conversation-search">
        <label htmlFor={CONVERSATION_SEARCH_INPUT_ID} className="visually-hidden">Search all conversations</label>
        <input
          id={CONVERSATION_SEARCH_INPUT_ID}
          className="input"
          type="search"
          placeholder="Search conversations…"
          data-testid="conversation-search"
          aria-keyshortcuts={searchKeys.aria}
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              onQuery('');
            }
          }}
        />
        <SearchFilterFields />
      </div>
      {error && <ErrorNote error={error} onRetry={() => void conversations.getState().load()} compact />}
      {pendingDelete && (
        <div className="undo-bar" role="status" data-testid="undo-delete-bar">
          <span>Deleted “{pendingDelete.title}”.</span>
          <button type="button" className="btn btn-small" data-testid="undo-delete" onClick={() => conversations.getState().undoDelete()}>
            Undo
          </button>
        </div>
      )}
      {query.trim() ? (
        <SearchResults onDone={() => onQuery('')} />
      ) : (
        <div className="conversation-scroll">
          <ul className="conversation-list" data-testid="conversation-list" aria-label="Conversations, pinned first, then most recent">
            {active.map((c) => (
              <ConversationItem key={c.id} conversation={c} selected={c.id === selectedId} />
            ))}
          </ul>
          {loaded && active.length === 0 && <p className="muted empty-hint">No conversations yet. Ask something to start one.</p>}
          {archived.length > 0 && (
            <details className="archived" data-testid="archived-conversations">
              <summary>Archived ({archived.length})</summary>
              <ul className="conversation-list" aria-label="Archived conversations">
                {archived.map((c) => (
                  <ConversationItem key={c.id} conversation={c} selected={c.id === selectedId} />
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      <ConversationTransfer />
    </div>
  );
}
