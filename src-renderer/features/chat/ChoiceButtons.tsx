import { useAppStores, useSlice } from '../../app/AppContext';

/** Answers to a "which one?" question: a click sends the choice as the next message, exactly as if typed. */
export function ChoiceButtons({ choices }: { choices: readonly string[] }) {
  const { chat } = useAppStores();
  const busy = useSlice(chat, (s) => s.pending !== null);
  return (
    <div className="choices" role="group" aria-label="Choose one">
      {choices.map((choice) => (
        <button key={choice} type="button" className="btn btn-small" data-testid="choice-button" disabled={busy} onClick={() => void chat.getState().send(choice)}>
          {choice}
        </button>
      ))}
    </div>
  );
}
