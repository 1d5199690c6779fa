import { useEffect, useRef, useState } from 'react';
import { useActionKeys, useActions } from '../actions/ActionRegistryContext';
import { SlashSuggestions } from '../actions/SlashSuggestions';
import { MAX_QUESTION_CHARS } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { COMPOSER_INPUT_ID } from '../../ui/elementIds';
import { VoiceInputButton } from '../voice/VoiceInputButton';
import { NEW_CONVERSATION_DRAFT_KEY } from './draftStore';

/** Enter sends, Shift+Enter adds a line. The draft is kept per conversation across reloads. */
export function Composer() {
  const { chat, drafts } = useAppStores();
  const conversationId = useSlice(chat, (s) => s.conversationId);
  const sending = useSlice(chat, (s) => s.pending !== null);
  const stopping = useSlice(chat, (s) => s.pending?.stopping === true);
  const canStop = useSlice(chat, (s) => s.pending?.conversationId != null);
  const [text, setText] = useState('');
  const actions = useActions();
  const composerKeys = useActionKeys('composer.focus');
  const draftKey = conversationId ?? NEW_CONVERSATION_DRAFT_KEY;
  const loadedKey = useRef<string | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Typing that has not been saved yet. A conversation switch that happens under the person's fingers (the app
  // selecting the latest conversation right after start) must not replace what they are typing with a stored draft.
  const unsavedTyping = useRef(false);
  const textRef = useRef('');

  useEffect(() => {
    let cancelled = false;
    const typingWhenSwitched = unsavedTyping.current;
    loadedKey.current = null;
    void drafts.get(draftKey).then((draft) => {
      if (cancelled) return;
      loadedKey.current = draftKey;
      if (typingWhenSwitched || unsavedTyping.current) {
        void drafts.set(draftKey, textRef.current);
        unsavedTyping.current = false;
        return;
      }
      textRef.current = draft;
      setText(draft);
    });
    return () => {
      cancelled = true;
    };
  }, [draftKey, drafts]);

  const update = (value: string) => {
    setText(value);
    textRef.current = value;
    unsavedTyping.current = true;
    if (saveTimer.current) clearTimeout(saveTimer.current);
    const key = loadedKey.current;
    if (key === null) return;
    saveTimer.current = setTimeout(() => {
      unsavedTyping.current = false;
      void drafts.set(key, value);
    }, 250);
  };

  const submit = async () => {
    const question = text.trim();
    if (!question || sending) return;
    if (saveTimer.current) clearTimeout(saveTimer.current);
    const key = draftKey;
    setText('');
    textRef.current = '';
    unsavedTyping.current = false;
    void drafts.set(key, '');
    // A slash command the registry knows runs here (/new, /settings, /help …); the ones main answers (/status,
    // /mode …) are registry actions too and come back through chat.send.
    const command = actions?.registry.parseSlash(question);
    if (command) {
      command.action.run(command.argument);
      return;
    }
    // A failed question stays visible in the list with its error and a retry; the box stays free for the next one.
    await chat.getState().send(question);
  };

  const tooLong = text.length > MAX_QUESTION_CHARS;
  return (
    <form
      className="composer"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <SlashSuggestions text={text} onPick={(command) => update(command)} />
      <label htmlFor={COMPOSER_INPUT_ID} className="visually-hidden">
        Your question
      </label>
      <textarea
        id={COMPOSER_INPUT_ID}
        className="composer-input"
        data-testid="composer-input"
        rows={2}
        placeholder="Ask about your home…"
        title="Enter to send, Shift+Enter for a new line"
        aria-keyshortcuts={composerKeys.aria}
        aria-invalid={tooLong || undefined}
        value={text}
        onChange={(e) => update(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            void submit();
          }
        }}
      />
      <VoiceInputButton onText={update} disabled={sending} />
      <div className="composer-side">
        {tooLong && <span className="composer-limit" role="status">{text.length - MAX_QUESTION_CHARS} characters over the limit</span>}
        {sending ? (
          // Send becomes Stop while a reply is produced; the partial answer is kept.
          <button type="button" className="btn btn-stop" data-testid="stop-button" disabled={stopping || !canStop} onClick={() => void chat.getState().stop()}>
            {stopping ? 'Stopping…' : 'Stop'}
          </button>
        ) : (
          <button type="submit" className="btn btn-primary" data-testid="send-button" disabled={!text.trim() || tooLong}>
            Send
          </button>
        )}
      </div>
    </form>
  );
}
