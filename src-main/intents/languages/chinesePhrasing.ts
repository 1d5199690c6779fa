// Chinese in characters (simplified or traditional, as Malaysian and Singaporean families type it between English
// words) in the English the engine reads. Chinese puts the verb before the thing ("关掉 pump" = turn off the pump,
// "开 客厅灯"), asks with a tag after it ("pump 开着吗" = is the pump on, "神台灯 在哪里" = where is the altar lamp),
// and says a setting with 调到 ("客厅 aircond 调到 25 度" = set it to 25 degrees). Written without spaces, so the
// home's names are found first, longest first, and the words of the lexicon (lexicon/chinese.json) in what is left;
// a character neither explains leaves the clause unread. A reason in a clause of its own ("我要换水") is left out.
// Cheap gate: a sentence without a Han character returns at once; one whose Han characters are all the home's names
// ("神台灯 still on?") has no cue and is left as typed.
import { z } from 'zod';
import type { HomeSnapshot } from '../HomeIndex';
import { perSnapshot } from '../perSnapshot';
import lexicon from '../lexicon/chinese.json';

const phrases = z.array(z.string().min(1));
const LEXICON = z.object({
  isOn: phrases,
  isOff: phrases,
  on: phrases,
  off: phrases,
  setTo: phrases,
  where: phrases,
  measures: z.record(z.string(), phrases),
  // Household nouns, said in English ("鱼缸" = aquarium) when no name of the home holds them.
  nouns: z.record(z.string(), phrases),
  howMuch: phrases,
  units: phrases,
  particles: phrases,
  // Words of tone of the English around it ("开 lah"): no part of the thing.
  tone: phrases,
}).strict().parse(lexicon);

type Role = 'noun' | 'isOn' | 'isOff' | 'on' | 'off' | 'setTo' | 'where' | 'measure' | 'howMuch' | 'unit' | 'particle';
type Token = { kind: Role | 'name' | 'latin' | 'number' | 'han'; said: string; english?: string };

const CUES = new Map<string, { kind: Role; english?: string }>();
const put = (kind: Role, list: readonly string[], english?: string): void => {
  for (const w of list) if (!CUES.has(w)) CUES.set(w, english === undefined ? { kind } : { kind, english });
};
put('isOn', LEXICON.isOn);
put('isOff', LEXICON.isOff);
put('setTo', LEXICON.setTo);
put('where', LEXICON.where);
for (const [english, list] of Object.entries(LEXICON.measures)) put('measure', list, english);
put('howMuch', LEXICON.howMuch);
for (const [english, list] of Object.entries(LEXICON.nouns)) put('noun', list, english);
put('on', LEXICON.on);
put('off', LEXICON.off);
put('unit', LEXICON.units);
put('particle', LEXICON.particles);
const LONGEST_CUE = Math.max(...[...CUES.keys()].map((k) => k.length));
const TONE = new Set(LEXICON.tone);
const HAN = /\p{Script=Han}/u;
const NUMBER = /^\d+(?:\.\d+)?$/;

/** The home's names written with Han characters, lower-cased, longest first. */
const hanNames = perSnapshot((snapshot: HomeSnapshot): string[] => {
  const names = new Set<string>();
  for (const e of snapshot.byId.values()) if (HAN.test(e.name)) names.add(e.name.toLowerCase());
  return [...names].sort((a, b) => b.length - a.length);
});

/** The sentence in English, or undefined when it has no Chinese outside the home's names or says what is not read. */
export function chinesePhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!HAN.test(text) || /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return undefined;
  const clauses = text.split(/[,，;；?？!！。]+/).map((c) => tokens(c, snapshot)).filter((c) => c.length > 0);
  const cued = (c: readonly Token[]): boolean => c.some((t) => t.kind !== 'name' && t.kind !== 'noun' && t.kind !== 'latin' && t.kind !== 'number' && t.kind !== 'han' && t.kind !== 'particle' && t.kind !== 'unit');
  const mainAt = clauses.findIndex(cued);
  const main = clauses[mainAt];
  if (!main || main.some((t) => t.kind === 'han')) return undefined;
  // "master bath 的呢? 开着吗": the thing said in the clause before a bare tag is the one asked about.
  const before = mainAt > 0 ? (clauses[mainAt - 1] ?? []) : [];
  const thingOf = (c: readonly Token[]): string => c.filter((t) => t.kind === 'name' || t.kind === 'noun' || (t.kind === 'latin' && !TONE.has(t.said.toLowerCase()))).map((t) => (t.kind === 'noun' ? (t.english ?? t.said) : t.said)).join(' ');
  const own = thingOf(main);
  const earlier = before.some((t) => t.kind === 'han') ? '' : thingOf(before);
  const thing = own || (earlier ? (before.some((t) => t.said === '的') ? `the ${earlier} one` : earlier) : '');
  const it = thing || 'it';
  const has = (kind: Role): Token | undefined => main.find((t) => t.kind === kind);
  // A number said in a clause of its own belongs to the command ("开 lah, 24 度").
  const numberClause = clauses.find((c, i) => i !== mainAt && c.some((t) => t.kind === 'number') && !c.some((t) => t.kind === 'han' || t.kind === 'name'));
  const number = main.find((t) => t.kind === 'number') ?? numberClause?.find((t) => t.kind === 'number');
  const degrees = [...main, ...(numberClause ?? [])].some((t) => t.kind === 'unit') ? ' degrees' : '';
  if (has('isOn')) return `is ${it} on`;
  if (has('isOff')) return `is ${it} off`;
  if (has('where')) return thing ? `where is ${thing}` : undefined;
  if (has('setTo')) return number ? `set ${it} to ${number.said}${degrees}` : undefined;
  const measure = has('measure');
  if (measure) return thing ? `what is the ${measure.english} of ${thing}` : `what is its ${measure.english}`;
  const on = has('on');
  const off = has('off');
  if (on && off) return undefined;
  if (on && number) return `set ${it} to ${number.said}${degrees} and turn it on`;
  if (on || off) return `turn ${on ? 'on' : 'off'} ${it}`;
  return undefined;
}

/** A clause's words: the home's names, the lexicon's words, numbers, Latin words and characters read as none. */
function tokens(clause: string, snapshot: HomeSnapshot): Token[] {
  const out: Token[] = [];
  const lower = clause.toLowerCase();
  const names = hanNames(snapshot);
  let i = 0;
  while (i < clause.length) {
    const ch = clause[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    // A name ending in a Latin letter ends at a word's end ("客厅 aircond", not "客厅 aircondx").
    const name = names.find((n) => lower.startsWith(n, i) && (HAN.test(n.slice(-1)) || !/[\p{L}\d]/u.test(lower[i + n.length] ?? '')));
    if (name) {
      out.push({ kind: 'name', said: clause.slice(i, i + name.length) });
      i += name.length;
      continue;
    }
    if (!HAN.test(ch)) {
      const word = /^[^\s\p{Script=Han}]+/u.exec(clause.slice(i))?.[0] ?? ch;
      out.push({ kind: NUMBER.test(word) ? 'number' : 'latin', said: word });
      i += word.length;
      continue;
    }
    const cue = cueAt(clause, i);
    if (cue) {
      out.push({ kind: cue.kind, said: cue.said, ...(cue.english ? { english: cue.english } : {}) });
      i += cue.said.length;
      continue;
    }
    out.push({ kind: 'han', said: ch });
    i++;
  }
  return out;
}

function cueAt(clause: string, at: number): { kind: Role; english?: string; said: string } | undefined {
  for (let len = Math.min(LONGEST_CUE, clause.length - at); len >= 1; len--) {
    const said = clause.slice(at, at + len);
    const found = CUES.get(said);
    if (found) return { ...found, said };
  }
  return undefined;
}
