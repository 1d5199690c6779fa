// Thai writes no spaces between words ("เปิดแอร์ห้องยาย" = turn on the air conditioner of grandma's room), and its
// vowel and tone marks are combining marks the word pattern of normalizeText.ts would cut a word at. A run of Thai
// letters is cut here into words by the longest word of lexicon/thai.json at each point; letters no word starts at
// stay together as one word (a person's name, "มิ้นท์"). Names of the home and sentences are cut the same way, so a
// name's words are found in a sentence ("แอร์ห้องยาย" in "ช่วยเปิดแอร์ห้องยายหน่อยค่ะ") and its kind word ("แอร์") read.
import { z } from 'zod';
import raw from '../lexicon/thai.json';

const list = z.array(z.string().min(1));
const byEnglish = z.record(z.string(), list);
export const THAI_LEXICON = z.object({
  // Thai place words join the places.json group whose first word is the key (languagePlaces.ts).
  places: byEnglish,
  // Thai kind words, by a kind phrase of kinds.json: the first of them in a Thai name is what the device is.
  kinds: byEnglish,
  // Other words, only to cut sentences and names at the right points.
  words: list,
  // Words that say nothing to the engine: politeness (ค่ะ, ครับ), "please" (หน่อย, ช่วย), "for me" (ให้).
  particles: list,
  commands: byEnglish,
  questions: byEnglish,
  states: byEnglish,
  exists: list,
  measures: byEnglish,
  // What เปิด/ปิด opens and closes rather than switches (a door, a gate, a curtain): the thing's first word says it.
  opened: list,
}).strict().parse(raw);

// Words are kept as tokenize sees them: NFKC writes sara am (ำ) as two marks (ํา).
const nfkc = (w: string): string => w.normalize('NFKC');
const WORDS: ReadonlySet<string> = new Set([
  ...Object.values(THAI_LEXICON.places).flat(), ...Object.values(THAI_LEXICON.kinds).flat(), ...THAI_LEXICON.words,
  ...THAI_LEXICON.particles, ...Object.values(THAI_LEXICON.commands).flat(), ...Object.values(THAI_LEXICON.questions).flat(),
  ...Object.values(THAI_LEXICON.states).flat(), ...THAI_LEXICON.exists, ...Object.values(THAI_LEXICON.measures).flat(),
].map(nfkc));
const LONGEST = Math.max(...[...WORDS].map((w) => w.length));

/** Thai letters and marks (U+0E00–U+0E7F). */
export const THAI = /[\u0e00-\u0e7f]/u;
export const THAI_RUN = /[\u0e00-\u0e7f]+/gu;

/** The words of one run of Thai letters, longest lexicon word first at each point. */
export function thaiWords(run: string, extra?: ReadonlySet<string>, extraLongest = 0): string[] {
  // Names (extra) first: the home's "ไฟห้องนั่งเล่น" is one thing, not the words "ไฟ" and "ห้องนั่งเล่น".
  const out: string[] = [];
  let unknown = '';
  let i = 0;
  const longest = Math.max(LONGEST, extraLongest);
  while (i < run.length) {
    let found = 0;
    for (let len = Math.min(longest, run.length - i); len >= 1 && extra; len--) {
      if (extra.has(run.slice(i, i + len))) {
        found = len;
        break;
      }
    }
    for (let len = Math.min(LONGEST, run.length - i); len >= 1 && found === 0; len--) {
      if (WORDS.has(run.slice(i, i + len))) found = len;
    }
    // A word starts only where a letter does: a mark (ั, ้, ์) always belongs to the letters before it.
    if (found === 0 || (unknown && MARK.test(run[i] ?? ''))) {
      unknown += run[i];
      i += 1;
      continue;
    }
    if (unknown) out.push(unknown);
    unknown = '';
    out.push(run.slice(i, i + found));
    i += found;
  }
  if (unknown) out.push(unknown);
  return out;
}

/** Thai vowel signs and tone marks written above or below a letter, and the vowels that follow one. */
const MARK = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e30\u0e32\u0e33\u0e45]/u;

const KIND_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(THAI_LEXICON.kinds).flatMap(([english, words]) => words.map((w) => [nfkc(w), english] as const)));

/**
 * The kind phrase (of kinds.json) a Thai name says: Thai puts what a thing is first ("แอร์ห้องยาย" = air conditioner
 * of grandma's room, "กลอนประตูหน้าบ้าน" = lock of the front door), so only the name's first Thai word counts.
 */
export function thaiKindPhrase(name: string): string | undefined {
  const run = nfkc(name).toLowerCase().match(THAI_RUN)?.[0];
  const first = run ? thaiWords(run)[0] : undefined;
  return first ? KIND_WORDS.get(first) : undefined;
}
