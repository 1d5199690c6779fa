// Vietnamese words (as typed with or without diacritics, and the texting shortcuts "k", "ko", "dc", "j", "ntn", "bn"),
// tagged by the job they do in a sentence (lexicon/vietnamese.json). Vietnamese is matched with its tones stripped and
// "đ" read as "d", because people type it both ways ("phong khach" = "Phòng khách"). A run of words that is part of a
// name of the home stays the home's words ("den phong khach"), whatever cue words it is made of.
import { z } from 'zod';
import raw from '../lexicon/vietnamese.json';
import type { HomeSnapshot } from '../HomeIndex';
import { byEnglish, englishByPhrase, longestPhrase, phrases } from '../lexiconTable';
import { roleTable } from '../roleTable';

const LEXICON = z.object({
  particles: phrases,
  negations: phrases,
  aspects: phrases,
  questions: z.record(z.enum(['where', 'how many', 'what', 'when', 'how', 'what about']), phrases),
  commands: byEnglish,
  states: byEnglish,
  places: phrases,
  exists: phrases,
  followUps: phrases,
  measures: byEnglish,
  nouns: byEnglish,
  owners: byEnglish,
  // "nhà mình" (our home): the whole home, said as a place.
  homes: phrases,
  numberUnits: phrases,
  or: phrases,
  // "từ X lên Y" = from X up to Y: the way between two places.
  from: phrases,
  to: phrases,
  // Words that alone make a sentence Vietnamese ("ntn", "chưa", "bao nhiêu"): no other language read here has them.
  unique: phrases,
  // Words that make a sentence Vietnamese when two of them are typed without diacritics.
  strong: phrases,
  // Spellings with the accents typed that are another word than the cue they fold to ("bát" is a bowl, not "bật").
  notCues: phrases,
  // Short words other languages read here write with accents too ("não", "lá"): their accent says nothing.
  foreign: phrases,
  // Words of the lexicon that are English (or other languages' cues) too: they never count as Vietnamese.
  english: phrases,
  // Words that open the yes-or-no frame "có … không" ("co … k"), with its closing negation.
  yesNoOpeners: phrases,
  // Question words that close the same frame as "what": "có những camera nào" = which cameras are there.
  whatClosers: phrases,
  // Closing particles that make a sentence a question without a question mark ("đèn bật rồi à").
  questionParticles: phrases,
  // Classifiers: "cái đèn" points back at a lamp talked about when no name is said.
  classifiers: phrases,
  // Words for things that open and close (doors, gates, curtains, the drying rack); the rest is switched on and off.
  openable: phrases,
}).strict().parse(raw);

export type VietnameseRole = 'from' | 'particle' | 'negation' | 'aspect' | 'question' | 'command' | 'state' | 'place' | 'exists' | 'followUp' | 'measure' | 'noun' | 'owner' | 'home' | 'unit' | 'or';
export type VietnameseToken = { kind: VietnameseRole | 'name' | 'number' | 'word'; said: string; key: string; english: string };

const { table: TABLE, put } = roleTable<VietnameseRole>();
// Longer phrases are matched first whatever their role; among equal ones the earlier role wins.
put('question', LEXICON.questions);
put('command', LEXICON.commands);
put('measure', LEXICON.measures);
put('state', LEXICON.states);
put('negation', LEXICON.negations);
put('or', LEXICON.or, 'or');
put('home', LEXICON.homes, 'home');
put('followUp', LEXICON.followUps);
put('exists', LEXICON.exists);
put('noun', LEXICON.nouns);
put('owner', LEXICON.owners);
put('place', LEXICON.places, 'in');
put('unit', LEXICON.numberUnits);
put('aspect', LEXICON.aspects);
put('particle', LEXICON.particles);
put('from', LEXICON.from, 'from');
// A run of the home's name words is the name unless a measure or question of the same length is said ("nhiệt độ").
const NAME_FIRST = new Set<VietnameseRole>(['noun', 'owner', 'home', 'particle', 'aspect', 'place', 'command', 'state']);
const LONGEST_CUE = longestPhrase(TABLE);
const STRONG = new Set([...LEXICON.strong, ...LEXICON.unique]);
const UNIQUE = new Set(LEXICON.unique);
const FOREIGN = new Set(LEXICON.foreign);
const NOT_CUES = new Set(LEXICON.notCues);
export const TO_WORDS = new Set(LEXICON.to);
const COMMAND_WORDS = new Set(Object.values(LEXICON.commands).flat());
const ENGLISH = new Set(LEXICON.english);
export const VIETNAMESE_COMMANDS = LEXICON.commands;
export const QUESTION_PARTICLES: ReadonlySet<string> = new Set(LEXICON.questionParticles);
export const CLASSIFIERS: ReadonlySet<string> = new Set(LEXICON.classifiers);
/** Matches a folded name that holds a word for a thing that opens ("cua", "rem", "gian phoi"). */
export const OPENABLE = new RegExp(`\\b(?:${LEXICON.openable.join('|')})\\b`);
const NUMBER = /^-?\d+(?:[.,]\d+)?%?$/;
// Letters only Vietnamese writes: ă, đ, ơ, ư and the vowels with a tone stacked or dotted below (U+1EA0–U+1EF9).
const VIETNAMESE_LETTER = /[ăđơưĂĐƠƯ\u1ea0-\u1ef9]/u;

/** Lower-cased, tones and marks stripped, "đ" as "d": the form both the lexicon and the names are matched in. */
export function foldVietnamese(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

const WORD = /-?\d+(?:[.,]\d+)?%?|%|[\p{L}\p{N}]+/gu;

/** The typed words and their folded keys, side by side. */
export function vietnameseWords(text: string): { said: string; key: string }[] {
  return [...text.replace(/[’‘`]/g, "'").matchAll(WORD)].map((m) => ({ said: m[0], key: foldVietnamese(m[0]) }));
}

type NameIndex = { grams: Set<string>; words: Set<string>; longest: number; typedLetters: Set<string> };
const NAMES = new WeakMap<HomeSnapshot, NameIndex>();
/** Every run of two or more words of a name of the home, folded; and the single words names are made of. */
function namesOf(snapshot: HomeSnapshot): NameIndex {
  let index = NAMES.get(snapshot);
  if (!index) {
    index = { grams: new Set(), words: new Set(), longest: 1, typedLetters: new Set() };
    for (const entity of snapshot.byId.values()) {
      const keys = vietnameseWords(entity.name).map((w) => w.key);
      if (keys.length > 8) continue;
      for (const k of keys) index.words.add(k);
      for (let i = 0; i < keys.length; i++) for (let j = i + 2; j <= keys.length; j++) index.grams.add(keys.slice(i, j).join(' '));
      index.longest = Math.max(index.longest, keys.length);
    }
    NAMES.set(snapshot, index);
  }
  return index;
}

/** The sentence's words: runs that are part of the home's names, Vietnamese words with their job, numbers, others. */
export function vietnameseTokens(words: readonly { said: string; key: string }[], snapshot: HomeSnapshot): VietnameseToken[] {
  const names = namesOf(snapshot);
  const keys = words.map((w) => w.key);
  const out: VietnameseToken[] = [];
  let i = 0;
  while (i < words.length) {
    let nameLength = 0;
    for (let len = Math.min(names.longest, words.length - i); len >= 2 && !nameLength; len--) if (names.grams.has(keys.slice(i, i + len).join(' '))) nameLength = len;
    let cue: { kind: VietnameseRole; english: string; length: number } | undefined;
    for (let len = Math.min(LONGEST_CUE, words.length - i); len >= 1 && !cue; len--) {
      const found = TABLE.get(keys.slice(i, i + len).join(' '));
      if (found) cue = { ...found, length: len };
    }
    const key = keys[i] ?? '';
    if (cue?.length === 1 && NOT_CUES.has(words[i]?.said.toLowerCase() ?? '')) cue = undefined;
    if (nameLength && (nameLength > (cue?.length ?? 0) || (nameLength === cue?.length && NAME_FIRST.has(cue.kind)))) {
      out.push({ kind: 'name', said: words.slice(i, i + nameLength).map((w) => w.said).join(' '), key: keys.slice(i, i + nameLength).join(' '), english: '' });
      i += nameLength;
    } else if (cue) {
      out.push({ kind: cue.kind, said: words.slice(i, i + cue.length).map((w) => w.said).join(' '), key: keys.slice(i, i + cue.length).join(' '), english: cue.english });
      i += cue.length;
    } else {
      const said = words[i]?.said ?? '';
      out.push({ kind: NUMBER.test(key) ? 'number' : names.words.has(key) ? 'name' : 'word', said, key, english: '' });
      i++;
    }
  }
  // "mấy" (how many) and "máy" (machine) are both "may" untyped: "may" asks only before a noun, a number or at the end
  // ("có mấy phòng", "tầng mấy"); before another word it is "máy", part of the thing ("máy pha cà phê").
  for (const [i, t] of out.entries()) {
    const next = out[i + 1];
    // "nhà mình có thang máy k": before the closing "không" of a yes-or-no question it is "máy" too.
    const closing = next?.kind === 'negation' && i + 1 === out.length - 1 && out.some((o) => o.kind === 'exists');
    const machine = t.said === 'may' && next && (closing || !['noun', 'number', 'negation', 'particle', 'unit'].includes(next.kind));
    if (machine && (t.kind === 'question' || t.kind === 'measure')) out[i] = { ...t, kind: 'word', english: '' };
    // "nhà" opens a sentence as the home ("nhà có mấy cái loa") and ends one as a softener ("set 24 độ nha").
    if (t.kind === 'home' && t.key === 'nha' && i === out.length - 1 && i > 0) out[i] = { ...t, kind: 'particle', english: '' };
  }
  // Neighbouring name words are one name ("Phòng" + "Mây"), and a word the engine does not know next to a name is
  // part of it ("máy" + "pha cà phê").
  return out.reduce<VietnameseToken[]>((acc, t) => {
    const prev = acc[acc.length - 1];
    if (prev?.kind === 'name' && t.kind === 'name') acc[acc.length - 1] = { ...prev, said: `${prev.said} ${t.said}`, key: `${prev.key} ${t.key}` };
    else acc.push(t);
    return acc;
  }, []);
}

const NOUNS = englishByPhrase(LEXICON.nouns);
/**
 * A kind said in Vietnamese, in English: "cam bien khoi" is a smoke detector, "cảm biến CO2" a CO2 sensor (the longest
 * Vietnamese noun it opens with, what follows said before it), "khóa" a lock. Undefined when it opens with no noun.
 */
export function kindInEnglish(key: string, said: string): string | undefined {
  const keys = key.split(' ');
  const saidWords = said.split(' ');
  for (let len = keys.length; len >= 1; len--) {
    const english = NOUNS.get(keys.slice(0, len).join(' ')) ?? (len === 1 && keys[0] === 'khoa' ? 'lock' : undefined);
    if (english) return [...saidWords.slice(len), english].join(' ');
  }
  return undefined;
}

/** The one cheap check run on every sentence: a Vietnamese letter, or a word that is a Vietnamese cue. */
export function mayBeVietnamese(text: string, words: readonly { said: string; key: string }[]): boolean {
  return VIETNAMESE_LETTER.test(text) || words.some((w, i) => STRONG.has(w.key) || (i > 0 && STRONG.has(`${words[i - 1]?.key} ${w.key}`))) || asksYesNo(words.map((w) => w.key));
}

const NEGATIONS = new Set(LEXICON.negations);
const FRAME_OPENERS = new Set(LEXICON.yesNoOpeners);
const FRAME_CLOSERS = new Set([...LEXICON.negations, ...LEXICON.whatClosers]);
/**
 * "camera cong co dang ghi hinh k", "nha co sac o to dien k": Vietnamese asks yes or no with "có … không" (or "đang …
 * không"), typed as "co … k"; a sentence that ends in a negation with "có"/"đang" before it is that frame, and so is
 * one that ends in "nào"/"gì" ("co nhung automation nao", "dang che do j").
 */
function asksYesNo(keys: readonly string[]): boolean {
  const last = keys.length - 1;
  return last > 0 && FRAME_CLOSERS.has(keys[last] ?? '') && keys.slice(0, last).some((k) => FRAME_OPENERS.has(k));
}

/** The phrases a token's key holds, the key itself first: "bao nhieu cai" holds "bao nhieu", "de o dau" "o dau". */
function subPhrases(key: string): string[] {
  const words = key.split(' ');
  const out: string[] = [];
  for (let len = words.length; len >= 1; len--) for (let i = 0; i + len <= words.length; i++) out.push(words.slice(i, i + len).join(' '));
  return out;
}

/**
 * Is the sentence Vietnamese, judged outside the home's names: a letter only Vietnamese writes; a word only Vietnamese
 * has ("ntn", "chưa"); two Vietnamese cue words, a Vietnamese word typed with its accents counting as one; or a
 * Vietnamese command opening it on a name of the home or a number ("tat den phong khach di", "tang len 24 do").
 */
export function soundsVietnamese(tokens: readonly VietnameseToken[]): boolean {
  const outside = tokens.filter((t) => t.kind !== 'name');
  if (outside.some((t) => VIETNAMESE_LETTER.test(t.said))) return true;
  const seen = new Set<string>();
  for (const t of outside) {
    for (const k of new Set(subPhrases(t.key))) {
      if (UNIQUE.has(k)) return true;
      if (STRONG.has(k) && !ENGLISH.has(k)) seen.add(k);
    }
    if (/[\u0080-\uffff]/.test(t.said) && t.kind !== 'word' && !FOREIGN.has(t.key) && !ENGLISH.has(t.key)) seen.add(t.key);
  }
  if (seen.size >= 2) return true;
  // "tv phong ngu bat k": a closing "không" after a Vietnamese verb asks yes or no, and so does "có … không".
  const keys = outside.map((t) => t.key);
  if (asksYesNo(tokens.map((t) => t.key)) || (seen.size === 1 && NEGATIONS.has(keys[keys.length - 1] ?? '') && keys.length > 1)) return true;
  const first = tokens.find((t) => t.kind !== 'particle');
  const opensWithCommand = first?.kind === 'command' && !ENGLISH.has(first.key) && COMMAND_WORDS.has(first.key);
  return opensWithCommand && tokens.some((t) => t.kind === 'name' || t.kind === 'number' || t.kind === 'particle' || t.kind === 'noun');
}
