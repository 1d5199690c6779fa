// Reads replies aloud through a SpeechPort: one reply at a time (a new one cancels the last), Markdown as plain text,
// and Stop cancels whatever is being spoken.
import { markdownToPlainText } from './markdownToPlainText';
import type { SpeechOptions, SpeechPort } from './SpeechPort';

export class ReadAloud {
  constructor(private readonly port: SpeechPort, private options: SpeechOptions = { rate: 1 }) {}

  get available(): boolean {
    return this.port.available;
  }

  setOptions(options: SpeechOptions): void {
    this.options = { ...this.options, ...options };
  }

  read(markdown: string): string {
    const text = markdownToPlainText(markdown);
    this.port.cancel();
    if (text) this.port.speak(text, this.options);
    return text;
  }

  stop(): void {
    this.port.cancel();
  }
}
