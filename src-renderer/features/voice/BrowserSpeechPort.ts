// The SpeechPort over the Web Speech API's speechSynthesis (Chromium and Electron use the OS voices, offline).
import type { SpeechOptions, SpeechPort } from './SpeechPort';

export class BrowserSpeechPort implements SpeechPort {
  private readonly synth: SpeechSynthesis | undefined = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;

  get available(): boolean {
    return this.synth !== undefined && typeof SpeechSynthesisUtterance !== 'undefined';
  }

  speak(text: string, options: SpeechOptions): void {
    if (!this.synth) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.rate = Math.min(2, Math.max(0.5, options.rate ?? 1));
    const voice = options.voice ? this.synth.getVoices().find((v) => v.name === options.voice) : undefined;
    if (voice) utterance.voice = voice;
    this.synth.speak(utterance);
  }

  cancel(): void {
    this.synth?.cancel();
  }

  voices(): string[] {
    return this.synth?.getVoices().map((v) => v.name) ?? [];
  }
}

