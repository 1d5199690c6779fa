// Bengali words as a household types them (lexicon/bengali.json), in Bengali script or texted in Banglish, tagged by
// the job they do, and the home's names found in a sentence whatever glued ending a word carries ("বসার ঘরের পাখা",
// "bosar ghorer fan", "rannaghorer alo" = the home's "রান্নাঘরের আলো"). A name's word and a sentence's word are one
// when they share a stem as typed, when both are one kind word ("pakha" = "fan"), or, across the two scripts, when
// their consonant keys agree (bengaliLetters.ts). The home's names are keyed once per snapshot.
import { z } from 'zod';
import raw from '../lexicon/bengali.json';
import type { HomeSnapshot } from '../HomeIndex';
import { byEnglish, phrases } from '../lexiconTable';
import { perSnapshot } from '../perSnapshot';
import { roleList } from '../roleTable';
import { markerSet, saysMarker } from '../saidWordSet';
import { asciiDigits, BENGALI, bengaliKey, bengaliStems } from './bengaliLetters';

export const LEXICON = z.object({
  _note: z.string(),
  // Banglish words no other language the engine reads writes: the one check a sentence without Bengali script passes.
  markers: phrases,
  // Words Banglish shares with Hindi or a name ("koro", "ki", "er"): read only in the shapes of SOFT_SHAPES below.
  softMarkers: phrases,
  particles: phrases,
  and: phrases,
  it: phrases,
  of: phrases,
  in: phrases,
  commands: byEnglish,
  questions: byEnglish,
  states: byEnglish,
  exists: phrases,
  measures: byEnglish,
  kinds: byEnglish,
  relations: byEnglish,
  // Kind words of Banglish ("pakha", "alo") said in English; a kind word typed in English ("exhaust") stays as typed.
  banglishKinds: phrases,
  // Words of a question about a date in the notes that are no subject ("kobe kena hoyechilo" = when was it bought).
  noteWords: phrases,
}).strict().parse(raw);

const MARKERS = markerSet(LEXICON.markers);
const SOFT = markerSet(LEXICON.softMarkers);
// "on koro", "24 e set koro", "Qubo r ki ki", "alo ta jalao", "pump controller er app": a soft marker in a shape only
// Banglish writes ("ki ki" before a Punjabi or Hindi copula is Punjabi: "basement ch ki ki aa").
const SOFT_SHAPES = /\b(?:on|off|set|unlock|lock|e|chalu)\s+kor(?:o)?\b|\bki kore\b|\bki ki\b(?!\s+(?:aa|ae|hai|hain|han|ne|e)\b)|\b(?:er|r) ta$|\b(?:ta|ti|alo|pakha|pump|light|fan)\s+(?:chalao|jalao|jhalao)\b|\b(?:er|r)\s+(?:app|ki|jinish|battery|manual|schedule|setpoint|temperature|tala|camera|pakha|alo)\b/i;

/** The cheap check: a Bengali letter, a word only Banglish writes, or a soft marker in a Banglish shape. */
export function mayBeBengali(text: string): boolean {
  return BENGALI.test(text) || saysMarker(text, MARKERS) || (saysMarker(text, SOFT) && SOFT_SHAPES.test(text));
}

export type BengaliRole = 'particle' | 'and' | 'it' | 'of' | 'in' | 'relation' | 'command' | 'question' | 'state' | 'exists' | 'measure' | 'kind';
export interface BengaliToken {
  said: string;
  role?: BengaliRole | 'name' | 'number';
  english: string;
  entity?: { name: string; place: boolean; type: string };
  /** The glued case of the word: "-e"/"-te" (in), "-er"/"-r" (of), or "theke" after it (from). */
  case: 'in' | 'of' | 'from' | '';
}

interface Entry { role: BengaliRole; english: string; words: string[] }
const { entries, put } = roleList<BengaliRole>();
put('relation', LEXICON.relations);
put('command', LEXICON.commands);
put('question', LEXICON.questions);
put('state', LEXICON.states);
put('exists', LEXICON.exists, 'there is');
put('measure', LEXICON.measures);
put('kind', LEXICON.kinds);
put('and', LEXICON.and, 'and');
put('it', LEXICON.it, 'it');
put('of', LEXICON.of, 'of');
put('in', LEXICON.in, 'in');
put('particle', LEXICON.particles);
const ENTRIES: Entry[] = entries.map((e) => ({ role: e.kind, english: e.english, words: e.phrase.toLowerCase().split(/\s+/) }));
// Longest first; of one length, the order above (a command's "on kore dao" before the state "on").
const PHRASES = ENTRIES.map((e, i) => ({ e, i })).sort((a, b) => b.e.words.length - a.e.words.length || a.i - b.i).map((x) => x.e);
/** Only kinds and measures are found without their glued ending ("ghore", "পাখাটি", "গতিতে"). */
const STEMMED = new Set<BengaliRole>(['kind', 'measure']);
const KIND_OF = new Map<string, string>();
for (const [english, list] of Object.entries(LEXICON.kinds)) for (const w of list) if (!w.includes(' ')) KIND_OF.set(w.toLowerCase(), english);

interface Word { stems: readonly string[]; keys: readonly string[]; script: boolean; kinds: readonly string[] }
function wordOf(said: string): Word {
  const stems = bengaliStems(said);
  const keys = [...new Set(stems.map(bengaliKey).filter((k) => k.length >= 2))];
  const kinds = [...new Set(stems.map((s) => KIND_OF.get(s)).filter((k): k is string => !!k))];
  return { stems, keys, script: BENGALI.test(said), kinds };
}

/** One word of a name and one of a sentence: a stem as typed, one kind word, or one key across the two scripts. */
function sameWord(a: Word, b: Word, keyed: number): boolean {
  if (a.stems.some((s) => b.stems.includes(s))) return true;
  if (a.kinds.some((k) => b.kinds.includes(k) || b.stems.includes(k))) return true;
  if (b.kinds.some((k) => a.stems.includes(k))) return true;
  return a.script !== b.script && a.keys.some((k) => k.length >= keyed && b.keys.includes(k));
}

interface NameEntry { name: string; words: Word[]; place: boolean; type: string }
const PLACE_TYPES = new Set(['room', 'zone', 'home']);
const NAMED_TYPES = new Set(['room', 'zone', 'device', 'door', 'window', 'automation', 'schedule', 'note', 'procedure', 'app', 'manual']);
const ENDING_WORDS = new Set(['er', 'r', 'e', 'te', 'এর', 'এ', 'তে']);

/** "Dining-er pakha" → dining, pakha; "ডাইনিং-এর" → ডাইনিং: a hyphen or apostrophe before a glued ending splits it off. */
export function splitWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘`]/g, "'").split(/[\s,.()"?!;:/&+]+|-/).filter(Boolean);
}

const namesOf = perSnapshot((snapshot: HomeSnapshot): NameEntry[] => {
  const out: NameEntry[] = [];
  for (const e of snapshot.byId.values()) {
    if (!NAMED_TYPES.has(e.entity_type)) continue;
    const words = splitWords(asciiDigits(e.name)).filter((w) => !ENDING_WORDS.has(w)).map(wordOf);
    if (words.length) out.push({ name: e.name, words, place: PLACE_TYPES.has(e.entity_type), type: e.entity_type });
  }
  return out.sort((a, b) => b.words.length - a.words.length);
});

/** The sentence's words with their jobs and the home's names they say; words of no job stay as typed. */
export function bengaliTokens(text: string, snapshot: HomeSnapshot): BengaliToken[] {
  const said = splitWords(asciiDigits(text));
  const words = said.map(wordOf);
  const tokens: Array<BengaliToken | undefined> = said.map(() => undefined);
  const used = new Set<number>();
  const skippable = (i: number): boolean => ENDING_WORDS.has(said[i] ?? '') || said[i] === 'ta' || said[i] === 'ti';
  // Names of two or more words, the most words said first: each word in order, only endings and "ta" between; a name
  // said in part ("main door lock" of "Main door smart lock", "tata play" of "Tata Play box") when its first or last
  // word and one more are said and no other name is said so.
  const found: Array<{ entry: NameEntry; at: number[]; whole: boolean }> = [];
  for (const entry of namesOf(snapshot)) {
    if (entry.words.length < 2) continue;
    for (let start = 0; start < said.length; start++) {
      const at = namedFrom(entry, words, said, start, skippable);
      if (at.length < 2) continue;
      const whole = at.length === entry.words.length;
      if (whole || sameWord(entry.words[0] as Word, words[at[0] ?? 0] as Word, 3) || sameWord(entry.words[entry.words.length - 1] as Word, words[at[at.length - 1] ?? 0] as Word, 3)) found.push({ entry, at, whole });
    }
  }
  found.sort((x, y) => y.at.length - x.at.length || Number(y.whole) - Number(x.whole));
  for (const f of found) {
    if (f.at.some((i) => used.has(i))) continue;
    const span = (n: { at: number[] }): string => n.at.join(',');
    if (!f.whole && found.some((o) => o !== f && o.entry.name !== f.entry.name && span(o) === span(f) && !o.at.some((i) => used.has(i)))) continue;
    const first = f.at[0] ?? 0;
    const last = f.at[f.at.length - 1] ?? first;
    mark(tokens, used, first, last, { said: said.slice(first, last + 1).join(' '), role: 'name', english: f.entry.name, entity: { name: f.entry.name, place: f.entry.place, type: f.entry.type }, case: caseOf(said, last) });
  }
  // Lexicon phrases, the most words first.
  for (const p of PHRASES) {
    for (let i = 0; i + p.words.length <= said.length; i++) {
      if (p.words.some((w, j) => used.has(i + j) || (said[i + j] !== w && (p.words.length > 1 || !STEMMED.has(p.role) || !(words[i + j]?.stems ?? []).includes(w))))) continue;
      if (p.words.length === 1 && (p.role === 'kind' || p.role === 'measure')) continue;
      mark(tokens, used, i, i + p.words.length - 1, { said: said.slice(i, i + p.words.length).join(' '), role: p.role, english: p.english, case: caseOf(said, i + p.words.length - 1) });
    }
  }
  const single = namesOf(snapshot).filter((n) => n.words.length === 1);
  for (let i = 0; i < said.length; i++) {
    if (used.has(i)) continue;
    const w = words[i] as Word;
    const c = caseOf(said, i);
    const number = /^(\d+(?:[.,]\d+)?)(%?)$/.exec(said[i] ?? '');
    if (number) {
      tokens[i] = { said: said[i] ?? '', role: 'number', english: `${number[1] ?? ''}${number[2] ?? ''}`, case: c };
      continue;
    }
    const named = single.filter((n) => sameWord(n.words[0] as Word, w, 3));
    const entry = PHRASES.find((p) => p.words.length === 1 && (said[i] === p.words[0] || (STEMMED.has(p.role) && w.stems.includes(p.words[0] ?? ''))));
    if (named.length === 1 && named[0] && entry?.role !== 'kind') {
      tokens[i] = { said: said[i] ?? '', role: 'name', english: named[0].name, entity: { name: named[0].name, place: named[0].place, type: named[0].type }, case: c };
      continue;
    }
    tokens[i] = entry ? { said: said[i] ?? '', role: entry.role, english: kindSaid(entry, said[i] ?? ''), case: c } : { said: said[i] ?? '', english: said[i] ?? '', case: c };
  }
  return withOwnedThings(bareSwitchWords(tokens.filter((t): t is BengaliToken => !!t && t.said !== '')), snapshot);
}

const BARE = new Set(['on', 'off', 'lock', 'unlock', 'অন', 'অফ']);
/** "on", "off", "lock" alone command only last ("RGB off", "AC ta on"); before more words they say a state or a kind ("main door lock er battery"). */
function bareSwitchWords(tokens: BengaliToken[]): BengaliToken[] {
  const lastWord = [...tokens].reverse().find((t) => t.role !== 'particle');
  for (const t of tokens) {
    if (t.role !== 'command' || !BARE.has(t.said) || t === lastWord) continue;
    if (t.english === 'lock' || t.english === 'unlock') Object.assign(t, { role: 'kind', english: 'lock' });
    else Object.assign(t, { role: 'state', english: t.english.replace(/^turn /, '') });
  }
  return tokens;
}

/** "echo r volume", "dadur AC": a word of one device's name said alone (with a kind word of its name, among several) is it. */
function withOwnedThings(tokens: BengaliToken[], snapshot: HomeSnapshot): BengaliToken[] {
  const devices = namesOf(snapshot).filter((n) => n.type === 'device');
  const kinds = tokens.filter((t) => t.role === 'kind');
  for (const [i, t] of tokens.entries()) {
    if (t.role || /^\d/.test(t.said) || t.said.length < 3) continue;
    const w = wordOf(t.said);
    const having = devices.filter((d) => d.words.some((dw) => dw.stems.some((s) => w.stems.includes(s))));
    const kind = having.length > 1 ? kinds.find((k) => having.filter((d) => d.words.some((dw) => sameWord(dw, wordOf(k.said), 3))).length === 1) : undefined;
    const one = having.length === 1 ? having[0] : kind ? having.find((d) => d.words.some((dw) => sameWord(dw, wordOf(kind.said), 3))) : undefined;
    if (!one) continue;
    tokens[i] = { said: t.said, role: 'name', english: one.name, entity: { name: one.name, place: false, type: one.type }, case: t.case };
    if (kind) kind.role = 'particle';
  }
  return tokens;
}

const BANGLISH_KINDS = new Set(LEXICON.banglishKinds);
/** A kind typed in English ("exhaust", "AC") is said as typed, one in Bengali or Banglish in English. */
function kindSaid(entry: Entry, said: string): string {
  if (entry.role !== 'kind' || BENGALI.test(said)) return entry.english;
  const stem = bengaliStems(said).find((s) => entry.words.includes(s)) ?? said;
  return BANGLISH_KINDS.has(stem) || entry.english === 'device' || entry.english === 'room' ? entry.english : stem;
}

/** The sentence's words from `start` that say the name's words in order (a name's word may go unsaid). */
function namedFrom(entry: NameEntry, words: readonly Word[], said: readonly string[], start: number, skippable: (i: number) => boolean): number[] {
  const at: number[] = [];
  let i = start;
  for (const w of entry.words) {
    let j = i;
    while (at.length > 0 && j < said.length && skippable(j) && !sameWord(w, words[j] as Word, 2)) j++;
    if (j < said.length && sameWord(w, words[j] as Word, 2)) {
      at.push(j);
      i = j + 1;
    }
  }
  return at;
}

function mark(tokens: Array<BengaliToken | undefined>, used: Set<number>, from: number, to: number, token: BengaliToken): void {
  tokens[from] = token;
  for (let j = from; j <= to; j++) used.add(j);
  for (let j = from + 1; j <= to; j++) tokens[j] = { said: '', english: '', case: '' };
}

/** The case glued to a word or said after it: "ghore"/"bari te" in, "ghorer"/"Rik er" of, "X theke" from. */
function caseOf(said: readonly string[], i: number): BengaliToken['case'] {
  const next = said[i + 1] ?? '';
  if (next === 'theke' || next === 'থেকে') return 'from';
  if (LEXICON.of.includes(next)) return 'of';
  if (LEXICON.in.includes(next)) return 'in';
  const w = said[i] ?? '';
  if (/(er|'r|r)$/.test(w) || /(ের|র)$/u.test(w)) return 'of';
  if (/(e|te|y)$/.test(w) || /(ে|তে|য়)$/u.test(w)) return 'in';
  return '';
}
