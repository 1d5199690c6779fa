// Amharic in Ge'ez (Ethiopic) script, written in the Latin letters Ethiopians text with, syllable by syllable, so the
// Amharic reader (amharicPhrasing.ts) reads one spelling of its words whichever script was typed. Each Ge'ez letter is
// a consonant with one of seven vowels, in rows of eight code points (U+1200 on): the first order is "e" ("በ" be),
// then u, i, a, e, the sixth order is the consonant alone ("ብ" b: Amharic writes no vowel or a short one there) and o;
// the eighth is "wa" ("ሿ" shwa). The vowel letters "አ" and "ዐ" are the vowels alone ("አብራው" abraw, "እማማ" imama).
// Ethiopic digits and punctuation are no letters.

/** Ge'ez letters (U+1200-U+137F, with the supplement and extensions): the cheap check of a reader's gate. */
export const GEEZ = /[\u1200-\u135a\u1380-\u138f\u2d80-\u2ddf]/u;

// The consonant of each row of eight from U+1200 ('' is a vowel carrier; '-' a row of labialised forms).
const ROWS = [
  'h', 'l', 'h', 'm', 's', 'r', 's', 'sh', 'q', 'qw', 'q', 'qw', 'b', 'v', 't', 'ch',
  'h', 'hw', 'n', 'gn', '', 'k', 'kw', 'h', 'hw', 'w', '', 'z', 'zh', 'y', 'd', 'd',
  'j', 'g', 'gw', 'g', 't', 'ch', 'p', 'ts', 'ts', 'f', 'p',
];
const VOWELS = ['e', 'u', 'i', 'a', 'e', '', 'o', 'wa'];
const LABIAL = ['a', '', 'i', 'a', 'e', '', '', ''];

/** One Ge'ez letter in Latin letters ("ሳ" sa, "ን" n, "ሿ" shwa); anything else as it is. */
function letterInLatin(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x1200 || code > 0x135a) return ch;
  const row = Math.floor((code - 0x1200) / 8);
  const order = (code - 0x1200) % 8;
  const consonant = ROWS[row];
  if (consonant === undefined) return '';
  // The labialised rows ("ቋ" qwa): their consonant already has its w.
  if (consonant.endsWith('w') && consonant.length > 1) return consonant + (LABIAL[order] ?? '');
  // A vowel carrier: "አ" a, "እ" i, "ኦ" o.
  if (consonant === '') return order === 0 ? 'a' : order === 5 ? 'i' : order === 7 ? 'wa' : VOWELS[order] ?? '';
  return consonant + (VOWELS[order] ?? '');
}

/** A Ge'ez word in Latin letters ("በርቷል" bertwal, "ፓምፑን" pampun, "ማሞቂያ" mamoqiya). */
export function geezInLatin(word: string): string {
  let out = '';
  for (const ch of word) out += letterInLatin(ch);
  return out;
}
