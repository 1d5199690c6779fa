import { useEffect, useRef, useState } from 'react';
import type { Conversation } from '../../../src-preload/contract';
import { useAppStores } from '../../app/AppContext';
import { downloadText } from '../../ui/downloadText';
import { formatRelativeTime } from '../../ui/formatTime';
import { useActions } from '../actions/ActionRegistryContext';

/** One conversation: open it; "⋯" shows its actions (rename, pin, archive, export, delete) in a row below. */
export function ConversationItem({ conversation, selected }: { conversation: Conversation; selected: boolean }) {
  const { conversations } = useAppStores();
  const [mode, setMode] = useState<'idle' | 'actions' | 'rename'>('idle');
  // The palette's "Persona and model" action, for this conversation: its role check, and its dialog at the app's
  // level (this list folds away on a small window; the dialog must not go with it).
  const personaAction = useActions()?.registry.get('conversation.settings');
  const [title, setTitle] = useState(conversation.title);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (mode === 'rename') inputRef.current?.select();
  }, [mode]);
  const name = conversation.title || 'New conversation';
  const exportAs = async (format: 'markdown' | 'json') => {
    const file = await conversations.getState().exportConversations(format, [conversation.id]);
    if (file) downloadText(file.text, file.fileName, format === 'json' ? 'application/json' : 'text/markdown');
  };

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
            data-testid="rename-input"
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
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
    <li className={selected ? 'conversation-item selected' : 'conversation-item'} data-testid="conversation-item" data-pinned={conversation.pinned || undefined}>
      <div className="conversation-main">
        <button type="button" className="conversation-open" aria-current={selected ? 'true' : undefined} onClick={() => conversations.getState().select(conversation.id)}>
          <span className="conversation-title">
            {conversation.pinned && <span aria-label="Pinned" title="Pinned">📌 </span>}
            {name}
          </span>
          <span className="conversation-meta">{formatRelativeTime(conversation.updated_at)}</span>
        </button>
        <button
          type="button"
          className="icon-btn conversation-more"
          aria-label={`Actions for “${name}”`}
          aria-expanded={mode === 'actions'}
          data-testid="conversation-actions"
          onClick={() => setMode(mode === 'actions' ? 'idle' : 'actions')}
        >
          ⋯
        </button>
      </div>
      {mode === 'actions' && (
        <div className="conversation-action-row" role="group" aria-label={`Actions for “${name}”`}>
          <button type="button" className="btn btn-small btn-quiet" onClick={() => { setTitle(conversation.title); setMode('rename'); }}>Rename</button>
          <button type="button" className="btn btn-small btn-quiet" data-testid="pin-conversation" onClick={() => void conversations.getState().setFlags(conversation.id, { pinned: !conversation.pinned }).then(() => setMode('idle'))}>
            {conversation.pinned ? 'Unpin' : 'Pin'}
          </button>
          <button type="button" className="btn btn-small btn-quiet" data-testid="archive-conversation" onClick={() => void conversations.getState().setFlags(conversation.id, { archived: !conversation.archived }).then(() => setMode('idle'))}>
            {conversation.archived ? 'Unarchive' : 'Archive'}
          </button>
          {personaAction && (
            <button type="button" className="btn btn-small btn-quiet" data-testid="conversation-settings" onClick={() => { conversations.getState().select(conversation.id); setMode('idle'); personaAction.run(''); }}>
              Persona & model
            </button>
          )}
          <button type="button" className="btn btn-small btn-quiet" data-testid="export-conversation-markdown" onClick={() => void exportAs('markdown')}>Export .md</button>
          <button type="button" className="btn btn-small btn-quiet" data-testid="export-conversation-json" onClick={() => void exportAs('json')}>Export .json</button>
          <button type="button" className="btn btn-small btn-quiet tone-bad-text" data-testid="delete-conversation" onClick={() => void conversations.getState().remove(conversation.id)}>Delete</button>
        </div>
      )}
      {(conversation.system_prompt || conversation.model) && (
        <span className="conversation-own-settings muted small" data-testid="conversation-own-settings">
          {[conversation.system_prompt ? 'own persona' : null, conversation.model].filter(Boolean).join(' · ')}
        </span>
      )}
    </li>
  );
}
