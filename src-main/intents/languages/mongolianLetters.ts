// Mongolian Cyrillic and the Latin letters Mongolians type on a phone ("zochnii uruunii gerel", "hashaanii haalga")
// meet in one key: each Cyrillic letter as phone Latin writes it (ө and ү both "u", х "h", ц "ts", ы and й "i"),
// w as v, doubled letters once ("өрөөний" and "uruunii" are both "uruni"). A word of the lexicon or of a home's name
// is compared by its key, so one list serves both spellings. A home is Mongolian when its names or descriptions
// have ө or ү, letters Russian, Ukrainian and Serbian never write: their homes are never read here.

/** The Cyrillic letters Mongolian has and Russian has not. */
export const MONGOLIAN_LETTERS = /[өүӨҮ]/u;
/** Letters only Kazakh writes (Kazakh writes ө and ү too): a home with one is no Mongolian home. Not і, which Ukrainian
 *  writes as well: a Ukrainian home is never read as Kazakh. */
export const KAZAKH_ONLY_LETTERS = /[әғқңұһӘҒҚҢҰҺ]/u;
export const CYRILLIC = /\p{Script=Cyrillic}/u;

const LATIN_OF: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', ө: 'u', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ү: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'sh', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** The word in phone-Latin letters as typed (doubled vowels kept: "Тэмүүлэн" is "temuulen"). */
export function mongolianInLatin(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) out += LATIN_OF[ch] ?? ch;
  return out;
}

/** The key a word is compared by: phone Latin, "kh" as "h", "w" as "v", "o" as "u", "c" as "k", "y" before a consonant as "i", doubles once. */
export function mongolianKey(word: string): string {
  const latin = mongolianInLatin(word).replace(/kh/g, 'h').replace(/w/g, 'v').replace(/q/g, 'u');
  // Phone Latin writes ө, ү, о and у alike as "o" or "u" ("tohooromj", "uruunii"): one letter in the key.
  return latin.replace(/[^a-z0-9]/g, '').replace(/o/g, 'u').replace(/c(?!h)/g, 'k').replace(/y(?=[^aeiouy]|$)/g, 'i').replace(/(.)\1+/g, '$1');
}

/** The key without the vowel before its last consonant ("гэрэл" gerl, "хөшиг" hushg): the stem before an ending. */
export function elidedKey(key: string): string | undefined {
  const m = /^(.*[^aeiou])[aeiou]([^aeiou])$/.exec(key);
  return m && (m[1] ?? '').length >= 2 ? `${m[1] ?? ''}${m[2] ?? ''}` : undefined;
}
