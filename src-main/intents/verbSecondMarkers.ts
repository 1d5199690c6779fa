// The cheap check verbSecondCues.ts makes before reading a clause in a language (README, "Speed of the language
// layer"): every reading there starts from a word of the language's tables (a follow-up opener, a question word, a
// copula or state verb, "ob"/"of", a verb, an infinitive, a state, or a word of its own for a value said in it), so a
// clause with none of those words is never read in that language, and skipping it changes no answer. An infinitive
// may be typed in two words ("aus schalten"): the last word said is then the end of one, so every ending of every
// infinitive is a marker of the last word too. Danish names said in their definite form ("stuen") are read as their
// stem first, so a Danish word counts with its definite ending taken off as well.
import { DEFINITE } from './danishSpelling';
import { kindForPhrase, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { ownWordsOf, VERB_SECOND_LEXICON, type Language } from './verbSecondLexicon';

const MAX_PHRASE = 4;

interface Markers { words: ReadonlySet<string>; endings: ReadonlySet<string> }
const MARKERS = new Map<Language, Markers>(Object.values(VERB_SECOND_LEXICON).map((lang) => {
  const keyed = [lang.followUps, lang.questions, lang.copulas, lang.stateVerbs, lang.verbs, lang.infinitives, lang.states].flatMap((t) => Object.keys(t));
  const words = new Set([...keyed, ...lang.setAsked, ...lang.whether].flatMap((phrase) => phrase.split(' ')));
  for (const w of ownWordsOf(lang)) words.add(w);
  const endings = new Set(Object.keys(lang.infinitives).flatMap((key) => [...key].map((_, i) => key.slice(i))));
  return [lang, { words, endings }];
}));

/** False only when no reading of `said` in `lang` can be made (see above); true also when unsure. */
export function mayReadIn(lang: Language, name: string, said: readonly string[]): boolean {
  const markers = MARKERS.get(lang);
  if (!markers) return true;
  const forms = (w: string): string[] => (name === 'da' ? [w, ...DEFINITE.filter((s) => w.endsWith(s)).map((s) => w.slice(0, -s.length))] : [w]);
  return said.some((w) => forms(w).some((f) => markers.words.has(f) || markers.endings.has(f)));
}

/** True when the clause names something of the home or a kind of device (moved from verbSecondCues.ts). */
export function namesHome(clause: string, snapshot: HomeSnapshot): boolean {
  const words = clause.toLowerCase().split(/\s+/).filter(Boolean);
  return words.some((_, i) => words.slice(i, i + MAX_PHRASE).some((__, n) => snapshot.phrases.has(phraseKey(words.slice(i, i + n + 1).join(' ')))) || kindForPhrase(phraseKey(words[i] ?? '')) !== undefined);
}
