// Norwegian says a name's word inflected: definite ("taklampa" of Taklampe, "soverommet" of Soverom, "kjøkkenet",
// "tv-en", Bergen's "stuå"), plural ("panelovner", Nynorsk "varmekablane") and in Nynorsk or dialect spellings
// ("omnen" of Ovn, "spisestova" of Spisestue, "kjellaren" of Kjeller). In a sentence with a word of a language that
// has `inflections` (lexicon/norwegian.json), a word that is no name of the home but one of those forms of a word of
// its names, or of a kind, is read as that word, so the readers after it find the name. Words the language's tables
// translate stay as they are ("lyset" is "light"); a sentence with no word of the language is returned as typed.
import { anythingNamed } from './danishSpelling';
import { kindForPhrase, phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { perSnapshot } from '../perSnapshot';
import { nameThroughJoiningWords } from '../nameThroughOf';
import { speaksMost } from './verbSecondMarkers';
import { distinctOwnWordsOf, ownWordsOf, VERB_SECOND_LEXICON, type Language } from './verbSecondLexicon';

const INFLECTED: ReadonlyArray<[Language, ReadonlySet<string>]> = Object.values(VERB_SECOND_LEXICON)
  .filter((lang) => lang.inflections.length > 0)
  .map((lang) => [lang, ownWordsOf(lang)]);
/** Each word of every name in the home, lowercased as typed ("taklampe", "soverom", "kjøkken"). */
const nameWords = perSnapshot((snapshot: HomeSnapshot): ReadonlySet<string> => {
  const all = new Set<string>();
  for (const entity of snapshot.byId.values()) for (const w of entity.name.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) if (w) all.add(w);
  return all;
});

/** The sentence with each inflected form of a name word written as the name writes it (see above). */
export function withInflectedNames(said: string, snapshot: HomeSnapshot): string {
  const typed = said.toLowerCase().split(/\s+/).filter(Boolean);
  for (const [lang, own] of INFLECTED) {
    // The one cheap check: a word of the language's own (no English lookalike, no name of the home).
    // A word with æ, ø or å is no English word: "ytterdøra" alone, a reply, is read too.
    // Only in a home that speaks the language more than the others read so, or with a word of its alone: a Danish
    // home's "vaskemaskinen" stays for the Danish reader.
    const alone = distinctOwnWordsOf(lang);
    if (!typed.some((w) => alone.has(w)) && !speaksMost(lang, snapshot)) continue;
    const ownSaid = typed.some((w) => own.has(w.replace(/[?!.,]+$/, '')) && !lang.weakMarkers.includes(w) && !snapshot.phrases.has(phraseKey(w)));
    if (!ownSaid && !/[æøå]/.test(said)) continue;
    const named = said.replace(/[\p{L}][\p{L}-]*/gu, (word) => (ownSaid || /[æøå]/.test(word) ? nameWordOf(word.toLowerCase(), lang, own, snapshot) : undefined) ?? word);
    return ownSaid ? joinedNames(named, lang, snapshot) : named;
  }
  return said;
}

function nameWordOf(word: string, lang: Language, own: ReadonlySet<string>, snapshot: HomeSnapshot): string | undefined {
  if (word.length < 4 || own.has(word)) return undefined;
  const names = nameWords(snapshot);
  // "hovedsoverommet", a word the home's place words know loosely, is the place named so exactly ("Hovedsoverom").
  if (snapshot.phrases.has(phraseKey(word))) {
    const place = anythingNamed(word, snapshot) ? undefined : formsOf(word, lang).find((form) => anythingNamed(form, snapshot, PLACES));
    // Else, when a form is a word of a name ("soverommet" of "Panelovn Soverom Magnus"), that word.
    if (place || !formsOf(word, lang).some((form) => names.has(form))) return place;
  }
  const spelled = (w: string): string => {
    for (const [dialect, standard] of Object.entries(lang.spellings)) if (w.endsWith(dialect)) return w.slice(0, -dialect.length) + standard;
    return w;
  };
  if (names.has(word)) return undefined;
  // A spelling reaches a name's word only: "omnen" alone may be a heater or an oven, never said to be the kind "ovn".
  if (spelled(word) !== word && names.has(spelled(word))) return spelled(word);
  // A name's word first ("taklampa" is Taklampe, not the Swedish kind word), then a kind's ("tv-en", "huben").
  const forms = formsOf(word, lang);
  const named = forms.flatMap((form) => [form, spelled(form)]).find((form) => names.has(form));
  if (named) return named;
  if (isKind(word)) return undefined;
  return forms.find((form) => isKind(form));
}

/** "tv", "hub": a word a kind is called by. */
const isKind = (w: string): boolean => kindForPhrase(phraseKey(w)) !== undefined;

/** Each form the language's endings make of `word` ("tv-en" → "tv": a hyphen says where a short name ends). */
const formsOf = (word: string, lang: Language): string[] => lang.inflections
  .filter(([ending]) => word.endsWith(ending) && word.length - ending.length >= (ending.startsWith('-') ? 2 : 3))
  .map(([ending, replacement]) => word.slice(0, -ending.length) + replacement);
const PLACES: ReadonlySet<string> = new Set(['room', 'zone', 'home']);

/**
 * "taklampa på kjøkkenet" of the device "Taklampe kjøkken": the words of a device's name joined by a word for "in"
 * or the "to" of an owner (nameThroughOf.ts) are that name, never a kind in a place ("which one: Benkelys or Taklampe kjøkken?").
 */
function joinedNames(said: string, lang: Language, snapshot: HomeSnapshot): string {
  const words = said.split(/\s+/).filter(Boolean);
  // "panelovnen på soverommet te magnus": "te"/"til" joins an owner's name ("Panelovn Soverom Magnus") too.
  const joining = (w: string): boolean => ['in', 'to'].includes(lang.words[w.toLowerCase()] ?? '');
  const isDevice = (phrase: string): boolean => (snapshot.phrases.get(phraseKey(phrase)) ?? []).some((e) => THINGS.has(e.entity_type));
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const joined = joining(words[i] ?? '') ? { length: 0, name: [] } : nameThroughJoiningWords(words, i, joining, isDevice, snapshot.longestPhrase);
    out.push(...(joined.length > 0 ? joined.name : [words[i] ?? '']));
    i += Math.max(joined.length, 1);
  }
  return out.join(' ');
}
const THINGS: ReadonlySet<string> = new Set(['device', 'door', 'window']);
