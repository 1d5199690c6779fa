// First step of the answer path for guests: a question about something that is only in a private note ("What's the
// WiFi password?") is refused plainly, instead of the engines answering "I don't know" from a graph where the note is
// invisible. It reads the unfiltered graph on purpose, and says only that a private note exists, never what it holds.
import type { GraphStore } from '../graph/GraphStore';
import type { Responder, ResponderAnswer, ResponderContext } from './Responder';

/** Words too common to tie a question to a note. */
const STOP_WORDS = new Set(['what', 'whats', 'where', 'which', 'when', 'how', 'the', 'our', 'your', 'you', 'is', 'are', 'for', 'and', 'tell', 'me', 'show', 'give', 'does', 'do', 'there', 'this', 'that', 'of', 'to', 'in', 'on', 'a', 'an', 'my', 'it', 'can', 'i']);

function words(text: string): string[] {
  // "Wi-Fi" and "WiFi" are the same word to a person.
  return text.toLowerCase().replace(/(\p{L})[-'’](\p{L})/gu, '$1$2').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP_WORDS.has(w));
}

export class PrivateNoteGuard implements Responder {
  constructor(private readonly unfiltered: GraphStore) {}

  async respond(text: string, context: ResponderContext): Promise<ResponderAnswer | undefined> {
    if (context.role !== 'guest' || text.trim().startsWith('/')) return undefined;
    const asked = new Set(words(text));
    if (asked.size === 0) return undefined;
    const notes = (await this.unfiltered.listEntities()).filter((e) => e.content['private'] === true);
    const hit = notes.find((note) => words(note.name).some((w) => asked.has(w)));
    if (!hit) return undefined;
    return {
      text: `Sorry, I can't help with that: it is in a private note, and private notes are not shown in a guest session.`,
      citations: [],
      tool_calls: [],
      proposal: null,
      provider: 'privacy-guard',
      model: null,
    };
  }
}
