// A guest asking for a code or password that the home keeps only in private notes ("qual a senha do wifi?", "chalet
// wifi password??", "sai kung alarm duress code") must hear that it is private, even when the note's words differ from
// the question's ("Senha do Wi-Fi", "WLAN Passwort", "Village Alarm Code") and the full-text search therefore misses
// it. Answering with devices that merely mention "wifi" tells a guest nothing and hides that the secret exists. Only
// the notes' names are said, never their text. Those sharing a word with the question come first; when none does,
// every private note is named: the secret asked is in one of them or nowhere a guest may look.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { tokenize } from './normalizeText';
import { CUES } from './cueWords';

/** Words of a secret question that say nothing about which secret ("what", "the", "code"). */
const GENERIC = new Set(['what', 'whats', 'which', 'the', 'for', 'and', 'our', 'your', 'this', 'that', 'please', 'pls', 'number', 'code', 'need', ...CUES.secret]);

/** Letters and digits only, lower case: "Wi-Fi" and "wifi", "Schlüsselbox" and "schlusselbox" meet. */
function squeezed(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The private notes a secret question may be asking about: those sharing most words with it (`sharing`), else all of
 * them; none when the home has none.
 */
export function privateNotesForSecret(snapshot: HomeSnapshot, questionWords: readonly string[]): { notes: Entity[]; sharing: boolean } {
  const notes = [...snapshot.byId.values()].filter((e) => e.entity_type === 'note' && e.content['private'] === true);
  if (notes.length === 0) return { notes, sharing: false };
  const words = [...new Set(questionWords.map(squeezed))].filter((w) => w.length >= 3 && !GENERIC.has(w));
  const shared = new Map(notes.map((n) => {
    const said = squeezed(`${n.name} ${String(n.content['text'] ?? '')}`);
    return [n, words.filter((w) => said.includes(w)).length] as const;
  }));
  const most = Math.max(...shared.values());
  return most > 0 ? { notes: notes.filter((n) => shared.get(n) === most), sharing: true } : { notes, sharing: false };
}

/** The guest's answer naming the private notes (no text of theirs). */
export function privateSecretAnswer(notes: readonly Entity[]): string {
  return `That is kept in a private note (${notes.map((n) => n.name).join(', ')}); only an admin can see private notes.`;
}

/** Words of the question and of what it was read as, for `privateNotesForSecret`. */
export function secretQuestionWords(words: readonly string[], query: string, devices: readonly Entity[]): string[] {
  // "whats the gate code" after "apri il cancello": the device's own name says which secret too.
  return [...words, ...tokenize(query).map((t) => t.key), ...devices.flatMap((d) => tokenize(d.name).map((t) => t.key))];
}

/** A value: a word of four or more with a figure in it ("7391", "Yalla!Rothschild36"; not "6-digit", "14:00"), or one
 *  said after a secret word ("password: on the card"). */
const VALUE = /(?<![\p{L}\p{N}!@#$%^&*])(?=[\p{L}!@#$%^&*]*\d)[\p{L}\p{N}!@#$%^&*]{4,}|\b(?:password|passcode|code|pin|combination)\s*(?:is\b|:)/iu;

/**
 * Whether a text a guest may see holds the secret itself: it says a secret word (`secretWord`) and a value. "Enter the
 * code on the keypad" speaks of the alarm code but holds none, so it is no answer to "alarm code?" when the code is in a
 * private note.
 */
export function holdsSecretValue(text: string, secretWord: RegExp): boolean {
  return secretWord.test(text) && VALUE.test(text);
}
