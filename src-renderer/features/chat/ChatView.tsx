import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useAppStores, useSlice } from '../../app/AppContext';
import { ErrorNote } from '../../ui/ErrorNote';
import { Composer } from './Composer';
import { EmptyChat } from './EmptyChat';
import { MessageBubble, StreamingBubble } from './MessageBubble';
import { TopicChips } from './TopicChips';
import { useReplyAnnouncement } from './useReplyAnnouncement';
import { markNewestPainted } from './openTiming';
import { rowsToFillView, rowsToRender } from './rowsToRender';

export interface ChatViewProps {
  onOpenEntity(id: string): void;
  /** The header: title, app buttons, toggles (owned by the app shell). */
  header: ReactNode;
  /** Above the messages (the demo-home banner). */
  notice?: ReactNode;
}

/** Older pages load when the reader scrolls within this distance of the top. */
const LOAD_OLDER_PX = 400;
const OVERSCAN = 6;

export function ChatView({ onOpenEntity, header, notice }: ChatViewProps) {
  const { chat, streams, topics } = useAppStores();
  const topicEntities = useSlice(topics, (s) => s.entities);
  const conversationId = useSlice(chat, (s) => s.conversationId);
  const messages = useSlice(chat, (s) => s.messages);
  const pending = useSlice(chat, (s) => s.pending);
  const failed = useSlice(chat, (s) => s.failed);
  const loading = useSlice(chat, (s) => s.loading);
  const loadError = useSlice(chat, (s) => s.loadError);
  const olderCursor = useSlice(chat, (s) => s.olderCursor);
  const focusMessageId = useSlice(chat, (s) => s.focusMessageId);
  // Only which messages are streaming: their text lives in the stream slice and re-renders only the bubble.
  const streamingIds = useSlice(streams, (s) => Object.keys(s.texts).filter((id) => s.texts[id]?.conversation_id === conversationId || s.texts[id]?.conversation_id === pending?.conversationId).join(' '));
  const announcement = useReplyAnnouncement(messages);

  const scrollRef = useRef<HTMLDivElement>(null);
  const stickToBottom = useRef(true);
  const showPending = pending && !pending.stored && (pending.conversationId === null || pending.conversationId === conversationId);
  const showFailed = failed && (failed.conversationId === null || failed.conversationId === conversationId);
  const streamingList = streamingIds ? streamingIds.split(' ') : [];

  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: OVERSCAN,
    getItemKey: (index) => messages[index]?.id ?? index,
    // While following, the newest rows are rendered from the first frame (not after the scroll to them is observed).
    rangeExtractor: (range) => rowsToRender(range, stickToBottom.current ? rowsToFillView(scrollRef.current?.clientHeight ?? 0, OVERSCAN) : 0),
  });

  // Follow the conversation while the reader is at the bottom; leave them alone when they scrolled up to read.
  // Runs before the browser paints, so an opened conversation is first painted at its newest messages.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el && stickToBottom.current && !focusMessageId) el.scrollTop = el.scrollHeight;
  });

  // The first commit that shows the newest loaded message of a just-opened conversation: mark when it is painted.
  const newestShown = messages.length > 0 && !loading && virtualizer.getVirtualItems().at(-1)?.index === messages.length - 1;
  useLayoutEffect(() => {
    if (newestShown && conversationId) markNewestPainted(conversationId);
  }, [newestShown, conversationId]);

  // A search jump: bring the message into view and mark it for a moment.
  useEffect(() => {
    if (!focusMessageId) return;
    const index = messages.findIndex((m) => m.id === focusMessageId);
    if (index === -1) return;
    stickToBottom.current = false;
    virtualizer.scrollToIndex(index, { align: 'center' });
    const timer = setTimeout(() => chat.getState().clearFocus(), 4000);
    return () => clearTimeout(timer);
  }, [focusMessageId, messages, virtualizer, chat]);

  // A new conversation starts at its newest message.
  useEffect(() => {
    stickToBottom.current = true;
  }, [conversationId]);

  // Esc stops the answer being produced (unless a dialog or a field used the key first).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]') || !chat.getState().pending) return;
      void chat.getState().stop();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [chat]);

  const empty = messages.length === 0 && !showPending && !showFailed && !loading && streamingList.length === 0;
  const items = virtualizer.getVirtualItems();

  return (
    <div className="chat">
      {header}
      {notice}
      <TopicChips entities={topicEntities} onOpenEntity={onOpenEntity} />
      <div
        ref={scrollRef}
        className="message-scroll"
        data-testid="message-scroll"
        onScroll={(e) => {
          const el = e.currentTarget;
          stickToBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
          if (el.scrollTop < LOAD_OLDER_PX && olderCursor) void chat.getState().loadOlder();
        }}
      >
        <div className="message-column">
          {olderCursor && (
            <button type="button" className="btn btn-small btn-quiet load-older" data-testid="load-older" onClick={() => void chat.getState().loadOlder()}>
              Load earlier messages
            </button>
          )}
          <div className="virtual-list" role="list" aria-label="Messages" aria-busy={pending ? true : undefined} data-testid="message-list" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const m = messages[item.index];
              if (!m) return null;
              return (
                <div key={item.key} role="listitem" className="message-row" data-index={item.index} ref={virtualizer.measureElement} style={{ transform: `translateY(${item.start}px)` }}>
                  <MessageBubble message={m} isLast={item.index === messages.length - 1} focused={m.id === focusMessageId} onOpenEntity={onOpenEntity} />
                </div>
              );
            })}
          </div>
          <div role="list" aria-label="Reply in progress" className="message-tail">
            {showPending && (
              <div role="listitem" className="message message-user" data-testid="message-user" data-pending="true">
                <div className="bubble">{pending.text}</div>
              </div>
            )}
            {streamingList.map((id) => (
              <div role="listitem" key={id} className="message-row-static">
                <StreamingBubble messageId={id} />
              </div>
            ))}
            {pending && streamingList.length === 0 && (
              <div role="listitem" className="message message-assistant thinking" aria-label="Goodies is answering">
                <div className="bubble"><span className="dots" aria-hidden="true"><span /><span /><span /></span></div>
              </div>
            )}
            {showFailed && (
              <div role="listitem" className={failed.stored ? 'message message-user failed stored' : 'message message-user failed'} {...(failed.stored ? {} : { 'data-testid': 'message-user' })} data-role="send-error">
                {!failed.stored && <div className="bubble">{failed.text}</div>}
                <ErrorNote error={failed.error} onRetry={() => void chat.getState().retry()} />
              </div>
            )}
          </div>
          {loading && <p className="muted centre-hint">Loading messages…</p>}
          {loadError && <ErrorNote error={loadError} onRetry={() => { chat.setState({ loadError: null }); void chat.getState().open(conversationId); }} />}
          {empty && <EmptyChat />}
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="reply-announcement">{announcement}</p>
      <Composer />
    </div>
  );
}
