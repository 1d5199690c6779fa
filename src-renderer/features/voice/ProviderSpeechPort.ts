// Reading aloud with the remote provider's voice: main fetches the audio (/audio/speech), the window plays it. Stop
// cancels both a request still on its way (its audio is never played) and audio already playing. If the provider
// fails, the system voice reads the same text, so "Read aloud" never silently does nothing.
import type { SpeechAudioView } from '../../../src-preload/contract';
import type { SpeechOptions, SpeechPort } from './SpeechPort';

/** Plays audio bytes; one at a time. The browser's <audio> in the app, a recorder in tests. */
export interface AudioSink {
  play(bytes: Uint8Array, mimeType: string, rate: number): void;
  stop(): void;
}

export class ProviderSpeechPort implements SpeechPort {
  private generation = 0;

  constructor(
    private readonly synthesize: (text: string) => Promise<SpeechAudioView>,
    private readonly sink: AudioSink,
    private readonly fallback: SpeechPort,
  ) {}

  get available(): boolean {
    return true;
  }

  speak(text: string, options: SpeechOptions): void {
    const generation = ++this.generation;
    void this.synthesize(text).then(
      (audio) => {
        if (generation !== this.generation) return; // stopped (or replaced) while the audio was on its way
        this.sink.play(decodeBase64(audio.audioBase64), audio.mimeType, options.rate ?? 1);
      },
      () => {
        if (generation === this.generation && this.fallback.available) this.fallback.speak(text, options);
      },
    );
  }

  cancel(): void {
    this.generation++;
    this.sink.stop();
    this.fallback.cancel();
  }

  voices(): string[] {
    return [];
  }
}

/** Chooses between the system voice and the provider's, following the voice setting. */
export class ChoosableSpeechPort implements SpeechPort {
  private useProvider = false;

  constructor(private readonly system: SpeechPort, private readonly provider: SpeechPort) {}

  setSource(source: 'system' | 'provider', providerAvailable: boolean): void {
    this.cancel();
    this.useProvider = source === 'provider' && providerAvailable;
  }

  private get current(): SpeechPort {
    return this.useProvider ? this.provider : this.system;
  }

  get available(): boolean {
    return this.current.available;
  }

  speak(text: string, options: SpeechOptions): void {
    this.current.speak(text, options);
  }

  cancel(): void {
    this.system.cancel();
    this.provider.cancel();
  }

  voices(): string[] {
    return this.current.voices();
  }
}

export function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
