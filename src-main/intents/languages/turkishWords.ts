// Turkish words as a household types them, with or without its letters (ı/i, ş/s, ğ/g, ç/c, ö/o, ü/u), tagged by the
// job they do (lexicon/turkish.json): particles that say nothing to the engine (ya, abi, peki, lütfen), the question
// particle mi/mı/mu/mü, question words (nerede, kaç, hangi, ne, nasıl), verbs with their request endings (aç, açar
// mısın, açsana, kapatalım), states (açık, kapalı, kilitli), measures (derece, pil) and household nouns. Turkish
// glues its case endings to a word ("salondaki avizeyi", "Teras'ta", "kilidin pili"), so a word is also tried without
// them; a word the home's own names use is said as the home spells it, whatever ending it carries.
import type { HomeSnapshot } from '../HomeIndex';
import { oneIn, stemsOf, type Case } from './turkicEndings';
import { isPlainWord } from './plainEnglish';
import { turkicTables, type TurkicTables, type TurkishRole } from './turkicTables';
import { isUzbekHome, uzbekLatin } from './uzbekLetters';

export { oneIn, stemsOf, type Case } from './turkicEndings';

export type { TurkishRole } from './turkicTables';
export type TurkishToken = {
  kind: TurkishRole | 'name' | 'number' | 'word';
  said: string;
  english: string;
  /** The case ending the word carried: locative (in), -daki (the one in), genitive (of), dative (to), ablative (from). */
  case: Case;
  /** The name word belongs to a room, zone or home. */
  place?: boolean;
  /** "yok" rather than "var". */
  absent?: boolean;
  /** A case or plural ending was taken off the word. */
  ended?: boolean;
};

/** Lowercase the Turkish way (İ → i, I → ı), then the letters people drop when they type fast (Azerbaijani's ə too). */
export function fold(text: string): string {
  return text
    .replace(/İ/g, 'i')
    .replace(/I/g, 'ı')
    .toLowerCase()
    .replace(/[ıîí]/g, 'i')
    .replace(/ş/g, 's')
    .replace(/ğ/g, 'g')
    .replace(/ç/g, 'c')
    .replace(/ö/g, 'o')
    .replace(/[üû]/g, 'u')
    .replace(/â/g, 'a')
    // Azerbaijani's ə, typed as e without its letters ("nə" = "ne", "menzil" = "mənzil").
    .replace(/ə/g, 'e')
    .replace(/[’‘`]/g, "'");
}

/**
 * A verb in its aorist, the tense that tells what a thing does ("qapını o açır?" = does it open the door, "nə göstərir"
 * = what does it show), not a request: a stem of the verb list with -ar/-er/-ir/-ur on ("açar mısın" is a request
 * only with the second person's mısın).
 */
export function aoristOf(said: string, snapshot: HomeSnapshot): boolean {
  const stems = turkicTables(snapshot).verbStems;
  return !stems.has(said) && /(ar|er|ir|ur)$/.test(said) && stems.has(said.slice(0, -2));
}

/** A compound's word without its possessive ending: "tentesi" → tente, "kapisi" → kapi, "isigi" → isik. */
function bareOf(key: string): string | undefined {
  return /[aeiou]s[iu]$/.test(key) ? key.slice(0, -2) : /[^aeiou][iu]$/.test(key) ? key.slice(0, -1).replace(/g$/, 'k').replace(/d$/, 't').replace(/b$/, 'p') : undefined;
}

type HomeWords = { words: Map<string, string>; exact: Map<string, string>; places: Set<string>; names: Set<string>; count: Map<string, number> };
const HOME_WORDS = new WeakMap<HomeSnapshot, HomeWords>();
/** The words of the home's names, folded, with the home's own spelling; which are places'; the whole names folded. */
export function homeWords(snapshot: HomeSnapshot): HomeWords {
  let found = HOME_WORDS.get(snapshot);
  if (found) return found;
  found = { words: new Map(), exact: new Map(), places: new Set(), names: new Set(), count: new Map() };
  // An Uzbek home's names are read in the bare Latin its sentences are put in ("Ошхона чироғи" = oshxona chirogi).
  const folded = isUzbekHome(snapshot) ? (w: string): string => fold(uzbekLatin(w)) : fold;
  for (const e of snapshot.byId.values()) {
    if (e.entity_type === 'note') continue;
    const place = e.entity_type === 'room' || e.entity_type === 'zone' || e.entity_type === 'home';
    const words = e.name.split(/[\s/]+/).filter(Boolean);
    found.names.add(words.map(folded).join(' '));
    for (const w of words) found.count.set(folded(w), (found.count.get(folded(w)) ?? 0) + 1);
    for (const w of words) {
      const key = folded(w).replace(/[.,!?()]/g, '');
      if (!key) continue;
      if (!found.exact.has(key)) found.exact.set(key, w);
      found.words.set(key, found.exact.get(key) as string);
      // "Tentesi", "Kapısı", "Işığı": the word of a compound is also found by its bare noun ("tenteyi", "kapıyı").
      const bare = bareOf(key);
      // Azerbaijani's ğ before the ending is a q bare ("İşığı" → işıq), Turkish's a k (ışık).
      const bares = bare && bare.length >= 3 ? [bare, ...(/g[iu]$/.test(key) ? [`${bare.slice(0, -1)}q`] : [])] : [];
      // Uzbek drops the genitive of a compound's owner ("Buvi xonasi" = Buvining xonasi).
      const owner = folded !== fold && /.{3}ning$/.test(key) ? [key.slice(0, -4)] : [];
      for (const k of owner) if (!found.exact.has(k)) found.exact.set(k, w);
      for (const k of [key, ...bares, ...owner]) {
        // An exact word of another name wins over a bare one ("Oda Termostatı" keeps "oda" from "Odası").
        if (!found.words.has(k)) found.words.set(k, w);
        if (place) found.places.add(k);
      }
    }
  }
  HOME_WORDS.set(snapshot, found);
  return found;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|\d+(?:[.,]\d+)?|%/gu;
/** The folded words of a sentence. */
export function turkishWords(text: string): string[] {
  return [...fold(text).replace(/\bpm ?2[.,]5\b/g, 'pm25').matchAll(WORD)].map((m) => m[0]);
}

// "salondaki", "Teras'ta", "TV'yi", "bağdakıları", "mənzilinkini": a case ending a word of no other language ends with.
const CASED = /(?:n?[dt][ae]ki(?:n?[iu]|l[ae]r[iu]?)?|[iu]nki(?:n?[iu])?|'(?:n?[dt][ae]|n?[dt][ae]ki|y?[iu]|n[iu]|[iu]n|n[iu]n))$/;
/** The cheap check every sentence goes through: a word of the lexicon, or a letter only Turkish writes. */
export function mayBeTurkish(words: readonly string[], typed: string, snapshot: HomeSnapshot): boolean {
  const first = turkicTables(snapshot).firstWords;
  return /[ışğİə]/.test(typed) || words.some((w) => first.has(w) || CASED.test(w));
}

/**
 * Whether the tokens are Turkish: a word of the strong list counts two, any other Turkish job word or a word of the
 * home's names with a Turkish case ending on it ("avizeyi", "Teras'ta") one; a verb said alone ("kapat") is enough.
 */
export function soundsTurkish(tokens: readonly TurkishToken[], typed: string, snapshot: HomeSnapshot): boolean {
  const { strong: STRONG, foreign: FOREIGN } = turkicTables(snapshot);
  // A verb said alone is Turkish unless it is a plain English word too ("ac" is the AC, "aç" is turn on: round 45).
  if (tokens.length === 1) return (tokens[0]?.kind === 'verb' && !isPlainWord(typed.trim().toLowerCase())) || (tokens[0]?.kind === 'name' && oneIn(tokens[0].case) && !!tokens[0].place);
  let score = /[ışğİə]/.test(typed) ? 1 : 0;
  // "is there a manual for the bedroom ac", "tenés el manual de la alarma": another language's sentence with a word
  // Turkish shares is not Turkish without a word only Turkish has.
  const strong = tokens.some((t) => t.said.split(' ').some((w) => STRONG.has(w)));
  if (!strong && tokens.some((t) => (t.kind === 'word' || t.kind === 'name') && fold(t.said).split(' ').some((w) => FOREIGN.has(w)))) return false;
  for (const t of tokens) {
    if (t.said.split(' ').some((w) => STRONG.has(w))) score += 2;
    else if (t.kind !== 'particle' && t.kind !== 'noun' && t.kind !== 'word' && t.kind !== 'number' && t.kind !== 'name') score += 1;
    else if ((t.kind === 'name' || t.kind === 'noun') && t.ended) score += 1;
  }
  return score >= 2;
}

/** The words read as tokens: phrases of the lexicon and of the home's names, longest first. */
export function turkishTokens(words: readonly string[], snapshot: HomeSnapshot): TurkishToken[] {
  const home = homeWords(snapshot);
  const tables = turkicTables(snapshot);
  const out: TurkishToken[] = [];
  for (let i = 0; i < words.length; ) {
    // A whole name of the home ("Akıllı Kilit", "Hava Temizleyici", "Kombi" when no other name has the word) is the
    // home's, whatever job its words have elsewhere.
    const named = fullNameAt(words, i, home);
    if (named) {
      for (let k = i; k < i + named; k++) out.push(read(words[k] as string, home, tables));
      i += named;
      continue;
    }
    const found = lexiconAt(words, i, tables);
    if (found) {
      const said = words.slice(i, i + found.length).join(' ');
      const cue = found.cue;
      // A noun the home's names use next to another of its words ("mutfak penceresi"), or a whole name of the home
      // ("Kombi", "Akıllı Kilit"), is said as the home says it; a generic noun alone is said in English.
      const homeRun = cue.kind === 'noun' && found.length === 1 && !/l[ae]r/.test(said) && !!homeStem(said, home) && (nameRunAt(words, i, home) > 1 || (i > 0 && home.words.has(words[i - 1] as string)));
      if (!homeRun) {
        const plural = cue.kind === 'noun' && /l[ae]r(i|in|imiz|a|e|da|de|dan|den)?$/.test(said) && !/s$/.test(cue.english);
        out.push({ kind: cue.kind, said, english: plural ? `${cue.english}s` : cue.english, case: found.case, ...(found.ended ? { ended: true } : {}), ...(said === 'yok' || said === 'yokmu' ? { absent: true } : {}) });
        i += found.length;
        continue;
      }
    }
    const word = words[i] as string;
    i += 1;
    if (/^\d/.test(word) || word === '%') {
      out.push({ kind: 'number', said: word.replace(/'.*$/, '').replace(/(?<=\d)(ye|ya|e|a)$/, ''), english: word, case: '' });
      continue;
    }
    out.push(read(word, home, tables));
  }
  return out;
}

function lexiconAt(words: readonly string[], at: number, { table: TABLE, longest: LONGEST }: TurkicTables): { length: number; cue: { kind: TurkishRole; english: string }; case: Case; ended: boolean } | undefined {
  for (let len = Math.min(LONGEST, words.length - at); len >= 1; len--) {
    const head = words.slice(at, at + len - 1);
    const cue = TABLE.get([...head, words[at + len - 1]].join(' '));
    if (cue) return { length: len, cue, case: '', ended: false };
  }
  // "kahve makinesini", "otomasyonunu": a noun or measure with its case ending on.
  for (let len = Math.min(LONGEST, words.length - at); len >= 1; len--) {
    const head = words.slice(at, at + len - 1);
    for (const s of stemsOf(words[at + len - 1] as string).slice(1)) {
      const cue = TABLE.get([...head, s.stem].join(' '));
      if (cue && (cue.kind === 'noun' || cue.kind === 'measure')) return { length: len, cue, case: s.case, ended: true };
    }
  }
  return undefined;
}

function fullNameAt(words: readonly string[], at: number, home: HomeWords): number {
  for (let len = Math.min(5, words.length - at); len >= 1; len--) {
    // "yataq otağının kondisioneri" = Yataq otağı kondisioneri: a word of the name before the last may carry the
    // genitive Azerbaijani puts on the owner of a compound.
    const head = words.slice(at, at + len - 1).map((w) => (home.words.has(w) ? w : stemsOf(w).find((s) => s.case === 'of' && home.words.has(s.stem))?.stem));
    if (head.some((w) => w === undefined)) continue;
    for (const s of stemsOf(words[at + len - 1] as string)) {
      const name = [...head, s.stem].join(' ');
      if (home.names.has(name) && (len > 1 || home.count.get(name) === 1)) return len;
    }
  }
  return 0;
}

/** How many words from here are the home's (with endings off), as one of the home's names starts. */
function nameRunAt(words: readonly string[], at: number, home: HomeWords): number {
  let n = 0;
  while (at + n < words.length && homeStem(words[at + n] as string, home)) n++;
  return n;
}

function homeStem(word: string, home: HomeWords): { stem: string; case: Case } | undefined {
  return stemsOf(word).find((s) => home.words.has(s.stem));
}

/** One word: the home's word with its case, a lexicon word with its ending off, or the word as typed. */
function read(word: string, home: HomeWords, { joins: JOINS, uzbek }: TurkicTables): TurkishToken {
  // Uzbek: "hovlida" is in the Hovli before it is the word of a rule's name ("Hovlida harakat"), and "nasosini" is
  // the pump's "nasosi" with the object's -ni before it is the word of a procedure ("Quduq nasosini … tayyorlash").
  const stems = uzbek && !home.places.has(word) ? stemsOf(word).slice(1) : [];
  const inPlace = stems.find((s) => home.places.has(s.stem)) ?? (/ni$/.test(word) ? stems.find((s) => home.words.has(s.stem)) : undefined);
  const named = inPlace ?? homeStem(word, home);
  if (named) return { kind: 'name', said: home.words.get(named.stem) as string, english: home.words.get(named.stem) as string, case: named.case, ...(named.stem !== word ? { ended: true } : {}), ...(home.places.has(named.stem) ? { place: true } : {}) };
  const joined = JOINS.get(word);
  if (joined) return { kind: 'word', said: joined, english: joined, case: '' };
  // "dachada" (at the dacha): a word no list or name knows, with the locative on a vowel, is a place the home may
  // describe ("summer dacha"), said bare so the English reader finds it.
  const placed = /^([a-z]{3,}[aeiou])(?:da|de)$/.exec(word);
  if (placed) return { kind: 'word', said: placed[1] as string, english: placed[1] as string, case: 'in', ended: true, place: true };
  return { kind: 'word', said: word.replace(/'.*$/, ''), english: word.replace(/'.*$/, ''), case: '' };
}

/** The things whose names hold every word said ("Yazlık Kapısı" → Yazlık Giriş Kapısı): only for a command read. */
export function namedAll(thing: string, snapshot: HomeSnapshot): Array<{ entity_type: string; content: Record<string, unknown> }> {
  const said = fold(thing).split(' ').filter(Boolean);
  if (!said.length) return [];
  return [...snapshot.byId.values()].filter((e) => {
    const words = new Set(fold(e.name).split(/\s+/).flatMap((w) => [w, bareOf(w) ?? w]));
    return said.every((w) => words.has(w));
  });
}

/** The home's own spelling of a word its names use as it is ("klima" in "Yazlık Klima"), if any. */
export function homeSpelling(word: string, snapshot: HomeSnapshot): string | undefined {
  const home = homeWords(snapshot);
  return (home.count.get(word) ?? 0) > 1 ? home.exact.get(word) : undefined;
}

/** Whether the thing said opens and closes (a door, window, curtain, valve) rather than switches on and off. */
export function opensTurkish(thing: string, snapshot: HomeSnapshot): boolean {
  const folded = fold(thing);
  if (turkicTables(snapshot).openable.some((w) => folded.split(' ').some((t) => t.startsWith(w)))) return true;
  for (const e of snapshot.byId.values()) {
    if (fold(e.name) !== folded) continue;
    const state = e.content['state'];
    return e.entity_type === 'door' || e.entity_type === 'window' || (typeof state === 'object' && state !== null && ('open' in state || 'position' in state || 'contact' in state));
  }
  return false;
}
