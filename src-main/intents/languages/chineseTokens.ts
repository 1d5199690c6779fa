// The words of a Chinese clause written without spaces (chinesePhrasing.ts, mandarinFrames.ts): the home's names in
// characters first, longest first, then the longest word of the lexicon (lexicon/chinese.json: the switching and
// asking words, the household nouns, and the question frames of Taiwanese Mandarin and Hokkien), numbers and Latin
// words; a character neither explains is a token of its own ('han') that leaves its clause unread.
import { z } from 'zod';
import type { HomeSnapshot } from '../HomeIndex';
import { perSnapshot } from '../perSnapshot';
import lexicon from '../lexicon/chinese.json';

const phrases = z.array(z.string().min(1));
// The question frames: what a clause asks when it says one of these (mandarinFrames.ts).
const FRAMES = z.object({
  locked: phrases,
  isOpen: phrases,
  isClosed: phrases,
  count: phrases,
  which: phrases,
  rooms: phrases,
  devices: phrases,
  from: phrases,
  to: phrases,
  route: phrases,
  connects: phrases,
  appAsk: phrases,
  appVerb: phrases,
  manual: phrases,
  automations: phrases,
  schedules: phrases,
  controls: phrases,
  controlledBy: phrases,
  setpoint: phrases,
  close: phrases,
  thatOne: phrases,
}).strict();
export const LEXICON = z.object({
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
  frames: FRAMES,
  // Kind words said at the end of a name ("小萱冷氣" is an air conditioner; languageKinds.ts, kindsInNames.ts).
  kinds: z.record(z.string(), phrases),
}).strict().parse(lexicon);

export type FrameRole = keyof typeof LEXICON.frames;
export type Role = 'noun' | 'isOn' | 'isOff' | 'on' | 'off' | 'setTo' | 'where' | 'measure' | 'howMuch' | 'unit' | 'particle' | FrameRole;
export type Token = { kind: Role | 'name' | 'latin' | 'number' | 'han'; said: string; english?: string };

const CUES = new Map<string, { kind: Role; english?: string }>();
const put = (kind: Role, list: readonly string[], english?: string): void => {
  for (const w of list) if (!CUES.has(w)) CUES.set(w, english === undefined ? { kind } : { kind, english });
};
for (const [role, list] of Object.entries(LEXICON.frames)) put(role as FrameRole, list);
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
export const TONE = new Set(LEXICON.tone);
export const HAN = /\p{Script=Han}/u;

/** The home's names and aliases written with Han characters ("鐵捲門" for 店面鐵捲門), lower-cased, longest first. */
const hanNames = perSnapshot((snapshot: HomeSnapshot): string[] => {
  const names = new Set<string>();
  for (const e of snapshot.byId.values()) {
    const aliases = Array.isArray(e.content['aliases']) ? e.content['aliases'].filter((a): a is string => typeof a === 'string') : [];
    for (const n of [e.name, ...aliases]) if (HAN.test(n)) names.add(n.toLowerCase());
  }
  return [...names].sort((a, b) => b.length - a.length);
});

const NUMBER = /^\d+(?:\.\d+)?%?$/;
const BOPOMOFO = /\p{Script=Bopomofo}/u;

/** A clause's words: the home's names, the lexicon's words, numbers, Latin words and characters read as none. */
export function chineseTokens(clause: string, snapshot: HomeSnapshot): Token[] {
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
    // "神明廳的神明燈": a place and a thing joined by 的 that together are one name ("神明廳神明燈").
    const joined = nameAcrossOf(lower, i, names);
    if (joined) {
      out.push({ kind: 'name', said: joined });
      i += joined.length + 1;
      continue;
    }
    // A name ending in a Latin letter ends at a word's end ("客厅 aircond", not "客厅 aircondx").
    const name = names.find((n) => lower.startsWith(n, i) && (HAN.test(n.slice(-1)) || !/[\p{L}\d]/u.test(lower[i + n.length] ?? '')));
    if (name) {
      out.push({ kind: 'name', said: clause.slice(i, i + name.length) });
      i += name.length;
      continue;
    }
    // A Zhuyin letter typed for a final particle ("調27ㄅ", "滿了ㄚ") is a word of its own.
    if (BOPOMOFO.test(ch)) {
      out.push({ kind: 'latin', said: ch });
      i++;
      continue;
    }
    if (!HAN.test(ch)) {
      const word = /^[^\s\p{Script=Han}\p{Script=Bopomofo}]+/u.exec(clause.slice(i))?.[0] ?? ch;
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
    // "立燈" for 客廳立燈: a name said without its place, when it ends one name of the home only.
    const tail = tailNameAt(lower, i, snapshot);
    if (tail) {
      out.push({ kind: 'name', said: tail.name });
      i += tail.length;
      continue;
    }
    out.push({ kind: 'han', said: ch });
    i++;
  }
  return out;
}

/** The ends of the home's device names in Han characters (two characters or more) that end one name only. */
const uniqueTails = perSnapshot((snapshot: HomeSnapshot): Map<string, string | null> => {
  const tails = new Map<string, string | null>();
  for (const e of snapshot.byId.values()) {
    if (e.entity_type !== 'device' || !HAN.test(e.name)) continue;
    const name = e.name.toLowerCase();
    for (let at = 1; at <= name.length - 2; at++) {
      const tail = name.slice(at);
      if (!/^\p{Script=Han}+$/u.test(tail)) continue;
      tails.set(tail, tails.has(tail) && tails.get(tail) !== name ? null : name);
    }
  }
  return tails;
});

function tailNameAt(lower: string, at: number, snapshot: HomeSnapshot): { name: string; length: number } | undefined {
  const tails = uniqueTails(snapshot);
  for (let len = Math.min(8, lower.length - at); len >= 2; len--) {
    const name = tails.get(lower.slice(at, at + len));
    if (name) return { name, length: len };
  }
  return undefined;
}

function nameAcrossOf(lower: string, at: number, names: readonly string[]): string | undefined {
  const of = lower.indexOf('的', at);
  if (of <= at) return undefined;
  const without = lower.slice(at, of) + lower.slice(of + 1);
  return names.find((n) => n.length > of - at && without.startsWith(n) && HAN.test(n.slice(-1)));
}

function cueAt(clause: string, at: number): { kind: Role; english?: string; said: string } | undefined {
  for (let len = Math.min(LONGEST_CUE, clause.length - at); len >= 1; len--) {
    const said = clause.slice(at, at + len);
    const found = CUES.get(said);
    if (found) return { ...found, said };
  }
  return undefined;
}
