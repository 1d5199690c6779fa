// Sinhala's words as a household types them (lexicon/sinhala.json, checked here), in Sinhala script or romanised: each
// word of a clause becomes a word of the thing (a name of the home, an English word), a role word of the sentence's
// shape (a verb, a question word), "eke" (of / in), a number, or nothing of the request, for sinhalaPhrasing.ts.
// Sinhala's case endings are written onto the word: "-ge" of a person ("achchige" Achchi's, "nethmige"), "-e" in a
// place ("salaye" in the salaya, "kussiye"), "-ta" to ("pahanata", "kambiliyata"); a word with one is read as the
// home's word it is written on, only when the rest is a word of the home's names. A name the home writes in Sinhala
// beside its English ("Electric blanket (කම්බිලිය)") is found typed in either script ("kambiliya") and read as its
// English. Words are compared folded ("kochchara" as "kochara", v as w), as Sinhala is texted either way.
import { z } from 'zod';
import raw from '../lexicon/sinhala.json';
import type { HomeSnapshot } from '../HomeIndex';
import { perSnapshot } from '../perSnapshot';
import { SINHALA, sinhalaInLatin } from './sinhalaLetters';

const list = z.array(z.string().min(1));
const table = z.record(z.string().min(1), z.string().min(1));
export const SINHALA_WORDS = z.object({
  _comment: z.string(),
  sure: list,
  weak: list,
  // Role words: the verbs and question words that give a sentence its shape ('danna' turn on, 'koheda' where).
  roles: z.record(z.string().min(1), list),
  // Sinhala words of things, places and measures, in English.
  words: table,
  owners: table,
  // Words that are no part of what is asked: "eka" (the one), "dan" (now), who is addressed ("machan", "puthe").
  drop: list,
  all: list,
  // Words of a reason said after a request ("sadda wadi", too noisy).
  reasons: list,
}).parse(raw);

/** A word folded as Sinhala is texted either way: lowercase, doubled letters once, v as w. */
export function fold(word: string): string {
  return word.toLowerCase().replace(/v/g, 'w').replace(/(th|ch|sh|dh)\1+/g, '$1').replace(/([a-z])\1+/g, '$1');
}

const folded = (table: Record<string, string>): Map<string, string> => new Map(Object.entries(table).map(([k, v]) => [fold(k), v]));
const WORDS = folded(SINHALA_WORDS.words);
const OWNERS = folded(SINHALA_WORDS.owners);
const DROP = new Set(SINHALA_WORDS.drop.map(fold));
const ALL = new Set(SINHALA_WORDS.all.map(fold));
const REASONS = new Set(SINHALA_WORDS.reasons.map(fold));
const ROLES = new Map<string, string>();
for (const [role, forms] of Object.entries(SINHALA_WORDS.roles)) for (const form of forms) if (!ROLES.has(fold(form))) ROLES.set(fold(form), role);
/** "on da", "off karanna", "lock da": English words of switching, read with the Sinhala verb after them. */
const SWITCHES = new Set(['on', 'off', 'lock', 'unlock', 'open', 'close']);

/** One word of a clause as read. */
export interface SinhalaWord {
  kind: 'thing' | 'role' | 'switch' | 'of' | 'number' | 'all' | 'reason';
  /** The English of a thing's word, the role of a role word, the switch word, the number as typed. */
  text: string;
  /** A word of a room's or zone's name. */
  place?: boolean;
}

interface HomeWords {
  /** Folded word of the home's names (Latin letters) → the word as the home writes it, and whether it names a place. */
  words: Map<string, { text: string; place: boolean }>;
  /** The home's Sinhala names in folded Latin letters (word lists), longest first, with their English. */
  names: { latin: string[]; english: string; place: boolean }[];
}

const homeWords = perSnapshot((snapshot: HomeSnapshot): HomeWords => {
  const words = new Map<string, { text: string; place: boolean }>();
  const names: HomeWords['names'] = [];
  for (const entity of snapshot.byId.values()) {
    const place = entity.entity_type === 'room' || entity.entity_type === 'zone';
    for (const w of entity.name.split(/[^\p{Script=Latin}'’]+/u)) {
      const word = w.replace(/['’]s$/, '');
      if (word.length > 2 && !words.get(fold(word))?.place) words.set(fold(word), { text: word.toLowerCase(), place });
    }
    if (!SINHALA.test(entity.name)) continue;
    const paired = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(entity.name);
    const parts = paired ? [paired[1] ?? '', paired[2] ?? ''] : [entity.name];
    const sinhala = parts.find((p) => SINHALA.test(p)) ?? '';
    const english = parts.find((p) => p !== sinhala && /\p{Script=Latin}/u.test(p));
    if (!english) continue;
    names.push({ latin: sinhala.trim().split(/\s+/).map((w) => fold(sinhalaInLatin(w))), english: english.trim(), place });
  }
  names.sort((a, b) => b.latin.length - a.latin.length);
  return { words, names };
});

/** The word without a case ending, when the rest is a word of the home's names ("salaye" salaya, "pahanata" pahana). */
function homeWordUnder(word: string, home: HomeWords): { text: string; place: boolean; owner: boolean } | undefined {
  const own = home.words.get(word);
  if (own) return { ...own, owner: false };
  const stems: { stem: string; owner: boolean }[] = [];
  if (word.endsWith('ge') && word.length > 4) stems.push({ stem: word.slice(0, -2), owner: true });
  if (word.endsWith('e') && word.length > 3) stems.push({ stem: `${word.slice(0, -1)}a`, owner: false }, { stem: word.slice(0, -1), owner: false });
  if (word.endsWith('ta') && word.length > 4) stems.push({ stem: word.slice(0, -2), owner: false }, { stem: `${word.slice(0, -2)}a`, owner: false });
  if (word.endsWith('yata') && word.length > 6) stems.push({ stem: word.slice(0, -4), owner: false });
  for (const { stem, owner } of stems) {
    const found = home.words.get(stem) ?? sinhalaNameWord(stem, home);
    if (found) return { ...found, owner };
  }
  return undefined;
}

/** A one-word Sinhala name typed in Latin letters ("kambiliya"): its English. */
function sinhalaNameWord(word: string, home: HomeWords): { text: string; place: boolean } | undefined {
  const name = home.names.find((n) => n.latin.length === 1 && n.latin[0] === word);
  return name ? { text: name.english, place: name.place } : undefined;
}

/** The words of one clause, read. */
export function sinhalaWords(clause: string, snapshot: HomeSnapshot): SinhalaWord[] {
  const home = homeWords(snapshot);
  const typed = clause.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}%]+$/gu, '')).filter(Boolean);
  const script = typed.map((w) => SINHALA.test(w));
  const latin = typed.map((w) => fold(SINHALA.test(w) ? sinhalaInLatin(w) : w));
  const out: SinhalaWord[] = [];
  for (let i = 0; i < latin.length; i++) {
    const named = home.names.find((n) => n.latin.length > 1 && n.latin.every((w, k) => latin[i + k] === w));
    if (named) {
      out.push({ kind: 'thing', text: named.english.toLowerCase(), place: named.place });
      i += named.latin.length - 1;
      continue;
    }
    const read = readWord(latin[i] ?? '', typed[i] ?? '', script[i] ?? false, home);
    if (read) out.push(read);
  }
  // "door lock battery kiyada": a switch word is one only before the verb or "da" that says it ("lock da", "off karanna").
  return out.map((w, i) => (w.kind === 'switch' && out[i + 1]?.kind !== 'role' ? { kind: 'thing', text: w.text } : w));
}

/** Words of rooms and houses: the place of what is said with them ("ආච්චිගේ කාමරේ AC එකක්"). */
const PLACE_WORDS = new Set(['room', 'rooms', 'house']);

function readWord(word: string, typed: string, script: boolean, home: HomeWords): SinhalaWord | undefined {
  if (/^\d+(?:\.\d+)?%?$/.test(word)) return { kind: 'number', text: word };
  if (word === 'eke') return { kind: 'of', text: '' };
  if (ALL.has(word)) return { kind: 'all', text: 'all' };
  if (DROP.has(word)) return undefined;
  if (REASONS.has(word)) return { kind: 'reason', text: '' };
  const owner = OWNERS.get(word);
  if (owner) return { kind: 'thing', text: owner };
  if (SWITCHES.has(typed.toLowerCase())) return { kind: 'switch', text: typed.toLowerCase() };
  if (SWITCHES.has(word)) return { kind: 'switch', text: word };
  const role = ROLES.get(word);
  if (role) return { kind: 'role', text: role };
  const lexicon = WORDS.get(word);
  if (lexicon) return { kind: 'thing', text: lexicon, place: PLACE_WORDS.has(lexicon) };
  const name = sinhalaNameWord(word, home) ?? (home.words.has(word) ? undefined : homeWordUnder(word, home));
  if (name) return { kind: 'thing', text: 'owner' in name && name.owner ? `${name.text}'s` : name.text, place: name.place };
  // "සිරිපාලගේ": a person's "-ge" in Sinhala script is "'s" whoever it is.
  if (script && word.endsWith('ge') && word.length > 4) return { kind: 'thing', text: `${word.slice(0, -2)}'s` };
  return { kind: 'thing', text: script ? word : typed.toLowerCase(), place: home.words.get(word)?.place };
}
