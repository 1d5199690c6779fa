// What reading aloud needs from the platform. The renderer's speechSynthesis implements it (offline on every desktop
// OS); an OpenAI-compatible /audio/speech endpoint could too. Tests use a recording port.
export interface SpeechOptions {
  /** A voice name as the platform lists it; the platform default when absent or unknown. */
  voice?: string;
  /** 0.5 (slow) .. 2 (fast); 1 is normal. */
  rate?: number;
}

export interface SpeechPort {
  readonly available: boolean;
  speak(text: string, options: SpeechOptions): void;
  cancel(): void;
  voices(): string[];
}
