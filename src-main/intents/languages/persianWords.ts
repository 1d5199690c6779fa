// Persian words as a Tehran household types them (lexicon/persian.json), in Persian script or in "Finglish" (Latin
// letters: "cheragh-e ashpazkhune roshane?"), tagged by the job they do in a sentence. Persian joins its enclitics to a
// word ("خاموشش" = it off, "باتریش" = its battery, "درو" = the door + object marker, "روشنه" = is on, "چراغا" =
// lights), so a word the lexicon or the home does not know as typed is read without such an ending when what is left
// is known. Arabic letters typed for Persian ones (ي, ك) and Persian or Arabic digits are read as the home writes them.
// Finglish joins the ezafe ("of") to a noun with a hyphen ("otagh-e sara" = Sara's room): it is taken off here.
import { z } from 'zod';
import raw from '../lexicon/persian.json';
import type { HomeSnapshot } from '../HomeIndex';
import { byEnglish, englishByPhrase, kindByPhrase, kindLists, longestPhrase, phrases, scriptOrMarker } from '../lexiconTable';
import { roleTable } from '../roleTable';

const LEXICON = z.object({
  // Place, door and kind words join the place groups, openings and kinds (languagePlaces.ts, languageKinds.ts).
  places: byEnglish,
  openings: byEnglish,
  kinds: kindLists,
  // Words that say nothing to the engine: "لطفا" (please), "الان" (now), "هم" (too), "یادم رفته" (I forgot).
  softeners: phrases,
  // "رو"/"را": the object marker said after the thing ("چراغ رو روشن کن").
  objects: phrases,
  ins: phrases,
  froms: phrases,
  tos: phrases,
  withs: phrases,
  // "مال سالن" = the one in the salon: a reply naming where the one meant is.
  ones: phrases,
  copulas: phrases,
  states: byEnglish,
  // The light verb of a request ("روشن کن" = turn on), said after the word that says what to do.
  commandVerbs: phrases,
  commands: byEnglish,
  // Verbs said whole ("ببند" = close, "بذار" = put, set).
  verbs: z.record(z.enum(['close', 'set']), phrases),
  // "بذار روی ۲۲": the word before a setting's number.
  setTo: phrases,
  units: phrases,
  questions: z.record(z.enum(['where', 'what temperature', 'how much', 'how many', 'which', 'what', 'when', 'how', 'what happens', 'what things', 'how is', 'what does it do']), phrases),
  haves: phrases,
  measures: byEnglish,
  nouns: byEnglish,
  // "اتاق خواب ما" = our bedroom.
  persons: phrases,
  // "و", "va": a follow-up's "and" ("va ta hammom?" = and to the bathroom?).
  ands: phrases,
  // "همه چراغا" = all the lights.
  alls: phrases,
  // "میشه قفل کرد" = can be locked: the infinitive's light verb after a word that says what to do.
  cans: phrases,
  // "که", "اگه": a clause the reader does not read ("اگه آب منبع تموم بشه" = if the tank runs dry).
  clauses: phrases,
  // "چراغ سالن هم همینطور" = the salon light too (the same request as before).
  likewise: phrases,
  // "ریست", "عوض", "avaz": what a how-to asks to do ("modem ro chetori reset konam" = how do I reset the modem).
  tasks: byEnglish,
  // Endings typed apart from their word ("دفترچه اش", "پنجره ها"): its, plurals.
  enclitics: phrases,
  // The Finglish words that mark a sentence typed in Latin letters as Persian: words no other language read writes.
  markers: phrases,
}).strict().parse(raw);

export type PersianRole = 'softener' | 'object' | 'in' | 'from' | 'to' | 'with' | 'one' | 'copula' | 'state' | 'commandVerb' | 'command' | 'verb' | 'unit' | 'question' | 'have' | 'measure' | 'noun' | 'person' | 'and' | 'all' | 'can' | 'clause' | 'task' | 'likewise';
export interface PersianToken {
  kind: PersianRole | 'word' | 'number';
  said: string;
  english: string;
  /** The word carried "its"/"it" ("خاموشش", "باتریش", "roshanesh"). */
  its?: boolean;
  /** The word carried a plural ending ("سنسورا", "بخاری ها"). */
  plural?: boolean;
}

const { table: TABLE, put } = roleTable<PersianRole>();
put('question', LEXICON.questions);
put('measure', LEXICON.measures);
put('state', LEXICON.states);
put('command', LEXICON.commands);
put('verb', LEXICON.verbs);
put('softener', LEXICON.softeners);
put('object', LEXICON.objects);
put('in', LEXICON.ins);
put('from', LEXICON.froms);
put('to', LEXICON.tos);
put('with', LEXICON.withs);
put('one', LEXICON.ones);
put('copula', LEXICON.copulas);
put('commandVerb', LEXICON.commandVerbs);
put('unit', LEXICON.units);
put('have', LEXICON.haves);
put('noun', LEXICON.nouns);
put('person', LEXICON.persons);
put('and', LEXICON.ands);
put('all', LEXICON.alls);
put('can', LEXICON.cans);
put('clause', LEXICON.clauses);
put('likewise', LEXICON.likewise);
put('task', LEXICON.tasks);

/** What a state word asks when a request verb follows it ("روشن" + "کن" = turn on). */
const COMMAND_OF = englishByPhrase(LEXICON.commands);
export const SET_TO: ReadonlySet<string> = new Set(LEXICON.setTo);
export function commandOf(word: string): string | undefined {
  return COMMAND_OF.get(word);
}

const LONGEST = longestPhrase(TABLE);
const ARABIC_SCRIPT = /[\u0600-\u06ff]/u;
const MARKERS: ReadonlySet<string> = new Set(LEXICON.markers);
const ENCLITICS: ReadonlySet<string> = new Set(LEXICON.enclitics);
/** Endings joined to a word: "its" ("ش", "esh"), the object marker ("و", "o"), the copula ("ه", "e"), a plural ("ا"). */
const ITS = ['شو', 'اشو', 'ش', 'اش', 'esh', 'ash', 'sh'];
const PLURAL_ENDINGS: ReadonlySet<string> = new Set(['هایی', 'های', 'ها', 'ایی', 'ای', 'ا']);
const OTHER_ENDINGS = ['هایی', 'های', 'ها', 'ایی', 'ای', 'و', 'ه', 'ا', 'ی', 'e', 'o', 'a', 'ye'];

/** The one cheap check run on every sentence: a letter of the Arabic script, or a Finglish marker word. */
export const mayBePersian = scriptOrMarker(ARABIC_SCRIPT, MARKERS);

/** The sentence as the home writes Persian: Persian letters for Arabic ones, Latin digits, no tatweel or punctuation. */
export function persianNormal(text: string): string {
  return text
    .normalize('NFC')
    .replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/ـ/g, '')
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[؟?!،,؛;"«»()]+/g, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

type NameWords = Set<string>;
const NAMES = new WeakMap<HomeSnapshot, { words: NameWords; whole: Map<string, string> }>();
function namesOf(snapshot: HomeSnapshot): { words: NameWords; whole: Map<string, string> } {
  let names = NAMES.get(snapshot);
  if (!names) {
    names = { words: new Set(), whole: new Map() };
    for (const entity of snapshot.byId.values()) {
      const name = persianNormal(entity.name);
      names.words.add(name);
      // "Otagh-e Sara" said "otagh sara" (its ezafe taken off as the reader takes it off).
      names.whole.set(name.replace(/-(e|ye|ie)\b/g, '').replace(/\s+/g, ' '), entity.name);
      for (const w of name.split(/[\s\u200c-]+/)) if (w) names.words.add(w);
    }
    NAMES.set(snapshot, names);
  }
  return names;
}

/** Every word of the home's names, lowercased ("چراغ", "آشپزخانه", "sara"), and each whole name. */
export function nameWords(snapshot: HomeSnapshot): NameWords {
  return namesOf(snapshot).words;
}

/** The home's name a run of words says whole, its ezafe left out ("otagh sara" → "Otagh-e Sara"). */
export function wholeName(said: string, snapshot: HomeSnapshot): string | undefined {
  return namesOf(snapshot).whole.get(said);
}

/** The sentence's tokens: lexicon phrases longest first, numbers, and words as typed (a home's name word or unknown). */
export function persianTokens(text: string, snapshot: HomeSnapshot): PersianToken[] {
  const names = nameWords(snapshot);
  const words = persianNormal(text).split(' ').flatMap((w) => finglishParts(w, names)).filter(Boolean);
  const out: PersianToken[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let len = Math.min(LONGEST, words.length - i); len >= 1 && !taken; len--) {
      const phrase = words.slice(i, i + len).join(' ');
      const cue = TABLE.get(phrase) ?? TABLE.get(phrase.replace(/\u200c/g, ' '));
      // A whole name of the home ("در ورودی") stays a name even when the lexicon knows its words.
      if (len > 1 && names.has(phrase) && !cue) {
        out.push({ kind: 'word', said: phrase, english: '' });
        taken = len;
      } else if (cue && !(len === 1 && names.has(phrase) && cue.kind === 'noun' && ARABIC_SCRIPT.test(phrase))) {
        out.push({ kind: cue.kind, said: phrase, english: cue.english });
        taken = len;
      }
    }
    if (taken) {
      i += taken;
      continue;
    }
    const word = words[i] ?? '';
    i += 1;
    out.push(wordToken(word, names));
  }
  return withEnclitics(out);
}

/** "دفترچه اش" is "دفترچه" with "its", "پنجره ها" the plural of "پنجره": the ending typed apart joins its word. */
function withEnclitics(tokens: PersianToken[]): PersianToken[] {
  const out: PersianToken[] = [];
  for (const t of tokens) {
    const before = out[out.length - 1];
    if (!ENCLITICS.has(t.said) || !before) {
      out.push(t);
      continue;
    }
    if (ITS.includes(t.said)) before.its = true;
    else before.plural = true;
  }
  return out;
}

/** "cheragh-e" → "cheragh"; "dafterche-ash" → "dafterche", "ash"; "otagh-haee" → "otagh-ha". */
function finglishParts(word: string, names: NameWords): string[] {
  if (!/^[a-z]+(-[a-z]+)+$/.test(word) || names.has(word)) return [word];
  const [head, ...rest] = word.split('-');
  const tail = rest.join('-');
  if (tail === 'e' || tail === 'ye' || tail === 'ie') return [head ?? ''];
  if (ITS.includes(tail)) return [`${head ?? ''}-${tail}`];
  if (/^ha/.test(tail)) return [`${head ?? ''}-ha`];
  return [head ?? '', ...rest];
}

function wordToken(word: string, names: NameWords): PersianToken {
  if (/^\d+(\.\d+)?%?$/.test(word)) return { kind: 'number', said: word.replace('%', ''), english: '' };
  // "cheragh" of "Cheragh Sara": a Finglish noun stays a noun (its English is said when no name is), the name's word kept.
  const noun = TABLE.get(word);
  if (names.has(word)) return noun?.kind === 'noun' && !ARABIC_SCRIPT.test(word) ? { kind: 'noun', said: word, english: noun.english } : { kind: 'word', said: word, english: '' };
  const bare = word.replace(/-/g, '');
  for (const ending of [...ITS, ...OTHER_ENDINGS]) {
    if (!bare.endsWith(ending) || bare.length - ending.length < 2) continue;
    const stem = bare.slice(0, -ending.length).replace(/\u200c$/, '');
    const cue = TABLE.get(stem);
    const its = ITS.includes(ending);
    const plural = PLURAL_ENDINGS.has(ending);
    const marks = { ...(its ? { its } : {}), ...(plural ? { plural } : {}) };
    if (cue) return { kind: cue.kind, said: stem, english: cue.english, ...marks };
    if (names.has(stem) || KIND_ENGLISH.has(stem)) return { kind: 'word', said: stem, english: '', ...marks };
  }
  return { kind: 'word', said: word, english: '' };
}

export const PERSIAN_FORMS = { places: LEXICON.places, openings: LEXICON.openings, kinds: LEXICON.kinds };

/** A Persian or Finglish kind word by the English of its kind ("سنسور" → "sensor", "کولر گازی" → "air conditioner"). */
const KIND_ENGLISH = kindByPhrase(LEXICON.kinds);
export function kindInEnglish(word: string): string | undefined {
  return KIND_ENGLISH.get(word);
}
