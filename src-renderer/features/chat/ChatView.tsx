import { useLayoutEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useAppStores, useSlice } from '../../app/AppContext';
import { ErrorNote } from '../../ui/ErrorNote';
import { Composer } from './Composer';
import { MessageBubble, StreamingBubble } from './MessageBubble';

export interface ChatViewProps {
  onOpenEntity(id: string): void;
  homeOpen: boolean;
  onToggleHome(): void;
  /** App-level buttons (Activity, Settings) shown in the chat header before the home toggle. */
  headerActions?: ReactNode;
}

export function ChatView({ onOpenEntity, homeOpen, onToggleHome, headerActions }: ChatViewProps) {
  const { chat, conversations } = useAppStores();
  const conversationId = useSlice(chat, (s) => s.conversationId);
  const messages = useSlice(chat, (s) => s.messages);
  const streaming = useSlice(chat, (s) => s.streaming);
  const pending = useSlice(chat, (s) => s.pending);
  const failed = useSlice(chat, (s) => s.failed);
  const loading = useSlice(chat, (s) => s.loading);
  const loadError = useSlice(chat, (s) => s.loadError);
  const title = useSlice(conversations, (s) => s.items.find((c) => c.id === s.selectedId)?.title);

  const scrollRef = useRef<HTMLDivElement>(null);
  const stickToBottom = useRef(true);
  const streamingEntries = Object.entries(streaming).filter(([, s]) => s.conversation_id === conversationId || s.conversation_id === pending?.conversationId);
  const showPending = pending && !pending.stored && (pending.conversationId === null || pending.conversationId === conversationId);
  const showFailed = failed && (failed.conversationId === null || failed.conversationId === conversationId);

  // Follow the conversation while the reader is at the bottom; leave them alone when they scrolled up to read.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el && stickToBottom.current) el.scrollTop = el.scrollHeight;
  });

  const empty = messages.length === 0 && !showPending && !showFailed && !loading && streamingEntries.length === 0;

  return (
    <div className="chat">
      <header className="pane-header chat-header">
        <h1 className="pane-title chat-title">{title || (conversationId ? 'New conversation' : 'Ask about your home')}</h1>
        <div className="header-actions">
          {headerActions}
          <button type="button" className="btn btn-small btn-quiet" aria-expanded={homeOpen} aria-controls="home-pane" onClick={onToggleHome}>
            {homeOpen ? 'Hide home' : 'Show home'}
          </button>
        </div>
      </header>
      <div
        ref={scrollRef}
        className="message-scroll"
        onScroll={(e) => {
          const el = e.currentTarget;
          stickToBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
        }}
      >
        <ol className="message-list" aria-live="polite" aria-label="Messages" aria-busy={pending ? true : undefined} data-testid="message-list">
          {messages.map((m, i) => (
            <MessageBubble key={m.id} message={m} isLast={i === messages.length - 1} onOpenEntity={onOpenEntity} />
          ))}
          {showPending && (
            <li className="message message-user" data-testid="message-user" data-pending="true">
              <div className="bubble">{pending.text}</div>
            </li>
          )}
          {streamingEntries.map(([id, s]) => (
            <StreamingBubble key={id} text={s.text} />
          ))}
          {pending && streamingEntries.length === 0 && (
            <li className="message message-assistant thinking" aria-label="Goodies is answering">
              <div className="bubble"><span className="dots" aria-hidden="true"><span /><span /><span /></span></div>
            </li>
          )}
          {showFailed && (
            <li className={failed.stored ? 'message message-user failed stored' : 'message message-user failed'} {...(failed.stored ? {} : { 'data-testid': 'message-user' })} data-role="send-error">
              {!failed.stored && <div className="bubble">{failed.text}</div>}
              <ErrorNote error={failed.error} onRetry={() => void chat.getState().retry()} />
            </li>
          )}
        </ol>
        {loading && <p className="muted centre-hint">Loading messages…</p>}
        {loadError && <ErrorNote error={loadError} onRetry={() => { chat.setState({ loadError: null }); void chat.getState().open(conversationId); }} />}
        {empty && <EmptyChat />}
      </div>
      <Composer />
    </div>
  );
}

function EmptyChat() {
  return (
    <div className="empty-chat">
      <p className="empty-title">Ask about your home</p>
      <ul className="muted examples">
        <li>What’s in the kitchen?</li>
        <li>How do I reset the thermostat schedule?</li>
        <li>Is the garage door open?</li>
      </ul>
      <p className="muted small">
        <kbd>Ctrl</kbd>+<kbd>N</kbd> new conversation · <kbd>Ctrl</kbd>+<kbd>K</kbd> search the home · <kbd>Ctrl</kbd>+<kbd>L</kbd> type a question
      </p>
    </div>
  );
}
