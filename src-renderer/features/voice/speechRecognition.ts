// Voice input through the Web Speech API's SpeechRecognition, only where the platform has it (Chromium with a
// recognition service, Safari). Feature-detected; elsewhere the microphone button is not shown at all.

/** The slice of SpeechRecognition this feature uses. */
export interface RecognitionLike {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

type RecognitionConstructor = new () => RecognitionLike;

export function recognitionConstructor(scope: object = globalThis): RecognitionConstructor | undefined {
  const w = scope as { SpeechRecognition?: unknown; webkitSpeechRecognition?: unknown };
  const found = w.SpeechRecognition ?? w.webkitSpeechRecognition;
  return typeof found === 'function' ? (found as RecognitionConstructor) : undefined;
}

/** The text heard so far: every result's best alternative, in order. */
export function transcriptOf(results: ArrayLike<ArrayLike<{ transcript: string }>>): string {
  return Array.from(results, (r) => r[0]?.transcript ?? '').join('').trim();
}
