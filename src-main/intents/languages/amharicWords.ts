// Amharic's words as a household types them (lexicon/amharic.json, checked here), in Ge'ez script or romanised: each
// word of a sentence becomes a name of the home, an English word, or a role word of the sentence's shape (a verb, a
// question word) for amharicPhrasing.ts. A name the home writes in Ge'ez beside its English ("Grandma's heater
// (የእማማ ማሞቂያ)") is found as typed, its last word maybe with an ending on it ("ፓምፑን" pamp-u-n: the pump, as object)
// and its "የ" (of) maybe left out ("እማማ ክፍል"), and read as the English the home gives it. A word that is the last
// word of one name only ("ፓውዛውን", the floodlight "የግቢ ፓውዛ") is that name. Romanised words lose their endings
// ("generator-u", "pump-un", "camera-woch") and their "ye" (of).
import { z } from 'zod';
import raw from '../lexicon/amharic.json';
import type { HomeSnapshot } from '../HomeIndex';
import { perSnapshot } from '../perSnapshot';
import { GEEZ, geezInLatin } from './geezLetters';

const list = z.array(z.string().min(1));
const table = z.record(z.string().min(1), z.string().min(1));
export const AMHARIC = z.object({
  _comment: z.string(),
  sure: list,
  // Role words: the verbs and question words that give a sentence its shape ('abr*' turn on, 'snt' how much).
  roles: z.record(z.string().min(1), list),
  // A verb after "how" ("indet … yemkeftew"): what is done.
  howVerbs: table,
  // Amharic words of things, places and measures, in English.
  words: table,
  // Words of a reason said after a request ("integnalen" we are going to sleep): no part of the request.
  reasons: list,
  owners: table,
  // Endings written onto a word: the (-u, -w), the object (-n), and-what-about (-s), plural (-och, -woch).
  suffixes: list,
}).parse(raw);

/** One word of a sentence as read: a name of the home, an English word, a role word, or nothing of the request. */
export interface AmharicWord {
  kind: 'name' | 'word' | 'role' | 'reason' | 'other';
  /** A name of a room or zone. */
  place?: boolean;
  /** The English of a name or word; the role of a role word. */
  text: string;
  plural?: boolean;
}

const SUFFIXES = [...AMHARIC.suffixes].sort((a, b) => b.length - a.length);
const WORDS: ReadonlyMap<string, string> = new Map(Object.entries(AMHARIC.words));
const REASONS = new Set(AMHARIC.reasons);
const ROLE_EXACT = new Map<string, string>();
const ROLE_STEMS: { stem: string; role: string }[] = [];
for (const [role, forms] of Object.entries(AMHARIC.roles)) {
  for (const form of forms) {
    if (form.endsWith('*')) ROLE_STEMS.push({ stem: form.slice(0, -1), role });
    else if (!ROLE_EXACT.has(form)) ROLE_EXACT.set(form, role);
  }
}
const HOW_VERBS = Object.entries(AMHARIC.howVerbs).map(([stem, verb]) => ({ stem: stem.replace(/\*$/, ''), verb }));

/** The role of a word in Latin letters ("abraw" turnOn, "snt" howMuch), if it has one. */
export function roleOf(latin: string): string | undefined {
  return ROLE_EXACT.get(latin) ?? ROLE_STEMS.find((s) => latin.startsWith(s.stem) && latin.length > s.stem.length)?.role;
}

/** The verb of a "how do I" ("yemkeftew" open). */
export function howVerbOf(latin: string): string | undefined {
  return HOW_VERBS.find((h) => latin.startsWith(h.stem))?.verb;
}

interface GeezName {
  latin: string[];
  english: string;
  place: boolean;
}

/** The part of a name in Ge'ez and its English beside it ("Grandma's heater (የእማማ ማሞቂያ)"); undefined unless both. */
function nameParts(name: string): { geez: string[]; english: string } | undefined {
  if (!GEEZ.test(name)) return undefined;
  const paired = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(name);
  const parts = paired ? [paired[1] ?? '', paired[2] ?? ''] : [name];
  const geez = parts.find((p) => GEEZ.test(p)) ?? '';
  const english = parts.find((p) => p !== geez && /\p{Script=Latin}/u.test(p)) ?? geez;
  const words = geez.trim().split(/\s+/);
  // "ካሜራ 1", "ሰርቪስ LED": a Ge'ez part with other letters or digits is no Ge'ez name to find word by word.
  if (!words.every((w) => /^[\u1200-\u135a]+$/u.test(w))) return undefined;
  return { geez: words, english: english.trim() };
}

/** Per snapshot: the home's Ge'ez names in Latin letters, longest first, and the last words that end one name only. */
const geezNames = perSnapshot((snapshot: HomeSnapshot): { names: GeezName[]; lastWords: Map<string, string>; sharedLast: Map<string, string> } => {
  const names: GeezName[] = [];
  const lastCount = new Map<string, string[]>();
  const geezOf = new Map<string, string>();
  for (const entity of snapshot.byId.values()) {
    const parts = nameParts(entity.name);
    if (!parts) continue;
    const latin = parts.geez.map(geezInLatin);
    const place = entity.entity_type === 'room' || entity.entity_type === 'zone';
    names.push({ latin, english: parts.english, place });
    const last = latin[latin.length - 1] ?? '';
    lastCount.set(last, [...(lastCount.get(last) ?? []), parts.english]);
    geezOf.set(last, parts.geez[parts.geez.length - 1] ?? '');
  }
  names.sort((a, b) => b.latin.length - a.latin.length || b.latin.join('').length - a.latin.join('').length);
  const lastWords = new Map<string, string>();
  // "ቦይለሩን": the last word of several names ("የሰርቪስ ቦይለር", "የቢሾፍቱ ቦይለር") is kept in Ge'ez, so all of them answer.
  const sharedLast = new Map<string, string>();
  for (const [last, of] of lastCount) {
    if (WORDS.has(last)) continue;
    if (of.length === 1) lastWords.set(last, of[0] ?? '');
    else sharedLast.set(last, geezOf.get(last) ?? '');
  }
  return { names, lastWords, sharedLast };
});

/** Per snapshot: the words of the home's names in Latin letters ("bishoftu", "salon"). */
const nameWords = perSnapshot((snapshot: HomeSnapshot): ReadonlySet<string> => {
  const words = new Set<string>();
  for (const entity of snapshot.byId.values()) for (const w of entity.name.toLowerCase().split(/[^\p{Script=Latin}]+/u)) if (w.length > 2) words.add(w);
  return words;
});

/** The said word is the name's word, maybe with an ending ("pampun" of "pamp"). */
function sameWord(said: string, want: string): boolean {
  if (said === want) return true;
  return said.startsWith(want) && SUFFIXES.includes(said.slice(want.length));
}

/** The home's Ge'ez name said at word i: its English and how many words it took. */
function nameAt(latin: readonly string[], i: number, names: readonly GeezName[]): { english: string; length: number; place: boolean } | undefined {
  for (const name of names) {
    const ok = name.latin.every((want, k) => {
      const said = latin[i + k];
      if (said === undefined) return false;
      // "እማማ ክፍል": the name's "የ" (of) left out on its first word.
      return sameWord(said, want) || (k === 0 && want.startsWith('ye') && want.length > 3 && sameWord(said, want.slice(2)));
    });
    if (ok) return { english: name.english, length: name.latin.length, place: name.place };
  }
  return undefined;
}

/** A word without its ending, if the rest is a word of the lexicon ("mebratu" mebrat, "kamerawoch" kamera). */
function lexiconWord(latin: string): AmharicWord | undefined {
  const direct = WORDS.get(latin);
  if (direct) return { kind: 'word', text: direct };
  for (const suffix of SUFFIXES) {
    if (latin.length <= suffix.length + 1 || !latin.endsWith(suffix)) continue;
    const stem = WORDS.get(latin.slice(0, -suffix.length));
    if (stem) return /och/.test(suffix) ? { kind: 'word', text: stem.endsWith('s') ? stem : `${stem}s`, plural: true } : { kind: 'word', text: stem };
  }
  if (latin.startsWith('ye') && latin.length > 4) return lexiconWord(latin.slice(2));
  return undefined;
}

/** The words of one clause, read. */
export function amharicWords(clause: string, snapshot: HomeSnapshot): AmharicWord[] {
  const typed = clause.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  const latin = typed.map((w) => (GEEZ.test(w) ? geezInLatin(w) : w.toLowerCase()));
  const { names, lastWords, sharedLast } = geezNames(snapshot);
  const out: AmharicWord[] = [];
  for (let i = 0; i < typed.length; i++) {
    const word = latin[i] ?? '';
    const geez = GEEZ.test(typed[i] ?? '');
    if (geez) {
      const named = nameAt(latin, i, names);
      if (named) {
        out.push({ kind: 'name', text: named.english, place: named.place });
        i += named.length - 1;
        continue;
      }
    }
    out.push(readWord(word, geez, { lastWords, sharedLast }, snapshot));
  }
  return out;
}

function readWord(word: string, geez: boolean, last: { lastWords: ReadonlyMap<string, string>; sharedLast: ReadonlyMap<string, string> }, snapshot: HomeSnapshot): AmharicWord {
  const owner = AMHARIC.owners[word];
  if (owner) return { kind: 'word', text: owner };
  if (REASONS.has(word)) return { kind: 'reason', text: '' };
  const how = howVerbOf(word);
  if (how) return { kind: 'role', text: `how:${how}` };
  const role = roleOf(word);
  if (role) return { kind: 'role', text: role };
  // "generator-u", "pump-un", "camera-woch": an English word with an Amharic ending.
  const hyphen = /^(.+?)-(\p{L}+)$/u.exec(word);
  if (hyphen && SUFFIXES.includes(hyphen[2] ?? '')) {
    const base = hyphen[1] ?? '';
    const plural = /och/.test(hyphen[2] ?? '');
    const word = lexiconWord(base) ?? { kind: 'word', text: base };
    return plural ? { kind: 'word', text: word.text.endsWith('s') ? word.text : `${word.text}s`, plural } : word;
  }
  const known = lexiconWord(word);
  if (known) return known;
  if (geez) {
    const stems = [word, ...SUFFIXES.filter((s) => word.endsWith(s) && word.length > s.length + 1).map((s) => word.slice(0, -s.length))];
    const name = stems.map((s) => last.lastWords.get(s)).find((n) => n !== undefined);
    if (name) return { kind: 'name', text: name };
    const shared = stems.map((s) => last.sharedLast.get(s)).find((n) => n !== undefined);
    if (shared) return { kind: 'word', text: shared };
    // "ቢሾፍቱ": a word of the home's names written in Latin letters is kept in them.
    return nameWords(snapshot).has(word) ? { kind: 'word', text: word } : { kind: 'other', text: '' };
  }
  // "yegenerator": "ye" (of) written onto an English word.
  if (/^ye[a-z]{4,}$/.test(word) && !WORDS.has(word)) return { kind: 'word', text: word.slice(2) };
  return { kind: 'word', text: word };
}
