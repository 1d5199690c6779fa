// Mongolian's words as a household types them (lexicon/mongolian.json, checked here), in Cyrillic or phone Latin:
// each word of a sentence becomes a name of the home, an English word, or a role word of the sentence's shape (a verb,
// a question word) for mongolianPhrasing.ts. Mongolian writes its cases as endings ("гэрлийг" the light as object,
// "өрөөнд" in the room, "радиаторын" of the radiator) and drops a stem's last vowel before some ("гэрэл" → "гэрл-ийг",
// "хөшиг" → "хөшг-ийг"), so a word is the lexicon's or a name's word with an ending of a few letters after it.
import { z } from 'zod';
import raw from '../lexicon/mongolian.json';
import { elidedKey, mongolianKey } from './mongolianLetters';

const list = z.array(z.string().min(1));
const table = z.record(z.string().min(1), z.string().min(1));
export const MONGOLIAN = z.object({
  _comment: z.string(),
  sure: list,
  phrases: table,
  words: table,
  owners: table,
  roles: z.record(z.string().min(1), list),
  // A verb after "how" ("яаж солих" how to replace): what is done.
  howVerbs: table,
  // "дарахад" when pressed: what sets a button's automations off.
  pressed: list,
  // "түүнийг" it, "тэр" that: the thing in focus, never a name it sounds like ("түүнийг" is no "Тооно").
  pronouns: list,
  reasons: list,
}).parse(raw);

/** One word (or phrase) of a sentence as read. */
export interface MongolianWord {
  kind: 'name' | 'word' | 'role' | 'reason' | 'number' | 'other';
  /** The English of a word, the home's name as written, the role of a role word. */
  text: string;
  place?: boolean;
  /** A note, procedure or manual of the home. */
  note?: boolean;
  /** A private note of the home. */
  secret?: boolean;
  /** A word in Latin letters Mongolian doesn't say ("Samsung"). */
  latin?: boolean;
  /** Words of the sentence it took. */
  length: number;
  /** Said as the object ("гэрлийг", "zuuhiig"): what is acted on, not what acts. */
  object?: boolean;
  /** A verb with a question after it ("asaaj uu": is it lit?). */
  asked?: boolean;
  /** A verb said as a habit ("асаадаг" turns on, "унтардаг" turns off): no request. */
  habit?: boolean;
}

/** The endings a case, a plural or "one's own" writes on a stem of two letters ("усны", "усанд"). */
const SHORT_ENDINGS = new Set(['', 'a', 'e', 'o', 'u', 'i', 'n', 'ni', 'in', 'gin', 'ig', 'g', 'd', 'nd', 'and', 'ad', 'ed', 'od', 'as', 'es', 'os', 'ar', 'er', 'or', 'tai', 'tei', 'toi', 'nas', 'aar']);
/** The longest ending read on a longer stem ("радиаторуудыг", "шүүлтүүрийг"). */
const MAX_ENDING = 6;

/** The said key is the stem's, maybe with an ending ("gerlig" of "gerel", "uruund" of "uruu"). */
export function sameStem(said: string, stem: string): boolean {
  if (said === stem) return true;
  for (const form of [stem, elidedKey(stem), /[aeiou]$/.test(stem) && stem.length > 3 ? stem.slice(0, -1) : undefined]) {
    if (!form || !said.startsWith(form)) continue;
    const ending = said.slice(form.length);
    if (stem.length < 3 ? SHORT_ENDINGS.has(ending) : ending.length <= MAX_ENDING) return true;
  }
  return false;
}

interface Entry {
  keys: string[];
  english: string;
}

const byLength = (a: Entry, b: Entry): number => b.keys.length - a.keys.length || b.keys.join('').length - a.keys.join('').length;
const PHRASES: Entry[] = Object.entries(MONGOLIAN.phrases).map(([m, english]) => ({ keys: m.split(/\s+/).map(mongolianKey), english })).sort(byLength);
const WORDS: Entry[] = Object.entries(MONGOLIAN.words).map(([m, english]) => ({ keys: [mongolianKey(m)], english })).sort(byLength);
const OWNERS: Entry[] = Object.entries(MONGOLIAN.owners).map(([m, english]) => ({ keys: [mongolianKey(m)], english }));
const REASONS = new Set(MONGOLIAN.reasons.map(mongolianKey));
const ROLE_EXACT = new Map<string, string>();
const ROLE_STEMS: { stem: string; role: string }[] = [];
const ROLE_PAIRS: { keys: string[]; role: string }[] = [];
for (const [role, forms] of Object.entries(MONGOLIAN.roles)) {
  for (const form of forms) {
    if (form.includes(' ')) ROLE_PAIRS.push({ keys: form.split(' ').map(mongolianKey), role });
    else if (form.endsWith('*')) ROLE_STEMS.push({ stem: mongolianKey(form.slice(0, -1)), role });
    else if (!ROLE_EXACT.has(mongolianKey(form))) ROLE_EXACT.set(mongolianKey(form), role);
  }
}
ROLE_STEMS.sort((a, b) => b.stem.length - a.stem.length);
/** Keys of the words only Mongolian says. */
export const SURE_KEYS: ReadonlySet<string> = new Set(MONGOLIAN.sure.map(mongolianKey));

/** The role of a word's key ("untra" turnOff, "hed" howMuch), if it has one. */
export function roleOf(key: string): string | undefined {
  return ROLE_EXACT.get(key) ?? ROLE_STEMS.find((s) => key.startsWith(s.stem))?.role;
}

const HOW_VERBS = new Map(Object.entries(MONGOLIAN.howVerbs).map(([m, verb]) => [mongolianKey(m), verb]));
const PRESSED = new Set(MONGOLIAN.pressed.map(mongolianKey));

/** The verb of a "how" ("solih" replace). */
export function howVerbOf(key: string): string | undefined {
  return HOW_VERBS.get(key);
}

const PRONOUNS = new Set(MONGOLIAN.pronouns.map(mongolianKey));

export function isPronoun(key: string): boolean {
  return PRONOUNS.has(key);
}

export function saysPressed(key: string): boolean {
  return PRESSED.has(key);
}

/** "асаадаг", "унтардаг", "ажилладаг": a verb's habitual form, what a thing does, never a request. */
export function isHabit(key: string): boolean {
  return /(?:dag|deg|dog)$/.test(key);
}

/** "гэрлийг", "zuuhiig", "хаалгыг": the accusative ending of an object. */
export function isObject(key: string): boolean {
  return /[^aeiou]ig$|[aeiou]g$/.test(key);
}

/** The lexicon's phrase or word at word i: its English (alternatives after '|') and how many words it took. */
export function lexiconAt(keys: readonly string[], i: number): { english: string; length: number } | undefined {
  for (const entry of PHRASES) {
    if (entry.keys.every((k, n) => keys[i + n] !== undefined && (n < entry.keys.length - 1 ? keys[i + n] === k || sameStem(keys[i + n] ?? '', k) : sameStem(keys[i + n] ?? '', k)))) return { english: entry.english, length: entry.keys.length };
  }
  const key = keys[i] ?? '';
  let best: Entry | undefined;
  for (const entry of WORDS) if (sameStem(key, entry.keys[0] ?? '') && (!best || (entry.keys[0] ?? '').length > (best.keys[0] ?? '').length)) best = entry;
  return best ? { english: best.english, length: 1 } : undefined;
}

/** An owner's word ("эмээгийн" grandma's). */
export function ownerOf(key: string): string | undefined {
  const owner = OWNERS.find((o) => sameStem(key, o.keys[0] ?? ''));
  return owner ? `${owner.english}'s` : undefined;
}

export function isReason(key: string): boolean {
  return REASONS.has(key);
}

/** A role said in two words ("асаж байна"). */
export function rolePairAt(keys: readonly string[], i: number): { role: string; length: number } | undefined {
  const pair = ROLE_PAIRS.find((p) => p.keys.every((k, n) => keys[i + n] === k));
  return pair ? { role: pair.role, length: pair.keys.length } : undefined;
}

/** A proper name's word in a genitive ("Тэмүүлэнгийн" Temuulen's), read in Latin letters. */
export function genitiveName(latin: string): string | undefined {
  const m = /^(.{3,}?)(?:giin|iin|yn|iin|nii|ny|ii|in|ijn)$/.exec(latin);
  return m ? `${m[1] ?? ''}'s` : undefined;
}
