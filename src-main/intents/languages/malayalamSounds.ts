// A Kochi household writes the same word in Malayalam script and in Latin letters: "കുളം" is the home's "Kulam",
// "അടുക്കള" its "Adukkala", "തറവാട്" its "Tharavad", "സോളാർ" its "Rooftop solar". A Malayalam word no name of the
// home holds in script is romanized and reduced to the consonant skeleton Tamil's reader compares by (tamilSounds.ts:
// "kulam" and "കുളം" both "kl"); when exactly one Latin word of the home's names has that skeleton, it is that word.
// Two or none leave the word as typed, so the engine asks or declines as before.
import type { HomeSnapshot } from '../HomeIndex';
import { perSnapshot } from '../perSnapshot';
import { soundKey } from './tamilSounds';

const CONSONANTS: Readonly<Record<string, string>> = {
  'ക': 'k', 'ഖ': 'kh', 'ഗ': 'g', 'ഘ': 'gh', 'ങ': 'ng', 'ച': 'ch', 'ഛ': 'ch', 'ജ': 'j', 'ഝ': 'jh', 'ഞ': 'nj',
  'ട': 't', 'ഠ': 'th', 'ഡ': 'd', 'ഢ': 'dh', 'ണ': 'n', 'ത': 'th', 'ഥ': 'th', 'ദ': 'd', 'ധ': 'dh', 'ന': 'n',
  'പ': 'p', 'ഫ': 'f', 'ബ': 'b', 'ഭ': 'bh', 'മ': 'm', 'യ': 'y', 'ര': 'r', 'ല': 'l', 'വ': 'v', 'ശ': 'sh',
  'ഷ': 'sh', 'സ': 's', 'ഹ': 'h', 'ള': 'l', 'ഴ': 'zh', 'റ': 'r',
};
// Vowels alone and as signs; a chillu is its consonant with no vowel; anusvara is "m".
const VOWELS: Readonly<Record<string, string>> = {
  'അ': 'a', 'ആ': 'a', 'ഇ': 'i', 'ഈ': 'i', 'ഉ': 'u', 'ഊ': 'u', 'ഋ': 'ri', 'എ': 'e', 'ഏ': 'e', 'ഐ': 'ai', 'ഒ': 'o', 'ഓ': 'o', 'ഔ': 'au',
  '\u0d3e': 'a', '\u0d3f': 'i', '\u0d40': 'i', '\u0d41': 'u', '\u0d42': 'u', '\u0d43': 'ri', '\u0d46': 'e', '\u0d47': 'e', '\u0d48': 'ai',
  '\u0d4a': 'o', '\u0d4b': 'o', '\u0d4c': 'au', '\u0d57': 'au',
};
const CHILLU: Readonly<Record<string, string>> = { 'ൺ': 'n', 'ൻ': 'n', 'ർ': 'r', 'ൽ': 'l', 'ൾ': 'l', 'ൿ': 'k', 'ം': 'm' };
const VIRAMA = '\u0d4d';

/** Malayalam script in Latin letters, roughly as it is typed ("കുളം" → "kulam", "തറവാട്" → "tharavat"). */
export function romanizedMalayalam(word: string): string {
  const chars = [...word];
  let out = '';
  chars.forEach((c, i) => {
    const consonant = CONSONANTS[c];
    if (consonant !== undefined) {
      const next = chars[i + 1] ?? '';
      out += consonant + (next === VIRAMA || (VOWELS[next] !== undefined && /[\u0d3e-\u0d57]/u.test(next)) ? '' : 'a');
      return;
    }
    out += VOWELS[c] ?? CHILLU[c] ?? (/[a-z0-9]/.test(c) ? c : '');
  });
  return out;
}

/** Each Latin word of the home's names by its skeleton; a skeleton two words share is kept as ambiguous (""). */
const LATIN_BY_SOUND = perSnapshot((snapshot: HomeSnapshot): ReadonlyMap<string, string> => {
  const out = new Map<string, string>();
  for (const entity of snapshot.byId.values()) {
    for (const word of entity.name.toLowerCase().split(/[^a-z]+/)) {
      if (word.length < 3) continue;
      const key = soundKey(word);
      if (key.length < 2) continue;
      const had = out.get(key);
      out.set(key, had === undefined || had === word ? word : '');
    }
  }
  return out;
});

/** The one Latin word of the home's names a Malayalam word sounds like ("കുളം" → "kulam"), or undefined. */
export function latinNameWord(word: string, snapshot: HomeSnapshot): string | undefined {
  const key = soundKey(romanizedMalayalam(word));
  // A skeleton of two letters ("mn") is too many words' to be one.
  return key.length >= 3 ? LATIN_BY_SOUND(snapshot).get(key) || undefined : undefined;
}
