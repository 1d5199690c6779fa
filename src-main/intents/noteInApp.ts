// "did Grandpa leave a note in the app?": the app there is where notes are read (this one), not a device's app to
// name. Read as "which app runs Grandpa's things" it said "no app is linked to …" of every one of them, a confident no
// to a question about a note. A note word with "in/on the app" asks the notes; an app question keeps its app.
import type { Token } from './normalizeText';

const NOTE_WORDS: ReadonlySet<string> = new Set(['note', 'notes', 'message', 'messages']);
const APP_WORDS: ReadonlySet<string> = new Set(['app', 'application']);

/** Whether the question's only app is the one a note was left in ("a note in the app", "notes on the app"). */
export function appIsWhereNoteIs(tokens: readonly Token[]): boolean {
  if (!tokens.some((t) => NOTE_WORDS.has(t.key))) return false;
  const apps = tokens.map((t, i) => (APP_WORDS.has(t.key) ? i : -1)).filter((i) => i >= 0);
  return apps.length > 0 && apps.every((i) => tokens[i - 1]?.key === 'the' && ['in', 'on'].includes(tokens[i - 2]?.key ?? ''));
}
