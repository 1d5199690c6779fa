import { useEffect, useRef, useState } from 'react';
import { recognitionConstructor, transcriptOf, type RecognitionLike } from './speechRecognition';
import './voice.css';

/**
 * The composer's microphone: dictates a question into the box (the person still presses Send). Shown only where the
 * platform offers speech recognition; pressing it again stops listening.
 */
export function VoiceInputButton({ onText, disabled }: { onText(text: string): void; disabled?: boolean }) {
  const Recognition = recognitionConstructor();
  const [listening, setListening] = useState(false);
  const active = useRef<RecognitionLike | null>(null);
  useEffect(() => () => active.current?.abort(), []);
  if (!Recognition) return null;

  const start = () => {
    const recognition = new Recognition();
    recognition.lang = navigator.language || 'en-GB';
    recognition.interimResults = true;
    recognition.continuous = false;
    recognition.onresult = (event) => {
      const text = transcriptOf(event.results);
      if (text) onText(text);
    };
    recognition.onend = () => {
      active.current = null;
      setListening(false);
    };
    recognition.onerror = () => recognition.abort();
    active.current = recognition;
    setListening(true);
    recognition.start();
  };

  return (
    <button
      type="button"
      className="btn mic-button"
      data-testid="voice-input-button"
      aria-label={listening ? 'Stop listening' : 'Speak your question'}
      aria-pressed={listening}
      title={listening ? 'Stop listening' : 'Speak your question'}
      disabled={disabled}
      onClick={() => (listening ? active.current?.stop() : start())}
    >
      {listening ? <StopIcon /> : <MicIcon />}
    </button>
  );
}

function MicIcon() {
  return (
    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <rect x="9" y="2" width="6" height="12" rx="3" />
      <path d="M5 10v1a7 7 0 0 0 14 0v-1M12 18v4M8 22h8" />
    </svg>
  );
}

function StopIcon() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="currentColor">
      <rect x="5" y="5" width="14" height="14" rx="2" />
    </svg>
  );
}
