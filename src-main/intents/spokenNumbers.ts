// Numbers said in words, as speech-to-text writes them: "set the heating to twenty one", "set the bedroom to
// eighteen", "make it half past seven". The engine reads digits for setpoints, levels and times, so the words are read
// as the digits ("to 21", "07:30"). Only numbers from ten up and the "half past"/"quarter to" of a time are read (a
// lone "one" or "two" is mostly no number: "which one", "the two lamps"); a word a name of the home holds stays as
// said ("Studio Twelve"). The words are data (lexicon/spokenNumbers.json).
import { z } from 'zod';
import type { HomeSnapshot } from './HomeIndex';
import { namesSomething } from './kindClaims';
import lexicon from './lexicon/spokenNumbers.json';

const schema = z.object({
  units: z.record(z.string().min(1), z.number().int()),
  teens: z.record(z.string().min(1), z.number().int()),
  tens: z.record(z.string().min(1), z.number().int()),
  // "half past" seven is 07:30; "quarter to" eight is 07:45 (minutes after the hour said; negative before it).
  pastHour: z.record(z.string().min(1), z.number().int()),
  hourMarks: z.array(z.string().min(1)),
  // Numbers read only inside a time phrase, never alone: a word of another language ("ten cuidado" in Spanish).
  unmarked: z.array(z.string().min(1)),
}).strict();
const LEXICON = schema.parse(lexicon);
const UNITS = new Map(Object.entries(LEXICON.units));
const TEENS = new Map(Object.entries(LEXICON.teens));
const TENS = new Map(Object.entries(LEXICON.tens));
const PAST = Object.entries(LEXICON.pastHour).map(([said, minutes]) => ({ words: said.split(' '), minutes }));
/** The words this reader reads a sentence for: a number from ten up, or the first word of a time phrase. */
const MARKERS: ReadonlySet<string> = new Set([...TEENS.keys(), ...TENS.keys(), ...PAST.map((p) => p.words[0] ?? '')].filter((w) => !LEXICON.unmarked.includes(w)));
const HOUR_MARKS: ReadonlySet<string> = new Set(LEXICON.hourMarks);

const keyOf = (word: string): string => word.toLowerCase().replace(/[.,!?]+$/, '');
const trailing = (word: string): string => /[?!.,;:]+$/.exec(word)?.[0] ?? '';
const hourOf = (word: string): number | undefined => {
  const key = keyOf(word);
  const n = UNITS.get(key) ?? TEENS.get(key) ?? (/^\d{1,2}$/.test(key) ? Number(key) : undefined);
  return n !== undefined && n >= 1 && n <= 12 ? n : undefined;
};
const pad = (n: number): string => String(n).padStart(2, '0');

/** The sentence with its spoken numbers as digits, unchanged when it has none. */
export function spokenNumbers(text: string, snapshot: HomeSnapshot): string {
  const said = text.split(/\s+/);
  if (!said.some((w) => MARKERS.has(keyOf(w)))) return text;
  const out: string[] = [];
  let changed = false;
  for (let at = 0; at < said.length; at++) {
    const word = said[at] ?? '';
    const key = keyOf(word);
    if (!MARKERS.has(key) || namesSomething(snapshot, key)) {
      out.push(word);
      continue;
    }
    // "half past seven" → 07:30, "quarter to eight" → 07:45.
    const time = PAST.find((p) => p.words.every((w, i) => keyOf(said[at + i] ?? '') === w));
    const hour = time ? hourOf(said[at + time.words.length] ?? '') : undefined;
    if (time && hour !== undefined) {
      const minutes = hour * 60 + time.minutes;
      const last = said[at + time.words.length] ?? '';
      out.push(`${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}${trailing(last)}`);
      at += time.words.length;
      changed = true;
      continue;
    }
    const tens = TENS.get(key);
    const unit = tens !== undefined && !trailing(word) ? UNITS.get(keyOf(said[at + 1] ?? '')) : undefined;
    const value = tens !== undefined ? tens + (unit ?? 0) : TEENS.get(key);
    if (value === undefined) {
      out.push(word);
      continue;
    }
    const lastWord = unit !== undefined ? (said[at + 1] ?? '') : word;
    if (unit !== undefined) at++;
    // "seven o'clock" style marks after a number keep their meaning as a time.
    const mark = HOUR_MARKS.has(keyOf(said[at + 1] ?? '')) && value <= 12;
    out.push(mark ? `${pad(value)}:00${trailing(said[at + 1] ?? '')}` : `${value}${trailing(lastWord)}`);
    if (mark) at++;
    changed = true;
  }
  return changed ? out.join(' ') : text;
}
