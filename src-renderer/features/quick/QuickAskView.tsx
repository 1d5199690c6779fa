import { useEffect, useRef, useState } from 'react';
import type { ReplyEnvelope } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useAppStores } from '../../app/AppContext';
import { toErrorShape } from '../../bridge/BridgeError';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatDuration } from '../../ui/formatTime';

/** The tray window (`#/quick`): one input, the answer, Esc clears, and Esc on an empty box closes the window. */
export function QuickAskView() {
  const { call } = useAppStores();
  const [text, setText] = useState('');
  const [reply, setReply] = useState<ReplyEnvelope | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const focus = () => inputRef.current?.focus();
    focus();
    window.addEventListener('focus', focus);
    return () => window.removeEventListener('focus', focus);
  }, []);

  const ask = async () => {
    const question = text.trim();
    if (!question || busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('chat.send', { text: question });
      setReply(result.reply);
    } catch (e) {
      setError(toErrorShape(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="quick" aria-label="Quick ask">
      <form
        className="quick-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void ask();
        }}
      >
        <label htmlFor="quick-input" className="visually-hidden">Ask Goodies</label>
        <input
          id="quick-input"
          ref={inputRef}
          className="input quick-input"
          data-testid="quick-input"
          placeholder="Ask about your home…"
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            if (text || reply || error) {
              setText('');
              setReply(null);
              setError(null);
            } else {
              window.close();
            }
          }}
        />
        <button type="submit" className="btn btn-primary" disabled={busy || !text.trim()}>
          {busy ? 'Asking…' : 'Ask'}
        </button>
      </form>
      <div className="quick-answer" aria-live="polite" data-testid="quick-answer">
        {error && <ErrorNote error={error} onRetry={error.retryable ? () => void ask() : null} compact />}
        {reply && (
          <>
            <p className="message-text">{reply.response}</p>
            <p className="muted small">
              {reply.mode === 'local' ? 'Local' : 'Remote'} · {reply.provider} · {formatDuration(reply.processing_time_ms)} · {reply.freshness.label}
            </p>
          </>
        )}
        {!reply && !error && <p className="muted small">Enter to ask · Esc to clear or close</p>}
      </div>
    </main>
  );
}
