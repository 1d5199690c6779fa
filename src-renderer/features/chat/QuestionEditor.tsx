import { useEffect, useRef, useState } from 'react';
import { MAX_QUESTION_CHARS } from '../../../src-preload/contract';

/** Inline editing of a question: Enter (or "Send") sends the edited question as a new branch, Esc cancels. */
export function QuestionEditor({ initial, onSend, onCancel }: { initial: string; onSend(text: string): void; onCancel(): void }) {
  const [text, setText] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const send = () => {
    const trimmed = text.trim();
    if (trimmed && trimmed.length <= MAX_QUESTION_CHARS) onSend(trimmed);
  };
  return (
    <form
      className="question-editor"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <textarea
        ref={ref}
        className="composer-input"
        aria-label="Edit your question"
        data-testid="edit-question-input"
        value={text}
        rows={2}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          } else if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            send();
          }
        }}
      />
      <div className="question-editor-actions">
        <button type="button" className="btn btn-small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-small btn-primary" data-testid="edit-question-send" disabled={!text.trim() || text.trim() === initial.trim()}>
          Send
        </button>
      </div>
    </form>
  );
}
