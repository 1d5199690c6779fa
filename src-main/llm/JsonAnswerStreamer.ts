// Streams the text of {"answer": "..."} while the grammar-constrained JSON is still being generated, so a local
// answer appears token by token like a remote one. Tool-call replies are not streamed (nothing is shown for them).
const ANSWER_PREFIX = /^\s*\{\s*"answer"\s*:\s*"/;
const FIRST_KEY = /^\s*\{\s*"([^"]*)"/;

export class JsonAnswerStreamer {
  private raw = '';
  private mode: 'undecided' | 'answer' | 'other' | 'closed' = 'undecided';
  private cursor = 0;

  /** Feeds raw model text; returns the newly decoded answer text (empty when there is none yet). */
  push(chunk: string): string {
    this.raw += chunk;
    if (this.mode === 'undecided') {
      const match = ANSWER_PREFIX.exec(this.raw);
      if (match) {
        this.mode = 'answer';
        this.cursor = match[0].length;
      } else {
        const key = FIRST_KEY.exec(this.raw);
        if (key && key[1] !== 'answer') this.mode = 'other';
      }
    }
    return this.mode === 'answer' ? this.decode() : '';
  }

  get text(): string {
    return this.raw;
  }

  /** True once the reply is known to be an answer (so a cut-off reply still has shown, usable text). */
  get isAnswer(): boolean {
    return this.mode === 'answer' || this.mode === 'closed';
  }

  private decode(): string {
    let out = '';
    while (this.cursor < this.raw.length) {
      const ch = this.raw[this.cursor];
      if (ch === '"') {
        this.mode = 'closed';
        break;
      }
      if (ch !== '\\') {
        out += ch;
        this.cursor++;
        continue;
      }
      // An escape: wait until it is complete before decoding it.
      const next = this.raw[this.cursor + 1];
      if (next === undefined) break;
      if (next === 'u') {
        const hex = this.raw.slice(this.cursor + 2, this.cursor + 6);
        if (hex.length < 4) break;
        out += String.fromCharCode(Number.parseInt(hex, 16));
        this.cursor += 6;
        continue;
      }
      out += ESCAPES[next] ?? next;
      this.cursor += 2;
    }
    return out;
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };
