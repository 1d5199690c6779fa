import { useEffect, useRef, useState } from 'react';
import type { Conversation } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { COMPOSER_INPUT_ID } from '../../ui/elementIds';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatRelativeTime } from '../../ui/formatTime';

export function ConversationList() {
  const { conversations } = useAppStores();
  const items = useSlice(conversations, (s) => s.items);
  const selectedId = useSlice(conversations, (s) => s.selectedId);
  const loaded = useSlice(conversations, (s) => s.loaded);
  const error = useSlice(conversations, (s) => s.error);

  const create = async () => {
    const c = await conversations.getState().create();
    if (c) requestAnimationFrame(() => document.getElementById(COMPOSER_INPUT_ID)?.focus());
  };

  return (
    <div className="conversations">
      <div className="pane-header">
        <h2 className="pane-title">Conversations</h2>
        <button type="button" className="btn btn-primary btn-small" data-testid="new-conversation" onClick={() => void create()} aria-keyshortcuts="Control+N Meta+N" title="New conversation (Ctrl+N)">
          New
        </button>
      </div>
      {error && <ErrorNote error={error} onRetry={() => void conversations.getState().load()} compact />}
      <ul className="conversation-list" data-testid="conversation-list" aria-label="Conversations, most recent first">
        {items.map((c) => (
          <ConversationItem key={c.id} conversation={c} selected={c.id === selectedId} />
        ))}
      </ul>
      {loaded && items.length === 0 && <p className="muted empty-hint">No conversations yet. Ask something to start one.</p>}
    </div>
  );
}

function ConversationItem({ conversation, selected }: { conversation: Conversation; selected: boolean }) {
  const { conversations } = useAppStores();
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [title, setTitle] = useState(conversation.title);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (mode === 'rename') inputRef.current?.select();
  }, [mode]);

  const title_ = conversation.title || 'New conversation';
  if (mode === 'rename') {
    return (
      <li className="conversation-item editing">
        <form
          className="rename-form"
          onSubmit={(e) => {
            e.preventDefault();
            void conversations.getState().rename(conversation.id, title).then(() => setMode('idle'));
          }}
        >
          <input
            ref={inputRef}
            className="input"
            aria-label="Conversation title"
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setTitle(conversation.title);
                setMode('idle');
              }
            }}
          />
          <button type="submit" className="btn btn-small">Save</button>
        </form>
      </li>
    );
  }
  return (
    <li className={selected ? 'conversation-item selected' : 'conversation-item'}>
      <button
        type="button"
        className="conversation-open"
        aria-current={selected ? 'true' : undefined}
        onClick={() => conversations.getState().select(conversation.id)}
      >
        <span className="conversation-title">{title_}</span>
        <span className="conversation-meta">{formatRelativeTime(conversation.updated_at)}</span>
      </button>
      {mode === 'delete' ? (
        <span className="conversation-actions confirm">
          <button type="button" className="btn btn-small btn-danger" onClick={() => void conversations.getState().remove(conversation.id)}>
            Delete
          </button>
          <button type="button" className="btn btn-small" onClick={() => setMode('idle')}>
            Keep
          </button>
        </span>
      ) : (
        <span className="conversation-actions">
          <button type="button" className="icon-btn" aria-label={`Rename “${title_}”`} title="Rename" onClick={() => { setTitle(conversation.title); setMode('rename'); }}>
            ✎
          </button>
          <button type="button" className="icon-btn" aria-label={`Delete “${title_}”`} title="Delete" onClick={() => setMode('delete')}>
            ✕
          </button>
        </span>
      )}
    </li>
  );
}
