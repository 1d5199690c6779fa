// Nepali as a household types it (lexicon/nepali.json, checked here): in Devanagari ("भान्साको बत्ती बलेको छ?") or
// romanised ("geyser on chha?", "pasal ko pankha chalaideu"). Devanagari is written here in the Latin letters Nepalis
// text with, letter by letter (a consonant's own "a" left out at a word's end, "को", "मा", "बाट" cut off a word as
// "ko", "ma", "bata"), with the lexicon's "devanagari" table first for loanwords ("गेट" gate, "टिभी" tv) and the few
// words texted otherwise. A name of the home in Devanagari ("बैठकको पंखा", "भान्सा") stays as the home writes it, so
// it is found as named. nepaliPhrasing.ts then reads the romanised Nepali.
import { z } from 'zod';
import raw from '../lexicon/nepali.json';
import type { HomeSnapshot } from '../HomeIndex';
import { perSnapshot } from '../perSnapshot';

const list = z.array(z.string().min(1));
const table = z.record(z.string().min(1), z.string());
export const NEPALI = z.object({
  _comment: z.string(),
  // Words only Nepali says (one is enough for nepaliPhrasing.ts to read a sentence).
  sure: list,
  // Words Nepali shares with other languages ("ko", "ma", "ta"): two of them are needed.
  weak: list,
  // "ni", "hajur", "na": particles of politeness and emphasis, no word of the request.
  particles: list,
  // "thik cha, geyser on gardeu": an acknowledgement before the request.
  acknowledgements: list,
  // Romanised Nepali phrases in the Roman Hindi forms the Hindi reader knows ("kati" kitna, "chalaideu" chala do).
  forms: table,
  // Devanagari words written otherwise than letter by letter (loanwords, "छ" cha).
  devanagari: table,
  // Case endings written onto a word ("भान्साको", "कोठामा"), cut off as words of their own.
  suffixes: list,
  // The words of the shapes nepaliQuestions.ts reads in English.
  questions: z.object({
    setVerbs: list, doVerbs: list, copulas: list, attributes: list, adjectives: table, past: list, ring: list, on: list, off: list, close: list,
  }).strict(),
  // The words of the questions nepaliAsking.ts reads in English ("howVerbs": "" when the English verb is said before).
  asking: z.object({ run: list, states: list, go: list, way: list, howVerbs: table, englishVerbs: list, things: table }).strict(),
  // "k cha ghar ma, baithak ma kati degree": a greeting clause, no part of the question.
  greetings: list,
}).strict().parse(raw);

export const DEVANAGARI = /[\u0900-\u097F]/;
const WORD = /[\u0900-\u0963\u0966-\u097F]+/g;
const DIGIT = /[\u0966-\u096F]/g;

const VOWELS: Record<string, string> = { अ: 'a', आ: 'a', इ: 'i', ई: 'i', उ: 'u', ऊ: 'u', ऋ: 'ri', ए: 'e', ऐ: 'ai', ओ: 'o', औ: 'au' };
const SIGNS: Record<string, string> = { 'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au' };
const CONSONANTS: Record<string, string> = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'ng', च: 'ch', छ: 'ch', ज: 'j', झ: 'jh', ञ: 'n', ट: 't', ठ: 'th', ड: 'd', ढ: 'dh', ण: 'n',
  त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n', प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm', य: 'y', र: 'r', ल: 'l', व: 'v', श: 'sh',
  ष: 'sh', स: 's', ह: 'h',
};
const NASAL = new Set(['ं', 'ँ']);
const VIRAMA = '्';
const NUKTA = '़';

/** One Devanagari word in the Latin letters Nepali is texted in ("बलेको" baleko, "पंखा" pankha, "छन्" chan). */
export function devanagariLetters(word: string): string {
  let out = '';
  let syllables = 0;
  let pendingA = false;
  let afterCluster = false;
  let lastWasCluster = false;
  for (const c of word) {
    if (c === NUKTA) continue;
    const consonant = CONSONANTS[c];
    if (consonant !== undefined) {
      if (pendingA) out += 'a';
      lastWasCluster = afterCluster;
      out += consonant;
      pendingA = true;
      afterCluster = false;
      syllables++;
      continue;
    }
    if (c === VIRAMA) {
      pendingA = false;
      afterCluster = true;
      syllables--;
      continue;
    }
    const sign = SIGNS[c];
    if (sign !== undefined) {
      out += sign;
      pendingA = false;
      continue;
    }
    if (pendingA) out += 'a';
    pendingA = false;
    afterCluster = false;
    if (NASAL.has(c)) out += 'n';
    else if (c === 'ः') out += 'h';
    else {
      const vowel = VOWELS[c];
      if (vowel !== undefined) {
        out += vowel;
        syllables++;
      }
    }
  }
  // A word's last consonant says no "a" ("बाल" bal), unless it is the only one ("छ" cha) or ends a cluster ("गर्छ" garcha).
  if (pendingA && (syllables <= 1 || lastWasCluster)) out += 'a';
  return out;
}

/** Per snapshot: the home's names and aliases in Devanagari, as runs of words, longest first ("बैठक कोठा"). */
const devanagariNames = perSnapshot((snapshot: HomeSnapshot): string[][] => {
  const runs = new Map<string, string[]>();
  for (const entity of snapshot.byId.values()) {
    const aliases = entity.content['aliases'];
    for (const name of [entity.name, ...(Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [])]) {
      if (!DEVANAGARI.test(name)) continue;
      for (const run of name.split(/[^\u0900-\u097F\s]+/)) {
        const words = run.trim().split(/\s+/).filter((w) => DEVANAGARI.test(w));
        if (words.length) runs.set(words.join(' '), words);
      }
    }
  }
  return [...runs.values()].sort((a, b) => b.length - a.length || b.join('').length - a.join('').length);
});

const TABLE: ReadonlyMap<string, string> = new Map(Object.entries(NEPALI.devanagari));
const SUFFIXES = [...NEPALI.suffixes].sort((a, b) => b.length - a.length);

/** A Devanagari word not of a name: its case ending cut off ("कोठामा" kotha ma), in Latin letters. */
function wordInLatin(word: string): string {
  const known = TABLE.get(word);
  if (known !== undefined) return known;
  // "बलेको", "बजेको": a participle's "-eko" is no case ending.
  for (const suffix of SUFFIXES) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix) && !word.endsWith(`\u0947${suffix}`)) return `${wordInLatin(word.slice(0, -suffix.length))} ${devanagariLetters(suffix)}`;
  }
  return devanagariLetters(word);
}

/** The sentence with its Devanagari in Latin letters, the home's Devanagari names kept; undefined without Devanagari. */
export function devanagariInLatin(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!DEVANAGARI.test(text)) return undefined;
  const names = devanagariNames(snapshot);
  const words = [...text.replace(DIGIT, (d) => String(d.charCodeAt(0) - 0x0966)).matchAll(WORD)];
  const source = text.replace(DIGIT, (d) => String(d.charCodeAt(0) - 0x0966));
  let out = '';
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const m = words[i];
    if (!m) continue;
    const start = m.index ?? 0;
    out += source.slice(at, start);
    const named = nameAt(words, i, names, source);
    if (named) {
      // "बैठक कोठाबाट": the name, then its case ending as a word.
      out += named.text + (named.suffix ? ` ${devanagariLetters(named.suffix)}` : '');
      const last = words[i + named.length - 1];
      at = (last?.index ?? 0) + (last?.[0].length ?? 0);
      i += named.length - 1;
      continue;
    }
    out += wordInLatin(m[0]);
    at = start + m[0].length;
  }
  return out + source.slice(at);
}

/** The home's name said at word i (its last word maybe with a case ending on it). */
function nameAt(words: readonly RegExpMatchArray[], i: number, names: readonly string[][], source: string): { text: string; length: number; suffix: string } | undefined {
  for (const name of names) {
    let ok = true;
    let suffix = '';
    for (let k = 0; k < name.length && ok; k++) {
      const said = words[i + k]?.[0];
      const want = name[k] ?? '';
      if (said === undefined || (k > 0 && !/^\s+$/.test(source.slice((words[i + k - 1]?.index ?? 0) + (words[i + k - 1]?.[0].length ?? 0), words[i + k]?.index ?? 0)))) ok = false;
      else if (said === want) continue;
      else if (k === name.length - 1 && said.startsWith(want) && NEPALI.suffixes.includes(said.slice(want.length))) suffix = said.slice(want.length);
      else ok = false;
    }
    if (ok) return { text: name.join(' '), length: name.length, suffix };
  }
  return undefined;
}

/** Per snapshot: the home's Devanagari names keyed by their Latin letters run together ("bhansakobatti" → "भान्साको बत्ती"). */
const latinKeys = perSnapshot((snapshot: HomeSnapshot): ReadonlyMap<string, string> => {
  const keys = new Map<string, string>();
  for (const words of devanagariNames(snapshot)) keys.set(words.map(devanagariLetters).join(''), words.join(' '));
  return keys;
});

/**
 * "bhansa ko batti kati ujyalo cha": a name the home writes in Devanagari ("भान्साको बत्ती"), typed in Latin letters,
 * in the home's writing, so it is found as named; the words of a name the home writes in Latin letters ("Farm
 * bhansa", "Bhansa ko jhyal") stay as typed.
 */
export function withDevanagariNames(ws: readonly string[], snapshot: HomeSnapshot): string[] {
  const keys = latinKeys(snapshot);
  if (!keys.size) return [...ws];
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    let found: { name: string; length: number } | undefined;
    for (let n = Math.min(4, ws.length - i); n >= 1 && !found; n--) {
      const name = keys.get(ws.slice(i, i + n).join(''));
      if (name && !inLatinName(ws, i, n, snapshot)) found = { name, length: n };
    }
    if (found) {
      out.push(found.name);
      i += found.length - 1;
    } else out.push(ws[i] ?? '');
  }
  return out;
}

/** Words i..i+n-1 are part of a longer name the home writes in Latin letters. */
function inLatinName(ws: readonly string[], i: number, n: number, snapshot: HomeSnapshot): boolean {
  for (let from = Math.max(0, i - 3); from <= i; from++) {
    for (let to = i + n; to <= Math.min(ws.length, i + n + 3); to++) {
      if (to - from > n && snapshot.phrases.has(ws.slice(from, to).join(' '))) return true;
    }
  }
  return false;
}
