// The word classes of German, Dutch, Danish and Norwegian as verbSecondCues.ts reads them (lexicon/verbSecondCues.json;
// Norwegian in lexicon/norwegian.json), checked on load, and what is built once from them: each language's own words,
// the ones no other language has, and pronouns glued to the word before them.
import { z } from 'zod';
import cues from '../lexicon/verbSecondCues.json';
import norwegian from '../lexicon/norwegian.json';

const table = z.record(z.string(), z.string());
const languageSchema = z.object({
  fillers: z.array(z.string().min(1)),
  modals: z.array(z.string().min(1)),
  verbs: table,
  particles: z.record(z.string(), table),
  lockVerbsClose: z.array(z.string()),
  infinitives: table,
  questions: table,
  copulas: table,
  stateVerbs: table,
  setAsked: z.array(z.string().min(1)),
  states: table,
  followUps: table,
  pronouns: table,
  others: table,
  words: table,
  englishLookalikes: z.array(z.string()),
  clauseEnds: z.array(z.string().min(1)),
  // English words no English sentence ends with ("Licht Küche an"): said last, they are the language's.
  neverLastInEnglish: z.array(z.string().min(1)),
  // "ob"/"of": a yes/no question said as a clause ("weißt du ob …"), the verb last.
  whether: z.array(z.string().min(1)),
  // The polite subject after an imperative ("schalten Sie das Licht aus").
  politeSubjects: z.array(z.string().min(1)),
  // "mach's aus", "zet 'm aan": a pronoun glued to the word before it.
  cliticSuffixes: table,
  // "wie entlüfte ich …", "hoe reset je …": who asks how to do something.
  askers: z.array(z.string().min(1)),
  // "stell's dort auf 20 Grad": a place adverb after a pronoun object says nothing the pronoun does not.
  placeAdverbs: z.array(z.string().min(1)).default([]),
  // "was steuert der Miniserver": the article of a subject (German nominative), absent in languages without case.
  subjectArticles: z.array(z.string().min(1)).default([]),
  // "taklampa", "soverommet", "tv-en": an ending and what replaces it to reach the form a name uses (norwegianNames.ts).
  inflections: z.array(z.tuple([z.string().min(1), z.string()])).default([]),
  // "omn" = "ovn", "stove" = "stue": spellings of a written standard or dialect, read at a name word's end.
  spellings: table.default({}),
  // Own words that mark the language only beside one of its `letters` (Norwegian "e" is Portuguese "and").
  weakMarkers: z.array(z.string().min(1)).default([]),
  letters: z.string().default(''),
  // A language close to another one of the lexicon: read only where the home speaks it most (verbSecondMarkers.ts).
  onlyInItsHomes: z.boolean().default(false),
}).strict();
export type Language = z.infer<typeof languageSchema>;
export const VERB_SECOND_LEXICON: Readonly<Record<string, Language>> = z.record(z.string(), languageSchema).parse({ ...cues, no: norwegian });

/** Articles no English sentence holds: a second sign of the language after a word English shares ("is de lamp aan"). */
export const OWN_ARTICLES: ReadonlySet<string> = new Set(['der', 'das', 'den', 'dem', 'des', 'het', 'de']);

/** Each language's own words (letters only: "%" is no language's), built once. */
const OWN_WORDS = new Map<Language, ReadonlySet<string>>();
export function ownWordsOf(lang: Language): ReadonlySet<string> {
  const known = OWN_WORDS.get(lang);
  if (known) return known;
  const tables = [lang.words, lang.states, lang.copulas, lang.stateVerbs, lang.pronouns, lang.verbs, lang.infinitives, lang.particles['switch'] ?? {}];
  const words = [...tables.flatMap((t) => Object.keys(t)), ...lang.fillers, ...Object.keys(lang.questions).map((q) => q.split(' ')[0] ?? ''), ...OWN_ARTICLES];
  const own = new Set(words.filter((w) => /^\p{L}+$/u.test(w) && !lang.englishLookalikes.includes(w)));
  OWN_WORDS.set(lang, own);
  return own;
}

/** "mach's" → "mach es", "'m" → "hem": a pronoun glued to a verb or said short (every language's forms). */
export function splitClitic(word: string): string[] {
  for (const lang of Object.values(VERB_SECOND_LEXICON)) {
    for (const [suffix, pronoun] of Object.entries(lang.cliticSuffixes)) {
      if (word === suffix) return [pronoun];
      const stem = word.slice(0, -suffix.length);
      if (word.endsWith(suffix) && lang.verbs[stem] !== undefined) return [stem, pronoun];
    }
  }
  return [word];
}


/** A language's own words that no other language of the lexicon has ("ikkje", "kva" against "ikke", "hvad"). */
const DISTINCT = new Map<Language, ReadonlySet<string>>();
export function distinctOwnWordsOf(lang: Language): ReadonlySet<string> {
  const known = DISTINCT.get(lang);
  if (known) return known;
  const others = Object.values(VERB_SECOND_LEXICON).filter((other) => other !== lang).map((other) => ownWordsOf(other));
  // A word another language takes for English ("app", "alarm", "i") is no sign of one language either.
  const english = new Set(Object.values(VERB_SECOND_LEXICON).flatMap((other) => other.englishLookalikes));
  const distinct = new Set([...ownWordsOf(lang)].filter((w) => !english.has(w) && !lang.weakMarkers.includes(w) && !others.some((other) => other.has(w))));
  DISTINCT.set(lang, distinct);
  return distinct;
}
