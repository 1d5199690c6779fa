// The cheap check verbSecondCues.ts makes before reading a clause in a language (README, "Speed of the language
// layer"): every reading there starts from a word of the language's tables (a follow-up opener, a question word, a
// copula or state verb, "ob"/"of", a verb, an infinitive, a state, or a word of its own for a value said in it), so a
// clause with none of those words is never read in that language, and skipping it changes no answer. An infinitive
// may be typed in two words ("aus schalten"): the last word the reader keeps is then the end of one, so every ending of
// every infinitive is a marker of that word too. The reader leaves fillers out and cuts a clause after the request
// ("… hoch fahren bitte", "… aus schalten wenn wir weg sind"), so the word it keeps last is the last word said or one
// followed by a filler or a clause's opening word (round 38: before, an ending counted in any word, "ten" or "pen"
// too). Danish names said in their definite form ("stuen") are read as their stem first, so a Danish word counts with
// its definite ending taken off as well.
import { DEFINITE } from './danishSpelling';
import { kindForPhrase, phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { distinctOwnWordsOf, ownWordsOf, VERB_SECOND_LEXICON, type Language } from './verbSecondLexicon';

const MAX_PHRASE = 4;

interface Markers { words: ReadonlySet<string>; endings: ReadonlySet<string>; dropped: ReadonlySet<string>; letters: RegExp | undefined }
const MARKERS = new Map<Language, Markers>(Object.values(VERB_SECOND_LEXICON).map((lang) => {
  const keyed = [lang.followUps, lang.questions, lang.copulas, lang.stateVerbs, lang.verbs, lang.infinitives, lang.states].flatMap((t) => Object.keys(t));
  const words = new Set([...keyed, ...lang.setAsked, ...lang.whether].flatMap((phrase) => phrase.split(' ')));
  for (const w of ownWordsOf(lang)) words.add(w);
  const endings = new Set(Object.keys(lang.infinitives).flatMap((key) => [...key].map((_, i) => key.slice(i))));
  // The language's own letters, as a pattern built once here rather than at every clause.
  // Words the reader drops after the word it keeps last: fillers, and the opening word of a clause it cuts off.
  const dropped = new Set([...lang.fillers, ...lang.clauseEnds]);
  return [lang, { words, endings, dropped, letters: lang.letters ? new RegExp(`[${lang.letters}]`, 'u') : undefined }];
}));

/**
 * False only when no reading of `said` in `lang` can be made (see above); true also when unsure. A weak marker
 * (Norwegian "e", which Portuguese and Italian write for "and") counts only beside one of the language's letters.
 */
export function mayReadIn(lang: Language, name: string, said: readonly string[], snapshot: HomeSnapshot): boolean {
  const markers = MARKERS.get(lang);
  if (!markers) return true;
  // Norwegian, close to Danish, is read in a home that speaks it, or when a word of its alone is said ("ikkje").
  if (lang.onlyInItsHomes && !speaksMost(lang, snapshot) && !said.some((w) => distinctOwnWordsOf(lang).has(w))) return false;
  const forms = (w: string): string[] => (name === 'da' ? [w, ...DEFINITE.filter((s) => w.endsWith(s)).map((s) => w.slice(0, -s.length))] : [w]);
  const letters = markers.letters;
  const weak = (f: string): boolean => lang.weakMarkers.includes(f) && !said.some((w) => letters?.test(w));
  const keptLast = (i: number): boolean => i === said.length - 1 || markers.dropped.has(said[i + 1] ?? '');
  return said.some((w, i) => forms(w).some((f) => (markers.words.has(f) && !weak(f)) || (markers.endings.has(f) && keptLast(i))));
}

/**
 * How many words of the home's names and descriptions are the language's alone: of two readers with as many own words
 * in a sentence ("er døra låst" is Danish and Norwegian), the home's language reads it first.
 */
const AFFINITY = new WeakMap<HomeSnapshot, Map<Language, number>>();
export function homeAffinity(lang: Language, snapshot: HomeSnapshot): number {
  const known = AFFINITY.get(snapshot) ?? AFFINITY.set(snapshot, new Map()).get(snapshot);
  const cached = known?.get(lang);
  if (cached !== undefined) return cached;
  const distinct = distinctOwnWordsOf(lang);
  let count = 0;
  for (const e of snapshot.byId.values()) {
    const text = `${e.name} ${typeof e.content['description'] === 'string' ? e.content['description'] : ''}`.toLowerCase();
    for (const w of text.split(/[^\p{L}]+/u)) if (distinct.has(w)) count++;
  }
  known?.set(lang, count);
  return count;
}

/** True when the clause names something of the home or a kind of device (moved from verbSecondCues.ts). */
export function namesHome(clause: string, snapshot: HomeSnapshot): boolean {
  const words = clause.toLowerCase().split(/\s+/).filter(Boolean);
  return words.some((_, i) => words.slice(i, i + MAX_PHRASE).some((__, n) => snapshot.phrases.has(phraseKey(words.slice(i, i + n + 1).join(' ')))) || kindForPhrase(phraseKey(words[i] ?? '')) !== undefined);
}

/** True when more of the home's words are `lang`'s alone than any other verb-second language's (homeAffinity). */
export function speaksMost(lang: Language, snapshot: HomeSnapshot): boolean {
  const own = homeAffinity(lang, snapshot);
  return own > 0 && Object.values(VERB_SECOND_LEXICON).every((other) => other === lang || homeAffinity(other, snapshot) < own);
}
