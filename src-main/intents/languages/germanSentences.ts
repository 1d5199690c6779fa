// German typed as several sentences: a greeting or a remark first, the request last ("Moin, mir ist kalt im
// Wohnzimmer. Wie warm ist es dort?", "Guten Tag. Welche Geräte befinden sich in der Küche?", "wir fahren los. schließ
// die Haustür ab"). The verb-second reader reads one sentence; here the last sentence is the request (when it reads), and
// the others are its reason or a greeting. A place said before ("im Wohnzimmer") is what "dort"/"da" in it points to.
// Also: a clause of greeting words only ("Moin", "ok", "hadi") says nothing of the request (isInterjection).
import { phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { VERB_SECOND_LEXICON } from './verbSecondLexicon';

const FILLERS: ReadonlySet<string> = new Set(VERB_SECOND_LEXICON['de']?.fillers ?? []);
const THERE: ReadonlySet<string> = new Set(['dort', 'da', 'dorten', 'drüben']);
const IN: ReadonlySet<string> = new Set(['im', 'in']);
const BREAK = /(?<=[.!?])\s+(?=\S)/;

/** "Moin", "ok", "hadi, tamam": a clause of German fillers and greetings only. */
export function isInterjection(clause: string): boolean {
  const words = clause.toLowerCase().replace(/[!.?]+/g, ' ').split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => FILLERS.has(w));
}

/** The last sentence the reader reads, with "dort" as the place an earlier sentence named; undefined for one sentence. */
export function lastReadSentence(typed: string, snapshot: HomeSnapshot, read: (sentence: string) => string | undefined): string | undefined {
  if (!BREAK.test(typed)) return undefined;
  const sentences = typed.split(BREAK);
  if (sentences.length < 2 || sentences.length > 4) return undefined;
  // "… Danke.": a last sentence of thanks or greeting only is passed over; a last sentence the reader does not read
  // ("… Ich stehe vor dem Haus.") may itself be the request, so nothing is guessed from the ones before it.
  let at = sentences.length - 1;
  while (at > 0 && isInterjection(sentences[at] ?? '')) at--;
  return read(withPlaceSaid(sentences[at] ?? '', sentences.slice(0, at), snapshot));
}

/** "Wie warm ist es dort?" after "… im Wohnzimmer.": "Wie warm ist es im Wohnzimmer?". */
function withPlaceSaid(sentence: string, before: readonly string[], snapshot: HomeSnapshot): string {
  const words = sentence.split(/\s+/);
  const there = words.findIndex((w) => THERE.has(w.toLowerCase().replace(/[?!.,]+$/, '')));
  if (there < 0) return sentence;
  const earlier = before.join(' ').toLowerCase().replace(/[?!.,]+/g, ' ').split(/\s+/).filter(Boolean);
  const at = earlier.findIndex((w, i) => IN.has(w) && snapshot.phrases.has(phraseKey(earlier[i + 1] ?? '')));
  if (at < 0) return sentence;
  const said = words[there] ?? '';
  words[there] = `im ${earlier[at + 1] ?? ''}${/[?!.,]+$/.exec(said)?.[0] ?? ''}`;
  return words.join(' ');
}
