import { useState } from 'react';
import { useAppStores } from '../../app/AppContext';
import './voice.css';

/** "Read aloud" / "Stop reading" for one reply; hidden where the platform has no speech synthesis. */
export function ReadAloudButton({ text }: { text: string }) {
  const { readAloud } = useAppStores();
  const [speaking, setSpeaking] = useState(false);
  if (!readAloud.available) return null;
  return (
    <button
      type="button"
      className="btn btn-small btn-quiet read-aloud"
      data-testid="read-aloud-button"
      aria-pressed={speaking}
      onClick={() => {
        if (speaking) readAloud.stop();
        else readAloud.read(text);
        setSpeaking(!speaking);
      }}
    >
      {speaking ? 'Stop reading' : 'Read aloud'}
    </button>
  );
}
