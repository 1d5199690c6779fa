// The word lists the Turkish reader reads (turkishWords.ts): Turkish's (lexicon/turkish.json) and Azerbaijani's
// (lexicon/azerbaijani.json), which shares Turkish's grammar, its case endings and its question particle, and much of
// its words ("aç", "söndür", "var", "nə"), but has its own for the rest ("yandır" = turn on, "harada" = where, "neçə"
// = how many, "işıq" = light, "kilidlidir" = is locked). One reader over both lists, Turkish's first: a phrase both
// have keeps Turkish's job; Azerbaijani's words make a sentence Turkic as Turkish's do.
import { z } from 'zod';
import turkish from '../lexicon/turkish.json';
import azerbaijani from '../lexicon/azerbaijani.json';
import uzbek from '../lexicon/uzbek.json';
import { byEnglish, phrases } from '../lexiconTable';

const LEXICON = z.object({
  particles: phrases,
  // The question particle and its person and tense forms: a yes/no question.
  asked: phrases,
  questions: z.record(z.enum(['where', 'how many', 'when', 'what', 'which', 'how', 'set to']), phrases),
  verbs: byEnglish,
  // Endings a verb stem takes in a request or a wish ("aç-ar mısın", "kapat-sana", "aç-alım"): tried after a stem only.
  verbEndings: z.array(z.string()),
  states: byEnglish,
  exists: phrases,
  measures: byEnglish,
  // "olan" (that is: "açık olan klima" = the ACs that are on), "otomatik" (by itself), "hepsini" (all of them).
  marks: z.record(z.enum(['which', 'automatically', 'all']), phrases),
  // Verbs that ask how things are linked: "kontrol ediyor" (controls), "bağlı" (connected to), "ne oluyor" (happens).
  relations: byEnglish,
  nouns: byEnglish,
  // Words that make a sentence Turkish: none is an English word or a cue of another language read.
  strong: phrases,
  openable: phrases,
  // Function words of English and the other languages read: with one of them, a sentence needs a strong word.
  foreign: phrases,
  // Words that join two things, said in English ("Terras işığını və qaraj işığını" = the terrace and garage lights).
  joins: byEnglish.default({}),
}).strict();
type Lexicon = z.infer<typeof LEXICON>;
export type TurkicLexicon = Lexicon;

/** Lists keyed by their English, the second's phrases after the first's under the same English. */
function mergeKeyed<K extends string>(a: Partial<Record<K, readonly string[]>>, b: Partial<Record<K, readonly string[]>>): Record<K, string[]> {
  const out = {} as Record<K, string[]>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<K>) out[key] = [...(a[key] ?? []), ...(b[key] ?? [])];
  return out;
}

function merged(first: Lexicon, second: Lexicon): Lexicon {
  return {
    particles: [...first.particles, ...second.particles],
    asked: [...first.asked, ...second.asked],
    questions: mergeKeyed(first.questions, second.questions),
    verbs: mergeKeyed(first.verbs, second.verbs),
    verbEndings: [...new Set([...first.verbEndings, ...second.verbEndings])],
    states: mergeKeyed(first.states, second.states),
    exists: [...first.exists, ...second.exists],
    measures: mergeKeyed(first.measures, second.measures),
    marks: mergeKeyed(first.marks, second.marks),
    relations: mergeKeyed(first.relations, second.relations),
    nouns: mergeKeyed(first.nouns, second.nouns),
    strong: [...first.strong, ...second.strong],
    openable: [...first.openable, ...second.openable],
    foreign: [...first.foreign, ...second.foreign],
    joins: mergeKeyed(first.joins, second.joins),
  };
}

export const TURKIC = merged(LEXICON.parse(turkish), LEXICON.parse(azerbaijani));
// Uzbek's words ("yoq" = turn on, "qayerda" = where, "yoniq" = on) over them, read in homes named in Uzbek only
// (turkicTables.ts).
export const UZBEK_TURKIC = merged(TURKIC, LEXICON.parse(uzbek));
