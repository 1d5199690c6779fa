// Urdu words as a Pakistani household types them (lexicon/urdu.json, checked here): in Urdu script ("کچن کی لائٹ جلا
// دو") or in Roman Urdu ("chhat ki light jala do"). Urdu is Hindi's grammar (the thing first, "ka/ki/ke" of, "mein"
// in, the verb and "hai" last), so the engine's Hindi reader (verbFinalCues.ts) reads most of it once its words are in
// the Latin letters that reader knows. This file writes Urdu script in Roman Urdu, word by word from the lexicon's
// "script" table (a home's own name in Urdu script, "بیٹھک کی لائٹ", stays as typed, so its words are found as the
// home writes them); urduPhrasing.ts reads what Urdu says its own way. Urdu script shares its letters with Persian
// (persianWords.ts), but writes seven Persian never writes (ٹ ڈ ڑ ں ھ ہ ے): a sentence with one of them is Urdu.
import { z } from 'zod';
import raw from '../lexicon/urdu.json';
import { phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { perSnapshot } from '../perSnapshot';

const list = z.array(z.string().min(1));
const table = z.record(z.string().min(1), z.string());
export const URDU = z.object({
  // Urdu-script words and phrases, in Roman Urdu (or the English loanword: "لائٹ" = light, "اے سی" = ac).
  script: table,
  // Words of the script only Urdu writes, in letters Persian shares ("کا", "میں", "چلا"): with one, the sentence is Urdu.
  scriptWords: list,
  // Roman Urdu phrases read as the Hindi forms the verb-final reader knows ("chala do" = chalu kar do, "laga hai" = hai).
  forms: table,
  // Words that say a Latin sentence may be Urdu (the cheap check of urduPhrasing.ts).
  markers: list,
  // "kaun kaun se AC": which ones.
  which: list,
  // "hamare paas", "ghar mein": where a "do we have" question asks.
  have: list,
  // "theek hai, motor chala do": an acknowledgement before the request.
  acknowledgements: list,
  // The words of the questions urduQuestions.ts reads.
  questions: z.object({ whichApp: list, whenRuns: list, onApp: list, howToGo: list, makerFiller: list, things: list }).strict(),
  // "bhai", "yaar": who is spoken to, said first.
  vocatives: list,
  // "is waqt", "abhi": now, which says nothing to the engine.
  now: list,
  // "halki kar do 10 pe": dimmer or brighter, to a number.
  softer: list,
  louder: list,
  // "koi sprinkler": any.
  some: list,
  // "24 pe kar do": the word after a setting's number.
  at: list,
  // "26 darje par": degrees.
  degrees: list,
  // "kitni garmi hai": how hot.
  warmth: table,
  // "kaun kaun se kamre", "kitne pankhe": a kind asked about, in English (a word the home names something with stays).
  nouns: table,
  // Kind and place words: they join lexicon/kinds.json and lexicon/places.json (languageKinds.ts, languagePlaces.ts).
  kinds: z.record(z.string().regex(/^[a-z_]+$/), list),
  places: z.record(z.string().min(1), list),
}).strict().parse(raw);

/** The Urdu-only letters: ٹ ڈ ڑ ں ھ ہ ے (and ۓ). */
const URDU_ONLY = /[\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2\u06D3]/;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const SCRIPT: ReadonlyMap<string, string> = new Map(Object.entries(URDU.script));
const LONGEST = Math.max(...Object.keys(URDU.script).map((k) => k.split(' ').length));
/** Urdu and Persian digits, and the Arabic question mark, comma and full stop, as Latin ones. */
const DIGITS: Record<string, string> = Object.fromEntries([...'۰۱۲۳۴۵۶۷۸۹', ...'٠١٢٣٤٥٦٧٨٩'].map((d, i) => [d, String(i % 10)]));
const MARKS: Record<string, string> = { '؟': '?', '،': ',', '۔': '.', '؛': ';' };

const SCRIPT_WORDS: ReadonlySet<string> = new Set(URDU.scriptWords);

/** Whether the sentence is written in Urdu script: a letter or a word only Urdu writes. */
export function writtenInUrdu(text: string): boolean {
  return URDU_ONLY.test(text) || (ARABIC_SCRIPT.test(text) && text.split(/[\s؟،?,.!]+/).some((w) => SCRIPT_WORDS.has(w)));
}

/**
 * The sentence with its Urdu-script words in Roman Urdu, or undefined when it is not in Urdu script. A run of words the
 * home names something with ("بیٹھک", "ڈرائنگ روم") stays as typed, the longest first; a word the lexicon does not know
 * stays as typed too.
 */
export function urduInLatin(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!writtenInUrdu(text)) return undefined;
  const plain = text.replace(/[۰-۹٠-٩]/g, (d) => DIGITS[d] ?? d).replace(/[؟،۔؛]/g, (m) => ` ${MARKS[m] ?? m} `);
  const tokens = plain.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const named = namedRun(tokens, i, snapshot);
    if (named > 0) {
      out.push(...tokens.slice(i, i + named));
      i += named;
      continue;
    }
    let read = 0;
    for (let n = Math.min(LONGEST, tokens.length - i); n >= 1 && read === 0; n--) {
      const roman = SCRIPT.get(tokens.slice(i, i + n).join(' '));
      if (roman === undefined) continue;
      if (roman) out.push(roman);
      read = n;
    }
    if (read === 0) out.push(soundedName(tokens[i] ?? '', snapshot) ?? tokens[i] ?? '');
    i += Math.max(read, 1);
  }
  return out.join(' ').replace(/\s+([?,.;])/g, '$1');
}

/** How many Urdu-script words from `at` are (the longest) name of the home; 0 when none. */
function namedRun(tokens: readonly string[], at: number, snapshot: HomeSnapshot): number {
  if (!ARABIC_SCRIPT.test(tokens[at] ?? '')) return 0;
  for (let n = Math.min(snapshot.longestPhrase, tokens.length - at); n >= 1; n--) {
    const run = tokens.slice(at, at + n);
    if (run.every((t) => ARABIC_SCRIPT.test(t)) && snapshot.phrases.has(phraseKey(run.join(' ')))) return n;
  }
  return 0;
}

// A name the home writes in Latin letters, typed in Urdu script ("سعد" for Saad, "حیدرآباد" for Hyderabad): found by
// its consonants, the vowels (which Urdu mostly leaves unwritten) and the aspiration left out on both sides.
const CONSONANTS: Record<string, string> = {
  ب: 'b', پ: 'p', ت: 't', ٹ: 't', ث: 's', ج: 'j', چ: 'c', ح: 'h', خ: 'k', د: 'd', ڈ: 'd', ذ: 'z', ر: 'r', ڑ: 'r', ز: 'z', ژ: 'z',
  س: 's', ش: 's', ص: 's', ض: 'z', ط: 't', ظ: 'z', غ: 'g', ف: 'f', ق: 'k', ک: 'k', ك: 'k', گ: 'g', ل: 'l', م: 'm', ن: 'n', ں: 'n', ہ: 'h', ه: 'h',
};
const dedupe = (s: string): string => s.replace(/(.)\1+/g, '$1');

function urduSkeleton(word: string): string {
  // A last ہ after a letter is a vowel ("ہانیہ" = hania).
  const letters = [...word.replace(/(?<=.)[ہه]$/, '')];
  return dedupe(letters.map((c) => CONSONANTS[c] ?? '').join(''));
}

function latinSkeleton(word: string): string {
  const w = word.toLowerCase().replace(/ch/g, 'c').replace(/c(?=[eiy])/g, 's').replace(/c/g, 'k').replace(/q/g, 'k').replace(/x/g, 'ks').replace(/([^aeiou])h/g, '$1');
  return dedupe(w.replace(/[^a-z]|[aeiouwvy]/g, ''));
}

/** The vowels a spelling writes, as classes (a; i/e; o/u): Urdu writes its long ones (ا ع, ی ے, و), Latin all. */
const URDU_VOWELS: Record<string, string> = { ا: 'a', آ: 'a', ع: 'a', ی: 'i', ے: 'i', ي: 'i', و: 'u', ؤ: 'u' };
function urduVowels(word: string): string {
  const letters = [...word.replace(/(?<=.)[ہه]$/, 'ا')];
  return dedupe(letters.map((c, i) => (i === 0 && c === 'ا' ? '' : (URDU_VOWELS[c] ?? ''))).join(''));
}
function latinVowels(word: string): string {
  return dedupe(word.toLowerCase().replace(/e$/, '').replace(/[^aeiouy]/g, '').replace(/[ey]/g, 'i').replace(/o/g, 'u'));
}

/** The home's Latin name words by their consonants. */
const skeletonsOf = perSnapshot((snapshot: HomeSnapshot): ReadonlyMap<string, readonly string[]> => {
  const byKey = new Map<string, string[]>();
  for (const phrase of snapshot.phrases.keys()) {
    for (const word of phrase.split(' ')) {
      if (!/^[a-z]{3,}$/.test(word)) continue;
      const key = latinSkeleton(word);
      if (key.length < 2) continue;
      const had = byKey.get(key) ?? [];
      if (!had.includes(word)) byKey.set(key, [...had, word]);
    }
  }
  return byKey;
});

/**
 * The home's Latin word an Urdu-script word sounds as, when exactly one has its consonants, or, of several, exactly one
 * has its written vowels too ("سعد" is Saad, not side).
 */
function soundedName(word: string, snapshot: HomeSnapshot): string | undefined {
  if (!ARABIC_SCRIPT.test(word)) return undefined;
  const key = urduSkeleton(word);
  const words = key.length >= 2 ? skeletonsOf(snapshot).get(key) ?? [] : [];
  if (words.length <= 1) return words[0];
  const vowels = urduVowels(word);
  const same = words.filter((w) => latinVowels(w) === vowels);
  return same.length === 1 ? same[0] : undefined;
}
