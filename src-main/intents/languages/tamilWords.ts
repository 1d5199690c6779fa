// Tamil words as a Chennai household types them (lexicon/tamil.json), in Tamil script or in Tanglish (Latin letters:
// "hall light off pannu", "motor enga irukku"), tagged by the job they do in a sentence. Tamil joins its case endings
// and its "and"/question clitics to the word ("ஹாலில்" = in the hall, "மோட்டாரை" = the motor (object), "கூடத்தில்" =
// in the central hall, "விளக்குகளையும்" = the lights too), so a word the lexicon or the home does not know as typed
// is read without such an ending when what is left is known, its case kept on the token. Tanglish writes the endings
// apart ("hall la", "motor ah", "22 ku"): those are lexicon words.
import { z } from 'zod';
import raw from '../lexicon/tamil.json';
import type { HomeSnapshot } from '../HomeIndex';
import { byEnglish, englishByPhrase, kindByPhrase, kindLists, kindsInEnglish, longestPhrase, phrases, scriptOrMarker } from '../lexiconTable';
import { roleTable } from '../roleTable';

/** The shape a Dravidian language's lexicon has (lexicon/tamil.json, lexicon/malayalam.json). */
export const DRAVIDIAN_LEXICON = z.object({
  // Place, door and kind words join the place groups, openings and kinds (languagePlaces.ts, languageKinds.ts).
  places: byEnglish,
  openings: byEnglish,
  kinds: kindLists,
  // Words that say nothing to the engine: "da", "bro", "ippo" (now), "சரி" (ok).
  softeners: phrases,
  // The endings Tanglish writes apart: "la" (in), "lerundhu" (from), "ku" (to), "ah" (object), "um" (and).
  ins: phrases,
  froms: phrases,
  tos: phrases,
  objects: phrases,
  ands: phrases,
  // "adha off pannu" = turn it off: the thing in focus.
  its: phrases,
  alls: phrases,
  // "geyser rendum off ah" = are both geysers off.
  boths: phrases,
  states: byEnglish,
  // The light verb of a request ("on pannu" = turn on), said after the word that says what to do.
  doVerbs: phrases,
  commands: byEnglish,
  copulas: phrases,
  questions: z.record(z.enum(['where', 'how much', 'how many', 'which', 'what', 'when', 'how', 'who']), phrases),
  measures: byEnglish,
  nouns: byEnglish,
  // "சொல்லு" (tell), "காட்டு" (show): a request to list.
  says: phrases,
  // "எந்த அறைகளுடன் இணைந்துள்ளது" = which rooms does it connect to.
  connects: phrases,
  // "எப்படிச் செல்வது" = how to go (the way between two places).
  goes: phrases,
  // "கரண்ட் போனா" = if the power goes: a condition the reader does not read.
  clauses: phrases,
  // The Tanglish words that mark a sentence typed in Latin letters as Tamil: words no other language read writes.
  markers: phrases,
  // Numbers said in words, by their digits ("2": ["randil", "രണ്ടിൽ"]: at two).
  numbers: byEnglish.optional(),
}).strict();
const LEXICON = DRAVIDIAN_LEXICON.parse(raw);
export type DravidianLexicon = z.infer<typeof DRAVIDIAN_LEXICON>;

export type TamilRole = 'softener' | 'in' | 'from' | 'to' | 'object' | 'and' | 'it' | 'all' | 'both' | 'state' | 'doVerb' | 'command' | 'copula' | 'question' | 'measure' | 'noun' | 'say' | 'connect' | 'go' | 'clause' | 'kind';
export type TamilCase = 'in' | 'from' | 'to' | 'of' | 'object' | 'and';
export interface TamilToken {
  kind: TamilRole | 'word' | 'number';
  said: string;
  english: string;
  /** The ending joined to the word ("ஹாலில்" → in, "மோட்டாரை" → object, "விளக்குகளையும்" → and). */
  case?: TamilCase;
  /** The word carried a plural ending ("விளக்குகள்"). */
  plural?: boolean;
}

/** Each phrase of a lexicon under its role, the first role put winning (the order is the lists' precedence). */
export function dravidianTable(lexicon: DravidianLexicon): Map<string, { kind: TamilRole; english: string }> {
  const { table, put } = roleTable<TamilRole>();
  put('softener', lexicon.softeners);
  put('question', lexicon.questions);
  put('state', lexicon.states);
  put('doVerb', lexicon.doVerbs);
  put('command', lexicon.commands);
  put('copula', lexicon.copulas);
  put('measure', lexicon.measures);
  put('noun', lexicon.nouns);
  put('in', lexicon.ins);
  put('from', lexicon.froms);
  put('to', lexicon.tos);
  put('object', lexicon.objects);
  put('and', lexicon.ands);
  put('it', lexicon.its);
  put('all', lexicon.alls);
  put('both', lexicon.boths);
  put('say', lexicon.says);
  put('connect', lexicon.connects);
  put('go', lexicon.goes);
  put('clause', lexicon.clauses);
  put('kind', kindsInEnglish(lexicon.kinds));
  return table;
}
const TABLE = dravidianTable(LEXICON);

/** What a state word asks when the light verb follows it ("on" + "pannu" = turn on). */
const COMMAND_OF = englishByPhrase(LEXICON.commands);
export function commandOf(word: string): string | undefined {
  return COMMAND_OF.get(word);
}

const LONGEST = longestPhrase(TABLE);
export const TAMIL_SCRIPT = /[\u0b80-\u0bff]/u;
const MARKERS: ReadonlySet<string> = new Set(LEXICON.markers);

/** The one cheap check run on every sentence: a letter of the Tamil script, or a Tanglish marker word. */
export const mayBeTamil = scriptOrMarker(TAMIL_SCRIPT, MARKERS);

/** The clause as the reader takes it: lowercase, no punctuation but a decimal point. */
export function tamilNormal(text: string): string {
  return text.normalize('NFC').replace(/[?!,;:"()'’]+/g, ' ').replace(/\.(?!\d)/g, ' ').toLowerCase().replace(/\s+/g, ' ').trim();
}

interface Names {
  words: Set<string>;
  whole: Set<string>;
}
const NAMES = new WeakMap<HomeSnapshot, Names>();
function namesOf(snapshot: HomeSnapshot): Names {
  let names = NAMES.get(snapshot);
  if (!names) {
    names = { words: new Set(), whole: new Set() };
    for (const entity of snapshot.byId.values()) {
      const name = tamilNormal(entity.name);
      names.whole.add(name);
      for (const w of name.split(' ')) if (w) names.words.add(w);
    }
    NAMES.set(snapshot, names);
  }
  return names;
}

/** Every word of the home's names, lowercased ("ஹால்", "மின்விசிறி", "karthik"). */
export function nameWords(snapshot: HomeSnapshot): ReadonlySet<string> {
  return namesOf(snapshot).words;
}

/** Is this run of words a whole name of the home ("தண்ணீர் மோட்டார்")? */
export function isWholeName(said: string, snapshot: HomeSnapshot): boolean {
  return namesOf(snapshot).whole.has(said);
}

/** The sentence's tokens: lexicon phrases longest first, numbers, and words as typed (a home's name word or unknown). */
export function tamilTokens(text: string, snapshot: HomeSnapshot): TamilToken[] {
  return dravidianTokens(text, snapshot, TAMIL_VOCABULARY);
}

/** A Dravidian language's phrase table and how it reads a word with a case ending joined (Tamil's here, Malayalam's in malayalamWords.ts). */
export interface DravidianVocabulary {
  table: ReadonlyMap<string, { kind: TamilRole; english: string }>;
  longest: number;
  script: RegExp;
  /** The word as a token without its ending(s), when what is left is a word of the home or of the lexicon. */
  unending: (word: string, names: ReadonlySet<string>, snapshot: HomeSnapshot) => TamilToken | undefined;
}

/** The tokens of a sentence in a Dravidian language's vocabulary (tamilTokens, malayalamTokens). */
export function dravidianTokens(text: string, snapshot: HomeSnapshot, vocabulary: DravidianVocabulary): TamilToken[] {
  const { table, longest, script } = vocabulary;
  const names = namesOf(snapshot);
  const words = tamilNormal(text).split(' ').filter(Boolean);
  const out: TamilToken[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let len = Math.min(Math.max(longest, 4), words.length - i); len >= 1 && !taken; len--) {
      const phrase = words.slice(i, i + len).join(' ');
      // A whole name of the home ("முன் கதவு பூட்டு") stays a name even when the lexicon knows its words.
      if (len > 1 && names.whole.has(phrase)) {
        out.push({ kind: 'word', said: phrase, english: '' });
        taken = len;
        continue;
      }
      const cue = table.get(phrase);
      // A Tamil word of a name ("லைட்" of "ஹால் லைட்") stays the name's word; a Latin one ("app", "fan") keeps its job,
      // and so does a measure ("பேட்டரி" of "கேஸ் சென்சார் பேட்டரி"; the whole name "இன்வெர்ட்டர் பேட்டரி" is read first).
      if (cue && len <= longest && !(len === 1 && names.words.has(phrase) && script.test(phrase) && (cue.kind === 'kind' || cue.kind === 'noun'))) {
        out.push({ kind: cue.kind, said: phrase, english: cue.english });
        taken = len;
      }
    }
    if (taken) {
      i += taken;
      continue;
    }
    out.push(wordToken(words[i] ?? '', names.words, vocabulary, snapshot));
    i += 1;
  }
  return out;
}

const VIRAMA = '\u0bcd';
const CASED: ReadonlySet<TamilRole> = new Set(['kind', 'noun', 'measure', 'it', 'all', 'both']);
const U = '\u0bc1';
// Endings of case and clitics, longest first, as they are written after a word ("யில்", "த்தில்", "க்கு", "ை").
const ENDINGS: ReadonlyArray<readonly [string, TamilCase | undefined]> = ([
  ['யிலிருந்து', 'from'], ['த்திலிருந்து', 'from'], ['ிலிருந்து', 'from'], ['லிருந்து', 'from'],
  ['த்திற்குச்', 'to'], ['த்திற்கு', 'to'], ['த்துக்கு', 'to'], ['ிற்குத்', 'to'], ['ிற்குச்', 'to'], ['ிற்கு', 'to'], ['க்குச்', 'to'], ['க்குத்', 'to'], ['க்கு', 'to'], ['ுக்கு', 'to'],
  ['த்தில்', 'in'], ['த்துல', 'in'], ['யில்', 'in'], ['யில', 'in'], ['ில்', 'in'], ['ில', 'in'], ['ல்', 'in'], ['ல', 'in'],
  ['த்தின்', 'of'], ['த்து', 'of'], ['யின்', 'of'], ['ின்', 'of'], ['யோட', 'of'], ['ோட', 'of'], ['ுடைய', 'of'], ['ினுடைய', 'of'],
  ['களுடன்', 'and'], ['யுடன்', 'and'], ['ுடன்', 'and'],
  ['த்தை', 'object'], ['யை', 'object'], ['ை', 'object'],
  ['யும்', 'and'], ['ும்', 'and'],
  ['கள்', undefined], ['களை', 'object'], ['களும்', 'and'], ['களில்', 'in'],
  ['ா', undefined],
] as const).slice().sort((a, b) => b[0].length - a[0].length);

/** The forms a stem is written in before its ending: as is, closed ("ஹால"+"்"), with its "u" or "m" back, ungeminated. */
function stemForms(base: string): string[] {
  const forms = [base, base + VIRAMA, base + U, base + 'ம்'];
  // "வீட்டில்" (veettil) is "வீடு", "லைட்டை" is "லைட்": the doubled consonant of the ending is one.
  const doubled = /(.)\u0bcd\1$/u.exec(base);
  if (doubled) {
    const single = base.slice(0, -2);
    forms.push(single + VIRAMA, single + U);
  }
  return forms;
}

function wordToken(word: string, names: ReadonlySet<string>, vocabulary: DravidianVocabulary, snapshot: HomeSnapshot): TamilToken {
  if (/^\d+(\.\d+)?%?$/.test(word)) return { kind: 'number', said: word.replace('%', ''), english: '' };
  if (names.has(word)) return { kind: 'word', said: word, english: '' };
  return vocabulary.unending(word, names, snapshot) ?? { kind: 'word', said: word, english: '' };
}

/** The word without its ending(s), when what is left is a word of the home or of the lexicon. */
function unending(word: string, names: ReadonlySet<string>, depth: number): TamilToken | undefined {
  for (const [ending, wordCase] of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const base = word.slice(0, -ending.length);
    const plural = ending.startsWith('கள');
    const marks = { ...(wordCase ? { case: wordCase } : {}), ...(plural ? { plural } : {}) };
    for (const stem of stemForms(base)) {
      if (names.has(stem)) return { kind: 'word', said: stem, english: '', ...marks };
      // Only a thing's word takes a case: "நிறுத்தும்" (it will stop) is no request "நிறுத்து".
      const cue = TABLE.get(stem);
      if (cue && CASED.has(cue.kind)) return { kind: cue.kind, said: stem, english: cue.english, ...marks };
    }
    if (depth > 1) {
      const inner = unending(base, names, depth - 1) ?? unending(base + VIRAMA, names, depth - 1);
      if (inner) return { ...inner, ...(wordCase && !inner.case ? { case: wordCase } : {}), ...(plural || inner.plural ? { plural: true } : {}) };
    }
  }
  return undefined;
}

const TAMIL_VOCABULARY: DravidianVocabulary = { table: TABLE, longest: LONGEST, script: TAMIL_SCRIPT, unending: (word, names) => (TAMIL_SCRIPT.test(word) ? unending(word, names, 2) : undefined) };

export const TAMIL_FORMS = { places: LEXICON.places, openings: LEXICON.openings, kinds: LEXICON.kinds };

/** The English of a Tamil kind or place word ("மின்விசிறி" → "fan", "சமையலறை" → "kitchen"), for names said by sound. */
const MEANINGS: ReadonlyMap<string, string> = new Map([
  ...kindByPhrase(LEXICON.kinds),
  ...Object.entries(LEXICON.places).flatMap(([english, list]) => list.map((w) => [w.replace(/^=/, ''), english] as const)),
]);
export function tamilMeaning(word: string): string | undefined {
  return MEANINGS.get(word);
}
