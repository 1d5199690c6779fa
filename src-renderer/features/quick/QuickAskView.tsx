import { useEffect, useRef, useState } from 'react';
import { useAppStores, useSlice } from '../../app/AppContext';
import { ErrorNote } from '../../ui/ErrorNote';
import { QuickAnswer } from './QuickAnswer';
import { createQuickAskStore } from './quickAskStore';
import { navigateToMainRoute } from './quickAskRoutes';

/**
 * The tray window (`#/quick-ask`): one input, the answer streaming in place with its mode badge, Stop, the action
 * card, and "Open in app". Esc has ONE handler, here: it clears first, then asks the shell to hide the window (the
 * shell has no Esc handler of its own, so the two can never fight).
 */
export function QuickAskView() {
  const { api, call, approvals } = useAppStores();
  const [store] = useState(() => createQuickAskStore(call));
  const state = useSlice(store, (s) => s);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const focus = () => {
      store.getState().onShown();
      inputRef.current?.focus();
    };
    focus();
    window.addEventListener('focus', focus);
    const disposers = [
      api.events['chat.didStreamDelta']((d) => store.getState().onDelta(d)),
      api.events['approvals.didChange']((p) => {
        approvals.getState().onProposal(p);
        store.getState().onProposal(p);
      }),
      api.events['shell.didRequestNavigation']((target) => {
        // A deep link goodies://ask?q=… fills the box; the person presses Enter (a link never asks by itself).
        if (target.kind === 'ask') {
          store.getState().setText(target.question);
          inputRef.current?.focus();
        }
      }),
    ];
    return () => {
      window.removeEventListener('focus', focus);
      for (const dispose of disposers) dispose();
    };
  }, [api, approvals, store]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A control that used Esc itself (the tier-3 confirmation) has already handled it.
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      void store.getState().escape().then((did) => did === 'cleared' && inputRef.current?.focus());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  const openInApp = async () => {
    const result = await store.getState().openInApp().catch(() => null);
    if (result && !result.opened) navigateToMainRoute(result.target);
  };

  return (
    <main className="quick" aria-label="Quick ask" data-testid="quick-ask" data-hidden={state.hiddenInBrowser}>
      <form
        className="quick-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void store.getState().ask();
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
          value={state.text}
          onChange={(e) => store.getState().setText(e.target.value)}
        />
        {state.busy ? (
          <button type="button" className="btn" data-testid="quick-stop" disabled={state.stopping} onClick={() => void store.getState().stop()}>
            {state.stopping ? 'Stopping…' : 'Stop'}
          </button>
        ) : (
          <button type="submit" className="btn btn-primary" data-testid="quick-ask-button" disabled={!state.text.trim()}>
            Ask
          </button>
        )}
      </form>
      {state.hiddenInBrowser && (
        <p className="quick-hidden muted small" role="status" data-testid="quick-hidden">
          Hidden. In the desktop app this window closes now; the shortcut brings it back.
        </p>
      )}
      <div className="quick-answer" aria-live="polite" aria-busy={state.busy} data-testid="quick-answer" data-streaming={state.busy}>
        {state.question && <p className="quick-question muted small" data-testid="quick-question">{state.question}</p>}
        {state.busy && (
          <p className="message-text" data-testid="quick-streaming">
            {state.streamingText || 'Thinking…'}
            <span className="caret" aria-hidden="true" />
          </p>
        )}
        {state.error && <ErrorNote error={state.error} onRetry={state.error.retryable ? () => void store.getState().ask() : null} compact />}
        {state.reply && <QuickAnswer reply={state.reply} onOpenInApp={() => void openInApp()} />}
        {!state.question && !state.error && !state.hiddenInBrowser && (
          <p className="muted small">
            <kbd>Enter</kbd> to ask · <kbd>Esc</kbd> clears, then closes
          </p>
        )}
      </div>
      {state.conversationId && !state.busy && (
        <footer className="quick-footer">
          <button type="button" className="btn btn-small btn-quiet" data-testid="quick-open-in-app" onClick={() => void openInApp()}>
            Open in app
          </button>
        </footer>
      )}
    </main>
  );
}
