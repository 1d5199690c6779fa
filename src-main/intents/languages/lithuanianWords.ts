// Lithuanian words as a household types them (lexicon/lithuanian.json), tagged by the job they do: particles (ar, yra,
// o, ir), question words (kur, kiek, kada, koks, kaip, kas), imperatives (įjunk, išjunk, atidaryk, atrakink, nustatyk),
// states (įjungta, dega, uždaryti, užrakintos), measures (laipsnių, drėgmė, baterija), relations (valdo, jungiasi,
// nueiti) and household nouns (šviesa, įrenginiai, lizdai), with or without the letters ą č ę ė į š ų ū ž ("ijunk
// sviesa virtuveje"). Lithuanian glues its cases to every word of a name ("Virtuvės šviestuvas" → "virtuvės šviestuvą",
// "Virtuvė" → "virtuvėje", "Miegamasis" → "miegamajam"): a word of the home's names is found by its stem, the case
// ending off both the word said and the name's word. "iš" (from) and "į" (to) before a place say where a way goes.
import { z } from 'zod';
import raw from '../lexicon/lithuanian.json';
import type { HomeSnapshot } from '../HomeIndex';
import { byEnglish, longestPhrase, phrases } from '../lexiconTable';
import { perSnapshot } from '../perSnapshot';
import { roleTable } from '../roleTable';
import { fold } from './basqueWords';

const LEXICON = z.object({
  homeWords: phrases,
  minHomeWords: z.number().int().min(1),
  markers: phrases,
  particles: phrases,
  // "from what": a threshold or a while ("nuo kiek laipsnių", "iki kada"), which the engine does not answer.
  questions: z.record(z.enum(['where', 'how many', 'when', 'set to', 'which', 'how', 'from what']), phrases),
  verbs: byEnglish,
  states: byEnglish,
  measures: byEnglish,
  marks: z.record(z.enum(['all', 'last']), phrases),
  relations: z.record(z.enum(['controls', 'connected', 'goes']), phrases),
  nouns: byEnglish,
  pronouns: phrases,
  ownPlaces: phrases,
  durations: phrases,
  prepositions: z.record(z.enum(['from', 'to']), phrases),
  endings: phrases,
  // A stem said for another ("didž" of "didžiajam" for "did" of "Didysis"): the same word, its stem changed by its case.
  sameStems: byEnglish,
}).strict().parse(raw);

export type LithuanianRole = 'particle' | 'question' | 'verb' | 'state' | 'measure' | 'mark' | 'relation' | 'noun' | 'duration' | 'owner' | 'preposition';
export interface LithuanianToken {
  kind: LithuanianRole | 'name' | 'number' | 'word';
  /** As folded ("virtuveje"), or the home's name as it spells it. */
  said: string;
  english: string;
  /** 'from' or 'to' after "iš" or "į"; '' otherwise. */
  case: '' | 'from' | 'to';
  /** The name is a room's, a zone's or the home's. */
  place?: boolean;
  /** The name is an automation's. */
  automation?: boolean;
  /** A word of several places' names and of no other word said ("sodyboje" of Sodybos namas and Sodybos kiemas). */
  unclear?: boolean;
}

const { table: TABLE, put } = roleTable<LithuanianRole>();
const folded = (lists: Readonly<Record<string, readonly string[]>>): Record<string, string[]> =>
  Object.fromEntries(Object.entries(lists).map(([k, list]) => [k, list.map(fold)]));
put('owner', LEXICON.ownPlaces.map(fold), 'owner');
put('relation', folded(LEXICON.relations));
put('question', folded(LEXICON.questions));
put('state', folded(LEXICON.states));
put('verb', folded(LEXICON.verbs));
put('measure', folded(LEXICON.measures));
put('mark', folded(LEXICON.marks));
put('noun', folded(LEXICON.nouns));
put('noun', LEXICON.pronouns.map(fold), 'it');
put('duration', LEXICON.durations.map(fold), 'duration');
put('preposition', folded(LEXICON.prepositions));
put('particle', LEXICON.particles.map(fold));
const LONGEST = longestPhrase(TABLE);
const ENDINGS = [...new Set(LEXICON.endings.map(fold))].sort((a, b) => b.length - a.length);
const SAME_STEMS = new Map(Object.entries(LEXICON.sameStems).flatMap(([stem, others]) => others.map((o) => [fold(o), fold(stem)] as const)));

/** A folded word without its case ending ("virtuveje", "virtuves", "virtuve" → "virtuv"); a short word as it is. */
export function stemOf(word: string): string {
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    return SAME_STEMS.get(stem) ?? stem;
  }
  return word;
}

interface HomeName {
  stems: readonly string[];
  name: string;
  place: boolean;
  automation: boolean;
}
interface HomeNames {
  names: readonly HomeName[];
  /** A stem of exactly one thing's name (not a place's): "domofon" of "Laiptinės domofonas". */
  single: ReadonlyMap<string, HomeName>;
  /** A stem of exactly one place's name: "pirt" of "Pirtis" (other names may have it too). */
  placeStem: ReadonlyMap<string, HomeName>;
  /** A stem of several places' names ("sodyb" of Sodybos namas, Sodybos kiemas and Sodybos virtuvė). */
  placesStem: ReadonlySet<string>;
  /** Every stem of the home's names. */
  nameStems: ReadonlySet<string>;
  lithuanian: boolean;
}

const nameWords = (name: string): string[] => fold(name).split(/[\s/-]+/).map((w) => w.replace(/[^\p{L}\d]/gu, '')).filter(Boolean);
const HOME_WORDS = new Set(LEXICON.homeWords.map(fold));
const NAMED_TYPES = new Set(['room', 'zone', 'home', 'device', 'door', 'window', 'automation']);

/** The stems of one owner only (an owner undefined: a thing's word that is not its last). */
const ownedOnce = (byStem: Map<string, Set<HomeName | undefined>>): Map<string, HomeName> =>
  new Map([...byStem].filter(([, owners]) => owners.size === 1 && [...owners][0]).map(([stem, owners]) => [stem, [...owners][0] as HomeName]));

/** The home's names and aliases as stems, longest first; whether the home is named in Lithuanian (once per snapshot). */
export const lithuanianNames = perSnapshot((snapshot: HomeSnapshot): HomeNames => {
  const names: HomeName[] = [];
  const things = new Map<string, Set<HomeName | undefined>>();
  const places = new Map<string, Set<HomeName | undefined>>();
  const seen = new Set<string>();
  for (const e of snapshot.byId.values()) {
    if (!NAMED_TYPES.has(e.entity_type)) continue;
    const place = e.entity_type === 'room' || e.entity_type === 'zone' || e.entity_type === 'home';
    const words = nameWords(e.name);
    for (const w of words) if (HOME_WORDS.has(w)) seen.add(w);
    const automation = e.entity_type === 'automation';
    const own: HomeName = { stems: words.map(stemOf), name: e.name, place, automation };
    names.push(own);
    const aliases = Array.isArray(e.content['aliases']) ? (e.content['aliases'] as unknown[]).filter((a): a is string => typeof a === 'string') : [];
    for (const alias of aliases) names.push({ stems: nameWords(alias).map(stemOf), name: e.name, place, automation });
    // A thing's one word names it alone when long enough ("domofon", not "lauk" of "lauke", outside); a place's from three letters ("von").
    // A thing is named by its last word only ("domofon"), never by a word describing it ("elektrin" of elektrinis).
    own.stems.forEach((stem, k) => {
      if (automation || stem.length < (place ? 3 : 5)) return;
      const byStem = place ? places : things;
      byStem.set(stem, new Set([...(byStem.get(stem) ?? []), k === own.stems.length - 1 || place ? own : undefined]));
    });
  }
  names.sort((a, b) => b.stems.length - a.stems.length);
  const single = ownedOnce(things);
  for (const stem of places.keys()) single.delete(stem);
  const placesStem = new Set([...places].filter(([, owners]) => owners.size > 1).map(([stem]) => stem));
  return { names, single, placeStem: ownedOnce(places), placesStem, nameStems: new Set(names.flatMap((n) => n.stems)), lithuanian: seen.size >= LEXICON.minHomeWords };
});

/** The folded words of a sentence, punctuation off ("ijungta?" → "ijungta"). */
export function lithuanianWords(text: string): string[] {
  return fold(text).split(/[\s,;:!?()"]+/).map((w) => w.replace(/^[.'-]+|[.'-]+$/g, '')).filter(Boolean);
}

/** The words read as tokens: the home's names first (by stems), then the lexicon's phrases, then a name's one word. */
export function lithuanianTokens(words: readonly string[], snapshot: HomeSnapshot): LithuanianToken[] {
  const home = lithuanianNames(snapshot);
  const stems = words.map(stemOf);
  const out: LithuanianToken[] = [];
  let pending: LithuanianToken['case'] = '';
  for (let i = 0; i < words.length; ) {
    const named = nameAt(stems, i, home);
    const found = lexiconAt(words, i);
    if (named && (!found || named.length > found.length)) {
      out.push({ kind: 'name', said: named.name.name, english: named.name.name, case: pending, ...(named.name.place ? { place: true } : {}), ...(named.name.automation ? { automation: true } : {}) });
      pending = '';
      i += named.length;
      continue;
    }
    if (found?.kind === 'preposition') {
      pending = found.english as LithuanianToken['case'];
      i += found.length;
      continue;
    }
    if (found) {
      out.push({ kind: found.kind, said: words.slice(i, i + found.length).join(' '), english: found.english, case: '' });
      i += found.length;
      continue;
    }
    const word = words[i] as string;
    const stem = stems[i] as string;
    i += 1;
    const number = /^(\d+(?:[.,]\d+)?)(%|°c?|c|laipsn\p{L}*)?$/u.exec(word);
    const owner = home.placeStem.get(stem) ?? home.single.get(stem);
    if (number) out.push({ kind: 'number', said: `${number[1] ?? ''}${number[2] === '%' ? '%' : ''}`, english: number[1] ?? '', case: '' });
    else if (owner) out.push({ kind: 'name', said: owner.name, english: owner.name, case: pending, ...(owner.place ? { place: true } : {}) });
    else out.push({ kind: 'word', said: word, english: word, case: '', ...(home.placesStem.has(stem) ? { unclear: true } : {}) });
    pending = '';
  }
  return out;
}

function lexiconAt(words: readonly string[], at: number): { length: number; kind: LithuanianRole; english: string } | undefined {
  for (let len = Math.min(LONGEST, words.length - at); len >= 1; len--) {
    const cue = TABLE.get(words.slice(at, at + len).join(' '));
    if (cue) return { length: len, ...cue };
  }
  return undefined;
}

/**
 * A name said at `at`: all its words in order ("naktinę lempą" is Naktinė lempa), or, of one thing's name only, two or
 * three of its words ending with its last ("palėpės šildytuvą" is Palėpės elektrinis šildytuvas, "jono juostą" Jono
 * RGB juosta) or else its first words ("šiltnamio langai" Šiltnamio langų atidarytuvas); the most words said win.
 */
function nameAt(stems: readonly string[], at: number, home: HomeNames): { length: number; name: HomeName } | undefined {
  const whole = home.names.find((n) => n.stems.length > 0 && at + n.stems.length <= stems.length && n.stems.every((s, k) => stems[at + k] === s));
  for (const len of [3, 2]) {
    if (at + len > stems.length || (whole && whole.stems.length >= len)) continue;
    const said = stems.slice(at, at + len);
    const things = home.names.filter((n) => !n.place && !n.automation && n.stems.length > len && inOrder(said, n.stems));
    const headed = new Set(things.filter((n) => n.stems[n.stems.length - 1] === said[len - 1]).map((n) => n.name));
    const opened = new Set(things.filter((n) => said.every((s, k) => n.stems[k] === s)).map((n) => n.name));
    // A name's first words only when no word of a name follows ("rūsy dviračių sandėlio durys" is no Rūsio dviračių šviesa).
    const openedAlone = opened.size === 1 && !home.nameStems.has(stems[at + len] ?? '');
    const one = headed.size === 1 ? headed : headed.size === 0 && openedAlone ? opened : undefined;
    if (one) return { length: len, name: home.names.find((n) => one.has(n.name)) as HomeName };
  }
  return whole ? { length: whole.stems.length, name: whole } : undefined;
}

/** Every stem said is a word of the name, in its order. */
function inOrder(said: readonly string[], stems: readonly string[]): boolean {
  let k = 0;
  for (const s of stems) if (s === said[k]) k += 1;
  return k === said.length;
}

/** The English of the lexicon's nouns said as plurals already ("devices", "rooms"). */
export const ENGLISH_NOUNS: ReadonlySet<string> = new Set(Object.keys(LEXICON.nouns));

/** The gate's words. */
export const LITHUANIAN_MARKERS: readonly string[] = LEXICON.markers;
