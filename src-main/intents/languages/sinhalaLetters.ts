// Sinhala script written in the Latin letters Sri Lankans text Sinhala with, so the Sinhala reader (sinhalaPhrasing.ts)
// reads one spelling of its words whichever script was typed ("ආච්චිගේ පංකාව" achchige pankawa, "කීයද" kiyada). Each
// consonant letter carries an "a" unless a vowel sign follows (its vowel instead) or the virama "්" (no vowel);
// long vowels are texted short ("කී" ki, "දාලද" dalada), "ඇ"/"ැ" as a ("දැන්" dan), "ත" as th and "ට" as t, "ව" as w,
// "ං" as n ("පංකාව" pankawa). Sinhala digits and punctuation are no letters.

/** Sinhala letters (U+0D80-U+0DFF): the cheap check of the reader's gate. */
export const SINHALA = /[\u0d80-\u0dff]/u;

const VOWELS: Record<string, string> = {
  'අ': 'a', 'ආ': 'a', 'ඇ': 'a', 'ඈ': 'a', 'ඉ': 'i', 'ඊ': 'i', 'උ': 'u', 'ඌ': 'u', 'ඍ': 'ru', 'ඎ': 'ru',
  'එ': 'e', 'ඒ': 'e', 'ඓ': 'ai', 'ඔ': 'o', 'ඕ': 'o', 'ඖ': 'au',
};
const CONSONANTS: Record<string, string> = {
  'ක': 'k', 'ඛ': 'k', 'ග': 'g', 'ඝ': 'g', 'ඞ': 'n', 'ඟ': 'ng', 'ච': 'ch', 'ඡ': 'ch', 'ජ': 'j', 'ඣ': 'j', 'ඤ': 'ny',
  'ඥ': 'gn', 'ඦ': 'nj', 'ට': 't', 'ඨ': 't', 'ඩ': 'd', 'ඪ': 'd', 'ණ': 'n', 'ඬ': 'nd', 'ත': 'th', 'ථ': 'th', 'ද': 'd',
  'ධ': 'd', 'න': 'n', 'ඳ': 'nd', 'ප': 'p', 'ඵ': 'p', 'බ': 'b', 'භ': 'b', 'ම': 'm', 'ඹ': 'mb', 'ය': 'y', 'ර': 'r',
  'ල': 'l', 'ව': 'w', 'ශ': 'sh', 'ෂ': 'sh', 'ස': 's', 'හ': 'h', 'ළ': 'l', 'ෆ': 'f',
};
const SIGNS: Record<string, string> = {
  'ා': 'a', 'ැ': 'a', 'ෑ': 'a', 'ි': 'i', 'ී': 'i', 'ු': 'u', 'ූ': 'u', 'ෘ': 'ru', 'ෲ': 'ru', 'ෙ': 'e', 'ේ': 'e',
  'ෛ': 'ai', 'ො': 'o', 'ෝ': 'o', 'ෞ': 'au', 'ෟ': 'lu',
};
const VIRAMA = '්';

/** A Sinhala word in Latin letters ("නිවන්න" niwanna, "ලාම්පුව" lampuwa); other letters as they are. */
export function sinhalaInLatin(word: string): string {
  let out = '';
  let pending = false; // a consonant written, its vowel not yet known
  for (const ch of word) {
    const consonant = CONSONANTS[ch];
    if (consonant !== undefined) {
      if (pending) out += 'a';
      out += consonant;
      pending = true;
      continue;
    }
    if (ch === VIRAMA) { pending = false; continue; }
    const sign = SIGNS[ch];
    if (sign !== undefined) { out += sign; pending = false; continue; }
    if (pending) out += 'a';
    pending = false;
    if (ch === 'ං') out += 'n';
    else if (ch === 'ඃ') out += 'h';
    else if (ch === '\u200d') continue; // the zero-width joiner of a conjunct
    else out += VOWELS[ch] ?? ch;
  }
  return pending ? `${out}a` : out;
}
