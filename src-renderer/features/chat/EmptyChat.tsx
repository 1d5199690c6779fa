import { useAppStores } from '../../app/AppContext';

/** Questions the demo home can answer; clicking one asks it. */
export const EXAMPLE_QUESTIONS = ['What’s in the kitchen?', 'How do I reset the thermostat schedule?', 'Is the garage door open?', 'Turn off the kitchen lights'];

export function EmptyChat() {
  const { chat } = useAppStores();
  return (
    <div className="empty-chat" data-testid="empty-chat">
      <p className="empty-title">Ask about your home</p>
      <p className="muted">Try one of these:</p>
      <ul className="examples" aria-label="Example questions">
        {EXAMPLE_QUESTIONS.map((q) => (
          <li key={q}>
            <button type="button" className="example" data-testid="example-question" onClick={() => void chat.getState().send(q)}>
              {q}
            </button>
          </li>
        ))}
      </ul>
      <p className="muted small">
        <kbd>Ctrl</kbd>+<kbd>N</kbd> new conversation · <kbd>Ctrl</kbd>+<kbd>K</kbd> search the home · <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>F</kbd> search conversations · <kbd>Ctrl</kbd>+<kbd>L</kbd> type a question · <kbd>Esc</kbd> stop an answer
      </p>
    </div>
  );
}
