// isiZulu, as a Soweto family types it to the home, read into English (lexicon/zulu.json): "Igeyser ivuliwe?" is "is
// geyser on?", "cima isibani sikaGogo sokufunda" is "turn off Gogo's reading light", "ingabe i-heater yeparafini
// ivuliwe erondavel?" is "is paraffin heater on in rondavel?", "kubanda egumbini likaGogo, vula i-heater" is "turn on
// heater in Gogo's room". isiZulu glues its prefixes to a word: "i-heater", "Igeyser" (the thing), "erondavel" (in it),
// "ne-electric" (and), "yaseMsinga" (at Msinga), "likaGogo" (Gogo's); an unhyphened prefix counts only before a word of
// the home's names. What describes a thing comes after it ("isibani sokufunda", light of reading) and goes before it in
// English, an owner too; a question word or a state said last ("i-CO ingakanani", "isango livaliwe?") goes first.
// The home's names are kept as typed ("Isibani sasegcekeni", "irediyo kaGogo"). Only a sentence with a word only
// isiZulu says (`markers`) is read: "vula" opens a gate or door, and switches on anything else.
import { z } from 'zod';
import raw from '../lexicon/zulu.json';
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../kindLexicon';
import { perSnapshot } from '../perSnapshot';
import { markerSet, saysMarker } from '../saidWordSet';

const table = z.record(z.string().min(1), z.string());
const ZULU = z.object({
  markers: z.array(z.string().min(1)), phrases: table, words: table, things: table, states: table, questionLast: table, possessives: table, qualifiers: table,
  openings: z.array(z.string().min(1)), comfort: z.array(z.string().min(1)), prefixes: table, ownerPrefixes: z.array(z.string().min(1)),
}).strict().parse(raw);

const MARKERS = markerSet(ZULU.markers);
const PHRASES = Object.entries(ZULU.phrases).map(([said, meant]) => ({ keys: said.split(' '), meant }));
const OPENINGS = new Set(ZULU.openings);
const COMFORT = new Set(ZULU.comfort);
/** Prefixes, longest first, so "yase" is tried before "e". */
const PREFIXES = Object.entries(ZULU.prefixes).sort((a, b) => b[0].length - a[0].length);
const OWNER_PREFIXES = [...ZULU.ownerPrefixes].sort((a, b) => b.length - a.length);
/** The shortest home word an unhyphened prefix may be glued to ("Igeyser", never "ikhaya"). */
const MIN_GLUED = 4;
const EDGE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;

/** The home's names and aliases as phrase keys, and the words they are made of. */
const homeWords = perSnapshot((snapshot: HomeSnapshot): { names: ReadonlySet<string>; words: ReadonlySet<string>; longest: number } => {
  const names = new Set(snapshot.phrases.keys());
  const words = new Set<string>();
  let longest = 1;
  for (const name of names) {
    const parts = name.split(' ');
    longest = Math.max(longest, parts.length);
    for (const w of parts) if (w.length >= MIN_GLUED) words.add(w);
  }
  return { names, words, longest };
});

/** The gate: a word only isiZulu says. */
export function maySayZulu(text: string): boolean {
  return saysMarker(text, MARKERS);
}

interface Piece { text: string; key: string; noun?: boolean }

/** The sentence read into English, or undefined when it is no isiZulu. */
export function zuluPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!maySayZulu(text)) return undefined;
  const home = homeWords(snapshot);
  const question = /\?\s*$/.test(text);
  const typed = comfortLast(text.replace(/\?\s*$/, '')).split(/\s+/).filter(Boolean);
  const keys = typed.map((w) => phraseKey(EDGE.exec(w)?.[2] ?? w));
  const out: Piece[] = [];
  let nounAt = -1;
  let state: string | undefined;
  let asked: string | undefined;
  const push = (english: string, key: string, noun = false): void => {
    if (noun) nounAt = out.length;
    out.push({ text: english, key, noun });
  };
  for (let at = 0; at < typed.length; at++) {
    // A name of the home said whole stays as typed ("Isibani sasegcekeni", "irediyo kaGogo").
    const named = nameAt(keys, at, home.names, home.longest);
    if (named > 0) {
      const last = typed[at + named - 1] ?? '';
      push(`${typed.slice(at, at + named).map((w) => w.replace(/[,.;:!]+$/, '')).join(' ')}${/,$/.test(last) ? ',' : ''}`, keys[at] ?? '', true);
      at += named - 1;
      continue;
    }
    // "egumbini likaGogo" is in the room "Igumbi likaGogo": a locative (e-…-ini) of a name's first word is the name.
    const located = locativeName(keys, at, home.names, home.longest);
    if (located) {
      push('in', keys[at] ?? '');
      push(located.name, keys[at] ?? '', true);
      at += located.length - 1;
      continue;
    }
    const phrase = PHRASES.find((p) => p.keys.every((k, i) => keys[at + i] === k));
    if (phrase) {
      push(phrase.meant, phrase.keys[0] ?? '');
      at += phrase.keys.length - 1;
      continue;
    }
    const word = typed[at] ?? '';
    const key = keys[at] ?? '';
    const comma = /,$/.test(word) ? ',' : '';
    if (key in ZULU.states) { state = ZULU.states[key]; continue; }
    if (key in ZULU.questionLast) { asked = ZULU.questionLast[key]; continue; }
    if (key === 'vula') { push(OPENINGS.has(keys[at + 1] ?? '') || OPENINGS.has(gluedRest(word)) ? 'open' : 'turn on', key); continue; }
    // What describes the thing, and its owner, go before it ("isibani sikaGogo sokufunda": Gogo's reading light).
    const owner = ownerOf(word, home.words);
    const before = owner ?? ZULU.possessives[key] ?? ZULU.qualifiers[key];
    if (before !== undefined && nounAt >= 0) {
      out.splice(nounAt, 0, { text: before, key });
      // An owner stays before what describes the thing: "Gogo's" then "reading", then the light.
      if (owner !== undefined || key in ZULU.possessives) nounAt += 1;
      if (comma) out[out.length - 1] = { ...(out[out.length - 1] as Piece), text: `${out[out.length - 1]?.text ?? ''},` };
      continue;
    }
    // "egumbini" is "in room": the place word is the thing an owner goes before ("egumbini likaGogo": in Gogo's room).
    const english = ZULU.words[key];
    if (english !== undefined) {
      const [lead, thing] = english.startsWith('in ') ? ['in', english.slice(3)] : [english, undefined];
      push(thing === undefined ? lead + comma : lead, key);
      if (thing !== undefined) push(thing + comma, key, true);
      continue;
    }
    const thing = ZULU.things[key];
    if (thing !== undefined) { push(thing + comma, key, true); continue; }
    const glued = prefixed(word, home.words);
    if (glued) {
      if (glued.lead) push(glued.lead, key);
      push(glued.word + comma, phraseKey(glued.word), true);
      continue;
    }
    // A loan word after a hyphened one is the same thing ("ne-electric blanket"); any other word is a new one.
    push(word, key, !(out[out.length - 1]?.noun ?? false));
  }
  let said = out.map((p) => p.text).filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  if (asked) said = `${asked} ${said}`;
  // "ingabe" (is it that) already said "is".
  if (state) said = `is ${said.replace(/^is /, '')} ${state}`;
  return `${said}${question ? '?' : ''}`;
}

/** How many words from `at` say one of the home's names whole (the longest), or 0. */
function nameAt(keys: readonly string[], at: number, names: ReadonlySet<string>, longest: number): number {
  for (let len = Math.min(longest, keys.length - at); len >= 1; len--) {
    const words = keys.slice(at, at + len);
    if (len === 1 && (words[0] ?? '') in ZULU.words) continue;
    if (names.has(words.join(' '))) return len;
  }
  return 0;
}

/** "egumbini likaGogo" → the name "igumbi likagogo" and how many words said it, when the home has that name. */
function locativeName(keys: readonly string[], at: number, names: ReadonlySet<string>, longest: number): { name: string; length: number } | undefined {
  const stem = LOCATIVE.exec(keys[at] ?? '')?.[1];
  if (!stem) return undefined;
  // The locative drops the noun's first vowel and turns its last into -ini ("igumbi" → "egumbini", "indlu" → "endlini").
  for (const noun of NOUN_HEADS.flatMap((head) => NOUN_ENDS.map((end) => `${head}${stem}${end}`))) {
    const length = nameAt([noun, ...keys.slice(at + 1)], 0, names, longest);
    if (length > 1) return { name: [noun, ...keys.slice(at + 1, at + length)].join(' '), length };
  }
  return undefined;
}
const LOCATIVE = /^e(\p{L}{2,})ini$/u;
const NOUN_HEADS = ['i', 'u', 'isi', 'in', 'um'];
const NOUN_ENDS = ['i', 'a', 'e', 'o', 'u'];

/** "likaGogo", "sikaGogo", "kaGogo": the owner's name with "'s", when it is a word of the home's names. */
function ownerOf(word: string, homeWords: ReadonlySet<string>): string | undefined {
  const core = EDGE.exec(word)?.[2] ?? word;
  for (const prefix of OWNER_PREFIXES) {
    if (!core.toLowerCase().startsWith(prefix)) continue;
    const rest = core.slice(prefix.length);
    if (rest.length >= 3 && (/^\p{Lu}/u.test(rest) || homeWords.has(rest.toLowerCase()))) return `${rest}'s`;
  }
  return undefined;
}

/** The word after a hyphened prefix ("i-heater" → heater), for "vula" before it. */
function gluedRest(word: string): string {
  return phraseKey(word.includes('-') ? word.slice(word.indexOf('-') + 1) : word);
}

/** "i-heater" → heater, "erondavel" → in rondavel, "yaseMsinga" → at Msinga; undefined for a word with no prefix. */
function prefixed(word: string, homeWords: ReadonlySet<string>): { lead: string; word: string } | undefined {
  const core = (EDGE.exec(word)?.[2] ?? word).replace(/,$/, '');
  const dash = core.indexOf('-');
  if (dash > 0) {
    const lead = ZULU.prefixes[core.slice(0, dash).toLowerCase()];
    return lead === undefined ? undefined : { lead, word: core.slice(dash + 1) };
  }
  for (const [prefix, lead] of PREFIXES) {
    const rest = core.slice(prefix.length);
    if (core.toLowerCase().startsWith(prefix) && rest.length >= MIN_GLUED && homeWords.has(rest.toLowerCase())) return { lead, word: rest };
  }
  return undefined;
}

/** "kubanda egumbini likaGogo, vula i-heater": the request first, the place of the complaint after it. */
function comfortLast(text: string): string {
  const comma = text.indexOf(',');
  const first = text.slice(0, comma).trim().split(/\s+/);
  if (comma < 0 || !COMFORT.has((first[0] ?? '').toLowerCase())) return text;
  return `${text.slice(comma + 1).trim()} ${first.slice(1).join(' ')}`;
}
