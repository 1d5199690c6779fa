// Kinyarwanda, as a Kigali family types it to the home, read into English (lexicon/kinyarwanda.json): "zimya itara
// rya salon" is "turn off salon light", "pompe y'amazi irakora?" is "is pompe y'amazi on?", "router iri he?" is "where
// is router?", "ibiri mu kiraro" is "what is in Ikiraro", "cash power isigaje units zingahe" asks how much is left.
// Like isiZulu (zuluPhrasing.ts) a state or a question word is said after the thing ("riraka", "iri he", "zingahe")
// and goes first in English; what describes a thing comes after it ("itara rya salon", light of the salon) and goes
// before it, and "my" (ryanjye), "all" (yose) too. The home's names are kept as typed, and a name after "mu", "ku" or
// "i" loses its first vowel ("mu kiraro" is in Ikiraro, "mu cyumba cya nyogokuru" in Icyumba cya nyogokuru), so that
// vowel is put back before the home's names are looked up. A connective glued by an apostrophe ("y'igipangu",
// "n'itara") is read apart when the whole is no name's word. Only a sentence with a word only Kinyarwanda says
// (`markers`) is read, so homes of other Bantu languages (Swahili, isiZulu) never pay for it.
import { z } from 'zod';
import raw from '../lexicon/kinyarwanda.json';
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../kindLexicon';
import { perSnapshot } from '../perSnapshot';
import { markerSet, saysMarker, wordKey } from '../saidWordSet';

const table = z.record(z.string().min(1), z.string());
const words = z.array(z.string().min(1));
const KINYARWANDA = z.object({
  markers: words, asked: table, askedBefore: table, states: table, verbs: table, openings: words, before: table,
  connectives: words, words: table, dropped: words, homeWords: words,
}).strict().parse(raw);

const MARKERS = markerSet(KINYARWANDA.markers);
/** A table's phrases, longest first, as lists of keys. */
const phrasesOf = (t: Record<string, string>): { keys: string[]; meant: string }[] =>
  Object.entries(t).map(([said, meant]) => ({ keys: said.split(' '), meant })).sort((a, b) => b.keys.length - a.keys.length);
const ASKED = phrasesOf(KINYARWANDA.asked);
const ASKED_BEFORE = phrasesOf(KINYARWANDA.askedBefore);
const STATES = phrasesOf(KINYARWANDA.states);
const OPENINGS = new Set(KINYARWANDA.openings);
const CONNECTIVES = new Set(KINYARWANDA.connectives);
const DROPPED = new Set(KINYARWANDA.dropped);
const HOME_WORDS = new Set(KINYARWANDA.homeWords);
/** The vowel a noun loses after "mu", "ku", "i" ("kiraro" for "ikiraro", "bubiko" for "ububiko"). */
const LOST_VOWELS = ['i', 'u', 'a'];
const EDGE = /^([^\p{L}\p{N}']*)(.*?)([^\p{L}\p{N}]*)$/u;
const GLUED = /^([a-z]{1,3}')(\p{L}.+)$/u;

/** The home's names as phrase keys, their first words, the most words one has, and whether the home is named in Kinyarwanda. */
const homeNames = perSnapshot((snapshot: HomeSnapshot): { names: ReadonlySet<string>; firsts: ReadonlySet<string>; longest: number; named: boolean } => {
  const names = new Set(snapshot.phrases.keys());
  const firsts = new Set<string>();
  let longest = 1;
  let named = false;
  for (const name of names) {
    const parts = name.split(' ');
    longest = Math.max(longest, parts.length);
    firsts.add(parts[0] ?? '');
    named ||= parts.some((p) => HOME_WORDS.has(p));
  }
  return { names, firsts, longest, named };
});

/** The gate: a word only Kinyarwanda says. */
export function maySayKinyarwanda(text: string): boolean {
  return saysMarker(text, MARKERS);
}

interface Piece { text: string; noun: boolean }

/** The sentence read into English, or undefined when it is no Kinyarwanda. */
export function kinyarwandaPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!maySayKinyarwanda(text)) return undefined;
  const home = homeNames(snapshot);
  // Its short words ("iri", "hari") are other languages' too: only a home named in Kinyarwanda is read so.
  if (!home.named) return undefined;
  const question = /\?\s*$/.test(text);
  const typed = text.replace(/[?!]+\s*$/, '').split(/\s+/).map((w) => EDGE.exec(w)?.[2] ?? w).filter(Boolean);
  const keys = typed.map(wordKey);
  const out: Piece[] = [];
  let state: string | undefined;
  let asked: string | undefined;
  let nounAt = -1;
  let ofNoun = -1;
  let commanded = false;
  // "amatara yo kuri gate n'urukuta": the thing described is said again after each of the words describing it.
  let described: string | undefined;
  let shared: string | undefined;
  const push = (english: string, noun = false): void => {
    if (noun) nounAt = out.length;
    if (english) out.push({ text: english, noun });
  };
  for (let at = 0; at < typed.length; at++) {
    const before = phraseAt(ASKED_BEFORE, keys, at);
    if (before && out.length === 0) { push(before.meant); at += before.length - 1; continue; }
    const named = nameAt(typed, at, home);
    if (named) {
      placeOf(named.text, true);
      at += named.length - 1;
      continue;
    }
    const stated = phraseAt(STATES, keys, at);
    if (stated) { state = stated.meant; at += stated.length - 1; continue; }
    const askedHere = phraseAt(ASKED, keys, at);
    if (askedHere) { asked = askedHere.meant; at += askedHere.length - 1; continue; }
    const key = keys[at] ?? '';
    const glued = GLUED.exec(key);
    if (glued && !CONNECTIVES.has(key)) {
      // "y'igipangu": the connective, then the word, each read on its own.
      typed.splice(at, 1, glued[1] ?? '', (typed[at] ?? '').slice((glued[1] ?? '').length));
      keys.splice(at, 1, glued[1] ?? '', glued[2] ?? '');
      at--;
      continue;
    }
    const verb = KINYARWANDA.verbs[key];
    if (verb !== undefined) {
      commanded = true;
      push(verb === 'turn on' && OPENINGS.has(keys[at + 1] ?? '') ? 'open' : verb);
      continue;
    }
    // "ryanjye", "yose": said after the thing, said before it in English.
    const said = KINYARWANDA.before[key];
    if (said !== undefined && nounAt >= 0) { out.splice(nounAt, 0, { text: said, noun: false }); nounAt++; continue; }
    if (CONNECTIVES.has(key)) { if (nounAt >= 0 && nounAt === out.length - 1) ofNoun = nounAt; continue; }
    if (DROPPED.has(key)) continue;
    // A request over "all the lights mu nzu" (in the house) asks which house; a question of the house reads the home.
    const english = KINYARWANDA.words[key] === 'house' && commanded ? undefined : KINYARWANDA.words[key];
    if (english === 'and' && described !== undefined) { push(english); shared = described; described = undefined; continue; }
    placeOf(english ?? typed[at] ?? '', english === undefined || !['in', 'at', 'for', 'and'].includes(english));
  }
  let read = out.map((p) => p.text).join(' ').replace(/\s+/g, ' ').trim();
  if (!read && !asked && !state) return undefined;
  // "ikora ryari": "when does … run", the thing said between.
  if (asked) read = asked.includes('…') ? asked.replace('…', read) : `${asked} ${read}`;
  if (state) read = `is ${read || 'it'} ${state}`;
  return `${read}${question ? '?' : ''}`;

  /** A word after a connective describes the thing before it ("itara rya salon": salon light); any other is pushed. */
  function placeOf(english: string, noun: boolean): void {
    // "yo kuri gate": the place word after a connective says nothing more; "yo mu nzu" (in the house) is a place.
    if (ofNoun >= 0 && english === 'in') ofNoun = -1;
    else if (ofNoun >= 0 && !noun && english !== 'and') return;
    if (ofNoun >= 0 && noun) {
      out.splice(ofNoun, 0, { text: english, noun: false });
      described = out[ofNoun + 1]?.text;
      ofNoun = -1;
      return;
    }
    ofNoun = -1;
    push(english, noun);
    if (shared !== undefined && noun) push(shared, true);
    shared = undefined;
  }
}

/** A phrase of the table said from `at`, and how many words said it. */
function phraseAt(phrases: readonly { keys: string[]; meant: string }[], keys: readonly string[], at: number): { meant: string; length: number } | undefined {
  const found = phrases.find((p) => p.keys.every((k, i) => keys[at + i] === k));
  return found && { meant: found.meant, length: found.keys.length };
}

/** The longest name of the home said from `at`, with a first vowel put back after "mu", "ku", "i" ("mu kiraro"). */
function nameAt(typed: readonly string[], at: number, home: { names: ReadonlySet<string>; firsts: ReadonlySet<string>; longest: number }): { text: string; length: number } | undefined {
  const { names, firsts, longest } = home;
  const first = typed[at] ?? '';
  const starts = [first, ...LOST_VOWELS.map((v) => `${v}${first}`)];
  // "ku bubiko": the first word of a name ("Ububiko bw'ibirayi") said alone, its vowel put back.
  const restored = first.length >= 4 && !firsts.has(wordKey(first)) ? LOST_VOWELS.map((v) => `${v}${first}`).find((w) => firsts.has(wordKey(w))) : undefined;
  if (restored && !names.has(phraseKey([first, ...typed.slice(at + 1, at + 2)].join(' ')))) {
    const whole = nameAtLength(typed, at, [restored], names, longest);
    return whole ?? { text: restored, length: 1 };
  }
  return nameAtLength(typed, at, starts, names, longest);
}

/** The longest name said from `at`, its first word one of `starts`. */
function nameAtLength(typed: readonly string[], at: number, starts: readonly string[], names: ReadonlySet<string>, longest: number): { text: string; length: number } | undefined {
  const first = typed[at] ?? '';
  for (let len = Math.min(longest, typed.length - at); len >= 1; len--) {
    for (const start of starts) {
      const said = [start, ...typed.slice(at + 1, at + len)].join(' ');
      const key = phraseKey(said);
      if (len === 1 && (wordKey(start) in KINYARWANDA.words || CONNECTIVES.has(wordKey(start)) || DROPPED.has(wordKey(start)))) continue;
      if (start !== first && len === 1 && first.length < 4) continue;
      if (names.has(key)) return { text: said, length: len };
    }
  }
  return undefined;
}
