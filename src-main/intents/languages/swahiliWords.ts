// Swahili and Sheng words, tagged by the job they do in a sentence (lexicon/swahiliCues.json). A name of the home is
// a name first ("Jiko", "Sebule", a brand "Iko"), and only the words left are read as Swahili: the copulas of every
// noun class (iko/ziko/kiko/viko/liko/yako/uko, Tanzanian ipo/zipo…), question words, commands with their object
// prefixes ("izime" = turn it off), verbs with subject and tense prefixes ("zimewaka" = they are on, "inarun" = it is
// running), the locative "-ni" ("sebuleni" = in the sebule) and "-je" ("nawekaje" = how do I put).
import { z } from 'zod';
import cues from '../lexicon/swahiliCues.json';
import { kindForPhrase, phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { phrases } from '../lexiconTable';
import { homeWords } from '../homeWords';

const LEXICON = z.object({
  politeLeads: phrases,
  tags: phrases,
  copulas: z.object({ singular: phrases, plural: phrases }).strict(),
  strongCopulas: phrases,
  negativeCopulas: phrases,
  noneExists: phrases,
  exists: phrases,
  have: phrases,
  has: phrases,
  questions: z.record(z.enum(['where', 'which', 'howMany', 'howMuch', 'what', 'when', 'how', 'who', 'why', 'ask']), phrases),
  inPlace: phrases,
  outside: phrases,
  of: phrases,
  and: phrases,
  also: phrases,
  all: phrases,
  any: phrases,
  it: phrases,
  its: phrases,
  other: phrases,
  states: z.record(z.string(), phrases),
  subjectPrefixes: phrases,
  tenses: phrases,
  verbStems: z.record(z.string(), z.string()),
  shengStems: z.record(z.string(), z.string()),
  commands: z.record(z.string(), z.object({ english: z.string(), subjunctive: z.string(), applied: z.string(), lock: z.string().optional(), light: z.string().optional() }).strict()),
  objectPrefixes: z.record(z.string(), z.string()),
  politeSubjects: phrases,
  howSuffixVerbs: z.record(z.string(), z.string()),
  units: z.record(z.string(), z.string()),
  setLinks: phrases,
  nouns: z.record(z.string(), z.tuple([z.string(), z.string()])),
  // "zote za juu": the floor said after a connector.
  floors: z.record(z.string(), z.string()),
  numbers: z.object({ units: z.record(z.string(), z.number().int()), tens: z.record(z.string(), z.number().int()) }).strict(),
}).strict().parse(cues);
export { LEXICON as SWAHILI };

export type Tag =
  | { kind: 'name'; text: string; place: boolean; locative?: boolean }
  | { kind: 'copula'; plural: boolean; strong: boolean; negative: boolean }
  | { kind: 'none' | 'exists' | 'have' | 'has' | 'in' | 'outside' | 'of' | 'and' | 'also' | 'all' | 'any' | 'it' | 'its' | 'other' | 'polite' }
  | { kind: 'swahiliVerb'; past: boolean; doing?: string }
  | { kind: 'question'; role: string }
  | { kind: 'state'; state: string }
  | { kind: 'verb'; state: string; plural: boolean; past: boolean }
  | { kind: 'command'; english: string; lock?: string; light?: string; object?: string }
  | { kind: 'howTo'; english: string }
  | { kind: 'noun'; singular: string; plural: string }
  | { kind: 'unit'; english: string }
  | { kind: 'word'; text: string };
export type Token = Tag & { said: string };

const PLURAL_PREFIXES = new Set(['zi', 'vi', 'ya', 'wa', 'tu', 'm']);
const COMMAND_FORMS = new Map<string, Omit<Extract<Tag, { kind: 'command' }>, 'kind'>>();
for (const [verb, forms] of Object.entries(LEXICON.commands)) {
  const base = { english: forms.english, ...(forms.lock ? { lock: forms.lock } : {}), ...(forms.light ? { light: forms.light } : {}) };
  COMMAND_FORMS.set(verb, base);
  // "iwashe", "zizime", "kiweke": the object said in front of the verb ("switch it on", "switch them off").
  for (const [object, english] of Object.entries(LEXICON.objectPrefixes)) {
    for (const lead of ['', ...LEXICON.politeSubjects]) COMMAND_FORMS.set(`${lead}${object}${forms.subjunctive}`, { ...base, object: english });
    COMMAND_FORMS.set(`${object}${forms.applied}`, { ...base, object: english });
  }
  // "niwashie", "niwekee": "switch on for me" (after the object forms: "ni" is me, not it).
  for (const applied of [forms.applied, `${forms.applied.slice(0, -1)}e`]) COMMAND_FORMS.set(`ni${applied}`, base);
  COMMAND_FORMS.set(`${verb}ni`, base);
}

/** Every fixed phrase of the lexicon with its tag, longest first when read. */
const PHRASES = new Map<string, Tag>();
const put = (list: readonly string[], tag: Tag): void => {
  for (const p of list) if (!PHRASES.has(p)) PHRASES.set(p, tag);
};
for (const [role, list] of Object.entries(LEXICON.questions)) put(list, { kind: 'question', role });
put(LEXICON.noneExists, { kind: 'none' });
put(LEXICON.have, { kind: 'have' });
put(LEXICON.has, { kind: 'has' });
put(LEXICON.exists, { kind: 'exists' });
put(LEXICON.negativeCopulas, { kind: 'copula', plural: false, strong: true, negative: true });
for (const plural of [false, true]) {
  put(plural ? LEXICON.copulas.plural : LEXICON.copulas.singular, { kind: 'copula', plural, strong: false, negative: false });
}
for (const [state, list] of Object.entries(LEXICON.states)) put(list, { kind: 'state', state });
put(LEXICON.outside, { kind: 'outside' });
put(LEXICON.inPlace, { kind: 'in' });
put(LEXICON.its, { kind: 'its' });
put(LEXICON.other, { kind: 'other' });
put(LEXICON.all, { kind: 'all' });
put(LEXICON.any, { kind: 'any' });
put(LEXICON.it, { kind: 'it' });
put(LEXICON.of, { kind: 'of' });
put(LEXICON.also, { kind: 'also' });
put(LEXICON.and, { kind: 'and' });
for (const [word, [singular, plural]] of Object.entries(LEXICON.nouns)) PHRASES.set(word, { kind: 'noun', singular, plural });
for (const [word, english] of Object.entries(LEXICON.units)) if (!PHRASES.has(word)) PHRASES.set(word, { kind: 'unit', english });
const STRONG = new Set(LEXICON.strongCopulas);
const MAX_PHRASE = 3;

/** "ishirini na mbili" → "22", "kumi na nane" → "18", "tano" → "5": numbers said in words, as digits (names stay). */
function withDigits(words: readonly string[], snapshot: HomeSnapshot): string[] {
  const { units, tens } = LEXICON.numbers;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const ten = tens[word];
    const unit = units[word];
    if ((ten === undefined && unit === undefined) || snapshot.phrases.has(phraseKey(word))) {
      out.push(word);
      continue;
    }
    const after = units[words[i + 2] ?? ''];
    if (ten !== undefined && words[i + 1] === 'na' && after !== undefined) {
      out.push(String(ten + after));
      i += 2;
    } else out.push(String(ten ?? unit));
  }
  return out;
}

/** The sentence's words, each a name of the home or a Swahili word with its job (a plain word when neither). */
export function swahiliTokens(said: readonly string[], snapshot: HomeSnapshot): Token[] {
  const words = withDigits(said, snapshot);
  const out: Token[] = [];
  for (let i = 0; i < words.length; ) {
    const name = nameAt(words, i, snapshot);
    const fixed = phraseAt(words, i);
    // A name of two words or more, or a one-word name that is no lexicon phrase of more words, is the home's.
    if (name > 0 && (name > 1 || !fixed || fixed.length === 1)) {
      const said = words.slice(i, i + name).join(' ');
      out.push({ kind: 'name', text: said, place: isPlace(said, snapshot), said });
      i += name;
      continue;
    }
    const word = words[i] ?? '';
    if (fixed) {
      const tag = fixed.tag.kind === 'copula' ? { ...fixed.tag, strong: fixed.tag.strong || STRONG.has(fixed.said) } : fixed.tag;
      out.push({ ...tag, said: fixed.said });
      i += fixed.length;
      continue;
    }
    out.push({ ...wordTag(word, words[i + 1], snapshot), said: word });
    i += 1;
  }
  return out;
}

function wordTag(word: string, next: string | undefined, snapshot: HomeSnapshot): Tag {
  const command = COMMAND_FORMS.get(word);
  if (command) return { kind: 'command', ...command };
  const located = locative(word, snapshot);
  if (located) return { kind: 'name', text: located, place: isPlace(located, snapshot), locative: true };
  const how = howSuffix(word);
  if (how) return { kind: 'howTo', english: how };
  const verb = verbForm(word, next);
  if (verb) return verb;
  return unknownVerb(word, snapshot) ?? { kind: 'word', text: word };
}

/** "zimewaka" (they are lit), "imefungwa" (it is shut), "inarun" (it runs): subject + tense + a known stem. */
function verbForm(word: string, next: string | undefined): Tag | undefined {
  for (const prefix of LEXICON.subjectPrefixes) {
    if (!word.startsWith(prefix)) continue;
    for (const tense of LEXICON.tenses) {
      if (!word.startsWith(prefix + tense)) continue;
      const stem = word.slice(prefix.length + tense.length);
      const state = (next && LEXICON.verbStems[`${stem} ${next}`]) || LEXICON.verbStems[stem] || LEXICON.shengStems[stem];
      if (state && stem.length >= 2) return { kind: 'verb', state, plural: PLURAL_PREFIXES.has(prefix), past: tense === 'li' };
    }
  }
  return undefined;
}

/**
 * "ilinunuliwa", "inachukuliwa", "nafungua": a Swahili verb (subject + tense + a stem ending in -a) that is no word of
 * the home. It says nothing of the target; its tense tells "when was" from "when is", and "na-" + a command verb is
 * what I do ("nafungua aje" = how do I open).
 */
const SWAHILI_VERB = /^(zi|ki|vi|li|ya|wa|ku|tu|ni|i|u|a|m)(me|na|li|ta|ka|sha)([a-z]{3,}a)$/;
function unknownVerb(word: string, snapshot: HomeSnapshot): Tag | undefined {
  const m = SWAHILI_VERB.exec(word) ?? /^()(na|ku)([a-z]{2,}a)$/.exec(word);
  if (!m || homeWords(snapshot).has(word) || kindForPhrase(phraseKey(word))) return undefined;
  const doing = (m[1] === '' && m[2] === 'na') || m[1] === 'ni' || m[1] === 'tu' ? LEXICON.howSuffixVerbs[m[3] ?? ''] : undefined;
  return { kind: 'swahiliVerb', past: m[2] === 'li', ...(doing ? { doing } : {}) };
}

/** "nawekaje", "tunawashaje": how do I (we) do it. */
function howSuffix(word: string): string | undefined {
  const m = /^(?:ni|tu|u|m)?na(\w+)je$/.exec(word) ?? /^(\w+)je$/.exec(word);
  return m?.[1] ? LEXICON.howSuffixVerbs[m[1]] : undefined;
}

/** "sebuleni", "chumbani", "bafuni": the place the "-ni" ending puts it in, when the home names the stem. */
function locative(word: string, snapshot: HomeSnapshot): string | undefined {
  if (!word.endsWith('ni') || word.length < 5) return undefined;
  const stem = word.slice(0, -2);
  return snapshot.phrases.has(phraseKey(stem)) || LEXICON.nouns[stem] ? stem : undefined;
}

function isPlace(said: string, snapshot: HomeSnapshot): boolean {
  return (snapshot.phrases.get(phraseKey(said)) ?? []).some((e) => e.entity_type === 'room' || e.entity_type === 'zone' || e.entity_type === 'home');
}

/** True when the words name something of the home whose data says it locks (a lock's "funga" is "lock"). */
export function locks(said: string, snapshot: HomeSnapshot): boolean {
  return (snapshot.phrases.get(phraseKey(said)) ?? []).some((e) => {
    const content = JSON.stringify([e.content['type'], e.content['capabilities']]).toLowerCase();
    const state = e.content['state'];
    return content.includes('lock') || e.content['has_lock'] === true || /\block\b/i.test(e.name) || (typeof state === 'object' && state !== null && 'locked' in state);
  });
}

/** True when the words name a light (or say a light kind): "punguza" dims it. */
export function isLight(said: string, snapshot: HomeSnapshot): boolean {
  if (kindForPhrase(phraseKey(said))?.id === 'light') return true;
  return (snapshot.phrases.get(phraseKey(said)) ?? []).some((e) => String(e.content['type'] ?? '').includes('light'));
}

/** Length of the longest name of the home that the words say from `at` (0 when none; never a bare cue word). */
function nameAt(words: readonly string[], at: number, snapshot: HomeSnapshot): number {
  for (let len = Math.min(snapshot.longestPhrase, words.length - at); len >= 1; len--) {
    const said = words.slice(at, at + len).join(' ');
    if (snapshot.phrases.has(phraseKey(said)) || (len === 1 && snapshot.manufacturers.has(phraseKey(said)))) return len;
  }
  return 0;
}

function phraseAt(words: readonly string[], at: number): { tag: Tag; length: number; said: string } | undefined {
  for (let len = Math.min(MAX_PHRASE, words.length - at); len >= 1; len--) {
    const said = words.slice(at, at + len).join(' ');
    const tag = PHRASES.get(said);
    if (tag) return { tag, length: len, said };
  }
  return undefined;
}
