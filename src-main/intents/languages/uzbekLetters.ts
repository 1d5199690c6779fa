// Uzbek as the Turkic reader (turkishWords.ts) reads it: Uzbek shares Turkish's grammar and case endings, so it is
// read over the Turkic lists with its own words (lexicon/uzbek.json, turkicLexicon.ts). Here: which home is Uzbek (a
// name with gʻ or ў, or a "-xona" room), and Uzbek typed in its Cyrillic or with oʻ gʻ (U+02BB, typed ' ’ or bare)
// put in the bare Latin the lists use ("Ошхонада чироқ ёниқми?" = "oshxonada chiroq yoniq mi?"), its endings where
// Turkish has its own (-ning = -nin, -dagi = -daki, -niki = -ninki, -ga = -ya), "yoʻq" (no) apart from "yoq" (turn on).
import type { HomeSnapshot } from '../HomeIndex';
import { perSnapshot } from '../perSnapshot';

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '',
  ы: 'i', ь: '', э: 'e', ю: 'yu', я: 'ya', ў: 'o', қ: 'q', ғ: 'g', ҳ: 'h', ӣ: 'i', ӯ: 'u', ҷ: 'j',
};

/** A home named in Uzbek: a name with gʻ (U+02BB, which Hawaiian's ʻokina never follows) or Cyrillic ў. */
export const isUzbekHome = perSnapshot((snapshot: HomeSnapshot): boolean => {
  for (const e of snapshot.byId.values()) if (/gʻ|ў/i.test(e.name)) return true;
  return false;
});

/** The word in bare Latin: Cyrillic letters spelled in Latin, oʻ/gʻ (however typed) as o/g. */
export function uzbekLatin(word: string): string {
  const lower = word.toLowerCase();
  // "йўқ", "yoʻq", "yo'q" (no, there is none) is Turkic's "yok", never "yoq" (turn on).
  if (/^(йўқ|yo[ʻ'’‘`]q)$/.test(lower)) return 'yok';
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i] as string;
    // Cyrillic е opens a word as "ye" ("ерда").
    if (c === 'е' && (i === 0 || !/\p{L}/u.test(lower[i - 1] as string))) out += 'ye';
    else out += CYRILLIC[c] ?? c;
  }
  return out.replace(/([og])[ʻʼ'’‘`]/g, '$1').replace(/[ʻʼ]/g, '');
}

// Endings of Uzbek spelled as Turkish spells the same case: genitive, the one in, the one of, dative.
const ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(\p{L}{3,})ning$/u, '$1nin'],
  [/(\p{L}{3,})dagi(?:si)?(ni|lar|larni)?$/u, '$1daki$2'],
  [/(\p{L}{3,})niki(ni|chi)?$/u, '$1ninki$2'],
  [/(\p{L}{3,}[aeiou])ga$/u, '$1ya'],
  [/(\p{L}{3,}[^aeiou])ga$/u, '$1a'],
];

/** A sentence in the bare Latin the Turkic reader reads, Uzbek's endings as Turkish's, a glued "-mi" apart. */
export function uzbekSentence(text: string, known: (word: string) => boolean): string {
  return text.replace(/[\p{L}ʻʼ'’‘`]+/gu, (typed) => {
    const word = uzbekLatin(typed);
    if (known(word)) return word;
    // "yoniqmi", "qulflanganmi": the question particle glued on.
    const asked = /^(\p{L}{3,})mi$/u.exec(word);
    if (asked && !known(word)) return `${uzbekWord(asked[1] as string, known)} mi`;
    return uzbekWord(word, known);
  });
}

function uzbekWord(word: string, known: (word: string) => boolean): string {
  if (known(word)) return word;
  for (const [pattern, turkish] of ENDINGS) if (pattern.test(word)) return word.replace(pattern, turkish);
  return word;
}

/** The cheap gate: a Cyrillic letter, or oʻ/gʻ typed with an apostrophe, or a word only Uzbek says. */
export function maySayUzbek(text: string, first: ReadonlySet<string>): boolean {
  if (/[\u0400-\u04FF]|[ogOG][ʻ'’‘]/u.test(text)) return true;
  return text.toLowerCase().split(/[^\p{L}]+/u).some((w) => first.has(w));
}
