// Basque words as a household types them (lexicon/basque.json), tagged by the job they do: particles that say nothing
// to the engine (eta, be, pls, dago), question words (non, zenbat, noiz, zelan, ze), verbs (piztu, itzali, ireki, itxi,
// jarri), states (piztuta, itxita, zabalik, giltzaz), measures (gradu, pila, hezetasuna), relations (kontrolatzen,
// lotuta, joan) and household nouns (argia, persiana, gailuak). Basque glues its cases to the last word of a phrase
// ("egongelan" in the living room, "pasillotik" from the corridor, "galeriara" to the galería, "ukuiluko" of the barn,
// "galdararen" of the boiler, "termostatoak" the thermostat doing it), and a name ending in its article -a drops it
// before a case ("Sukaldea" → "sukaldean", "Sukalde zaharra" → "sukalde zaharretik"): a name of the home is found with
// its case ending off and said as the home spells it.
import { z } from 'zod';
import raw from '../lexicon/basque.json';
import type { HomeSnapshot } from '../HomeIndex';
import { byEnglish, longestPhrase, phrases } from '../lexiconTable';
import { withoutMarks } from '../normalizeText';
import { perSnapshot } from '../perSnapshot';
import { roleTable } from '../roleTable';

const CASES = ['in', 'from', 'to', 'the one in', 'of', 'with', ''] as const;
export type BasqueCase = (typeof CASES)[number];

const LEXICON = z.object({
  homeWords: phrases,
  minHomeWords: z.number().int().min(1),
  markers: phrases,
  particles: phrases,
  questions: z.record(z.enum(['where', 'how many', 'when', 'set to', 'which', 'how', 'from where']), phrases),
  verbs: byEnglish,
  // Verbs in the habitual ("pizten da" = it comes on): a question of when, never a command.
  habitual: phrases,
  states: byEnglish,
  measures: byEnglish,
  marks: z.record(z.enum(['all', 'automatically', 'low', 'last']), phrases),
  relations: z.record(z.enum(['controls', 'connected', 'measures', 'goes']), phrases),
  nouns: byEnglish,
  endings: z.record(z.enum(CASES), phrases),
  // A name's word and the shorter words said for it ("logela": "gela", as "Aneren gelan" is in Aneren logela).
  sameWords: byEnglish,
  // Units of time after a number ("10 minutuz" = for 10 minutes): a while, never a value to set.
  durations: phrases,
  // "nire gelan" (in my room): whose room the engine cannot know.
  ownPlaces: phrases,
  // "itzali hori", "non dao hori": that one, the thing talked about.
  pronouns: phrases,
}).strict().parse(raw);
export { LEXICON as BASQUE };

export type BasqueRole = 'particle' | 'question' | 'verb' | 'habitual' | 'state' | 'measure' | 'mark' | 'relation' | 'noun' | 'duration' | 'owner';
export interface BasqueToken {
  kind: BasqueRole | 'name' | 'number' | 'word';
  said: string;
  english: string;
  case: BasqueCase;
  /** The name is a room's, a zone's or the home's. */
  place?: boolean;
  /** A noun said as the home spells it: the English of its kind ("door" of "atea"). */
  kindEnglish?: string;
}

/** Lowercase without accents, as the lexicon and the names are keyed. */
export const fold = (text: string): string => withoutMarks(text).replace(/[’‘`]/g, "'");

const { table: TABLE, put } = roleTable<BasqueRole>();
put('relation', LEXICON.relations);
put('state', LEXICON.states);
put('question', LEXICON.questions);
put('habitual', LEXICON.habitual, 'habitual');
put('verb', LEXICON.verbs);
put('measure', LEXICON.measures);
put('mark', LEXICON.marks);
put('noun', LEXICON.nouns);
put('duration', LEXICON.durations, 'duration');
put('noun', LEXICON.pronouns, 'it');
put('owner', LEXICON.ownPlaces, 'owner');
put('particle', LEXICON.particles);
const LONGEST = longestPhrase(TABLE);
const ENDINGS: ReadonlyArray<readonly [string, BasqueCase]> = CASES.flatMap((c) => LEXICON.endings[c].map((e) => [e, c] as const)).sort((a, b) => b[0].length - a[0].length);

/** Each way to read a word as a stem and a case ending: the word whole first, then with an ending off (an article -a put back too). */
export function stemsOf(word: string): Array<{ stem: string; case: BasqueCase }> {
  const out: Array<{ stem: string; case: BasqueCase }> = [{ stem: word, case: '' }];
  const dash = word.lastIndexOf('-');
  // "app-ekin", "Sonos-ean", "Josu-ren": the ending after a hyphen.
  if (dash > 0) {
    const ending = ENDINGS.find(([e]) => word.slice(dash + 1) === e);
    if (ending) return [...out, { stem: word.slice(0, dash), case: ending[1] }];
  }
  for (const [ending, c] of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, -ending.length);
    out.push({ stem, case: c }, { stem: `${stem}a`, case: c });
  }
  return out;
}

interface HomeName {
  words: readonly string[];
  name: string;
  place: boolean;
}
interface HomeNames {
  names: readonly HomeName[];
  /** Every word of the home's names and aliases. */
  nameWords: ReadonlySet<string>;
  /** A word of exactly one thing's name ("hesi" of "Hesi elektrikoa") or one place's ("pisua" of "Pisua Deusto"). */
  single: ReadonlyMap<string, HomeName>;
  basque: boolean;
}

const nameWords = (name: string): string[] => fold(name).split(/[\s/-]+/).map((w) => w.replace(/[^\p{L}\d'.]/gu, '')).filter(Boolean);
const HOME_WORDS = new Set(LEXICON.homeWords.map(fold));
const NAMED_TYPES = new Set(['room', 'zone', 'home', 'device', 'door', 'window', 'automation']);

/** The home's names and aliases as folded words, longest first; whether the home is named in Basque. */
export const homeNames = perSnapshot((snapshot: HomeSnapshot): HomeNames => {
  const names: HomeName[] = [];
  const byWord = new Map<string, Set<HomeName>>();
  const basqueSeen = new Set<string>();
  for (const e of snapshot.byId.values()) {
    if (!NAMED_TYPES.has(e.entity_type)) continue;
    const place = e.entity_type === 'room' || e.entity_type === 'zone' || e.entity_type === 'home';
    const aliases = Array.isArray(e.content['aliases']) ? (e.content['aliases'] as unknown[]).filter((a): a is string => typeof a === 'string') : [];
    const own: HomeName = { words: nameWords(e.name), name: e.name, place };
    for (const w of own.words) if (HOME_WORDS.has(w)) basqueSeen.add(w);
    names.push(own);
    for (const alias of aliases) names.push({ words: nameWords(alias), name: e.name, place });
    if (e.entity_type !== 'automation') for (const w of own.words) if (w.length >= 4) byWord.set(w, new Set([...(byWord.get(w) ?? []), own]));
  }
  names.sort((a, b) => b.words.length - a.words.length);
  const single = new Map<string, HomeName>();
  for (const [w, owners] of byWord) if (owners.size === 1) single.set(w, [...owners][0] as HomeName);
  return { names, single, nameWords: new Set(names.flatMap((n) => n.words)), basque: basqueSeen.size >= LEXICON.minHomeWords };
});

/** The cut words of a sentence: lowercased, without accents, punctuation off ("dao?" → "dao"), "%30era" kept. */
export function basqueWords(text: string): string[] {
  return fold(text).split(/[\s,;:!?¿¡()"]+/).map((w) => w.replace(/^[.']+|[.']+$/g, '')).filter(Boolean);
}

/** The words read as tokens: the home's names first (longest, the last word with its case), then the lexicon's phrases. */
export function basqueTokens(words: readonly string[], snapshot: HomeSnapshot): BasqueToken[] {
  const home = homeNames(snapshot);
  const out: BasqueToken[] = [];
  for (let i = 0; i < words.length; ) {
    const named = nameAt(words, i, home);
    const found = lexiconAt(words, i);
    // A phrase of the lexicon as long as the name wins ("ponpa" is a pump; "Putzuko ponpa" a name), unless the name is
    // said whole, with no ending ("termostatoa" is the home's Termostatoa).
    if (named && (!found || named.length > found.length || (found.cue.kind === 'noun' && named.case === '' && words[i + named.length - 1] === named.name.words[named.length - 1]))) {
      out.push({ kind: 'name', said: named.name.name, english: named.name.name, case: named.case, ...(named.name.place ? { place: true } : {}) });
      i += named.length;
      continue;
    }
    if (found) {
      out.push({ kind: found.cue.kind, said: words.slice(i, i + found.length).join(' '), english: found.cue.english, case: found.case });
      i += found.length;
      continue;
    }
    const word = words[i] as string;
    i += 1;
    const number = /^%?(\d+(?:[.,]\d+)?)(%?)(?:-?(?:ra|era|ean|an|n|ko|tan|ra|ean|ko))?$/.exec(word);
    if (number) {
      out.push({ kind: 'number', said: `${number[1] ?? ''}${word.startsWith('%') || number[2] ? '%' : ''}`, english: number[1] ?? '', case: '' });
      continue;
    }
    const one = stemsOf(word).map((s) => ({ s, owner: home.single.get(s.stem) })).find((x) => x.owner);
    if (one?.owner) out.push({ kind: 'name', said: one.owner.name, english: one.owner.name, case: one.s.case, ...(one.owner.place ? { place: true } : {}) });
    else out.push({ kind: 'word', said: word, english: word, case: '' });
  }
  // "garajeko atea": a word of a place the home does not name ("garaje") is said without its case, so the engine
  // hears that place and answers that there is none, rather than taking the door for any door.
  for (const t of out) {
    if (t.kind !== 'word' || !/\p{L}{3}ko$/u.test(t.said)) continue;
    t.said = t.said.slice(0, -2);
    t.case = 'the one in';
  }
  // "erradiadorea": a noun the home's own names use, whose English word is a word of some other name ("Guest room
  // radiator"), is said as the home spells it, so the English word does not find that one name alone.
  // A door to lock or unlock stays "door": English finds a lock by the door it locks ("front door lock").
  const locking = out.some((t) => t.kind === 'verb' && /lock$/.test(t.english));
  for (const t of out) if (t.kind === 'noun' && !locking && home.nameWords.has(t.said) && t.english.split(' ').some((w) => home.nameWords.has(w))) {
    t.kindEnglish = t.english;
    t.english = t.said;
  }
  return out;
}

function lexiconAt(words: readonly string[], at: number): { length: number; cue: { kind: BasqueRole; english: string }; case: BasqueCase } | undefined {
  for (let len = Math.min(LONGEST, words.length - at); len >= 1; len--) {
    const cue = TABLE.get(words.slice(at, at + len).join(' '));
    if (cue) return { length: len, cue, case: '' };
  }
  // "persianak", "argiak", "erradiadoreak": a noun or measure with its ending on.
  for (const s of stemsOf(words[at] as string).slice(1)) {
    const cue = TABLE.get(s.stem);
    if (cue && (cue.kind === 'noun' || cue.kind === 'measure')) return { length: 1, cue, case: s.case };
  }
  return undefined;
}

function nameAt(words: readonly string[], at: number, home: HomeNames): { length: number; name: HomeName; case: BasqueCase } | undefined {
  for (const name of home.names) {
    const len = name.words.length;
    if (len === 0 || at + len > words.length) continue;
    if (!name.words.slice(0, -1).every((w, k) => sameWord(words[at + k] as string, w))) continue;
    const last = name.words[len - 1] as string;
    const hit = stemsOf(words[at + len - 1] as string).find((s) => sameWord(s.stem, last));
    if (hit) return { length: len, name, case: hit.case };
  }
  return undefined;
}

const SAME = new Map(Object.entries(LEXICON.sameWords).flatMap(([word, others]) => others.map((o) => [fold(o), fold(word)] as const)));
/** A word said for a name's word: itself, or a word the lexicon says is the same ("gela" for "logela"). */
const sameWord = (said: string, named: string): boolean => said === named || SAME.get(said) === named;

/** The English of the lexicon's nouns ("light", "radiators"). */
export const ENGLISH_NOUNS: ReadonlySet<string> = new Set(Object.keys(LEXICON.nouns));

/** The gate's words, keyed once. */
export const BASQUE_MARKERS: readonly string[] = LEXICON.markers;
