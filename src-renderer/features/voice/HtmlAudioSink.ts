// The window's AudioSink: plays the provider voice's audio bytes with an <audio> element (DOM only, kept apart from
// ProviderSpeechPort so that one runs in plain Node tests).
import type { AudioSink } from './ProviderSpeechPort';

/** The app's sink: one <audio> element at a time, its object URL released when it ends or is stopped. */
export class HtmlAudioSink implements AudioSink {
  private current: { audio: HTMLAudioElement; url: string } | null = null;

  play(bytes: Uint8Array, mimeType: string, rate: number): void {
    this.stop();
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
    const audio = new Audio(url);
    audio.playbackRate = Math.min(2, Math.max(0.5, rate));
    audio.addEventListener('ended', () => this.stop());
    this.current = { audio, url };
    void audio.play().catch(() => this.stop());
  }

  stop(): void {
    if (!this.current) return;
    this.current.audio.pause();
    URL.revokeObjectURL(this.current.url);
    this.current = null;
  }
}
