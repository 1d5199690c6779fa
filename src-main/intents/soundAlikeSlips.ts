// Speech-to-text puts a real word where a name's word was said: "what's the water thank at" (tank), "how do I hook
// up to sure power" (shore), "the hot water on the calorie fire" (calorifier). The typo mender never touches these:
// they are words. They are read by their context instead: a word next to a word of one of the home's names, where
// the pair is no pair of any name but becomes one with the word swapped for a name word that sounds like it (same
// first letter, and one letter off or the same consonants: "sure"/"shore", "thank"/"tank"), is that name word. So
// is a pair of words that together sound like one long name word ("calorie fire" → "calorifier"). Only when exactly
// one name word fits; a word of a name itself, or a pair some name already has, is never changed.
import type { HomeSnapshot } from './HomeIndex';
import { editDistance } from './editDistance';
import { tokenize } from './normalizeText';

interface NameWords {
  words: Set<string>;
  pairs: Set<string>;
  long: string[];
}

const CACHE = new WeakMap<HomeSnapshot, NameWords>();

function nameWords(snapshot: HomeSnapshot): NameWords {
  const cached = CACHE.get(snapshot);
  if (cached) return cached;
  const words = new Set<string>();
  const pairs = new Set<string>();
  for (const entity of snapshot.byId.values()) {
    const keys = tokenize(entity.name).map((t) => t.key).filter((k) => /^\p{L}+$/u.test(k));
    keys.forEach((k, i) => {
      words.add(k);
      const next = keys[i + 1];
      if (next) pairs.add(`${k} ${next}`);
    });
  }
  const out = { words, pairs, long: [...words].filter((w) => w.length >= 8) };
  CACHE.set(snapshot, out);
  return out;
}

/** The consonants as heard: no vowels or h after the first letter, doubles as one ("shore" and "sure" are "sr"). */
export function consonantKey(word: string): string {
  const w = word.toLowerCase().replace(/ph/g, 'f').replace(/ck/g, 'k');
  const rest = w.slice(1).replace(/[aeiouyh]/g, '');
  return `${w[0] ?? ''}${rest}`.replace(/(.)\1+/g, '$1');
}

function soundsLike(said: string, name: string): boolean {
  if (said === name || said[0] !== name[0] || said.length < 4 || name.length < 4) return false;
  return editDistance(said, name, 1) <= 1 || consonantKey(said) === consonantKey(name);
}

/** The text with its sound-alike slips put right, or undefined when there is none. */
export function soundAlikeSlips(text: string, snapshot: HomeSnapshot, isWord: (key: string) => boolean = () => false): string | undefined {
  const { words, pairs, long } = nameWords(snapshot);
  const tokens = tokenize(text);
  const keys = tokens.map((t) => t.key);
  const swaps: Array<[string[], string]> = [];
  const plain = (k: string | undefined): k is string => k !== undefined && /^\p{L}+$/u.test(k);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!plain(key) || words.has(key)) continue;
    const before = keys[i - 1];
    const after = keys[i + 1];
    // "thank you": a word with its own everyday partner is what it says.
    if (after === 'you') continue;
    const fits = new Set<string>();
    for (const pair of pairs) {
      const [a, b] = pair.split(' ');
      if (!a || !b) continue;
      if (after !== undefined && b === after && !pairs.has(`${key} ${after}`) && soundsLike(key, a)) fits.add(a);
      if (before !== undefined && a === before && !pairs.has(`${before} ${key}`) && soundsLike(key, b)) fits.add(b);
    }
    // "the webby" for the Webasto: a clipped name with -y/-ie, the start of exactly one long name word.
    const clipped = isWord(key) ? undefined : clippedName(key, words);
    if (clipped) fits.add(clipped);
    const [one] = fits;
    if (fits.size === 1 && one) {
      swaps.push([[tokens[i]?.text ?? key], one]);
      continue;
    }
    // "calorie fire": two words said for one long name word, neither a name word itself.
    // Two words of the language ("switch cut") are what they say: one of them must be no word the engine knows.
    if (plain(after) && !words.has(after) && key.length >= 3 && after.length >= 3 && (!isWord(key) || !isWord(after))) {
      const joined = key + after;
      const near = long.filter((w) => w[0] === joined[0] && Math.abs(w.length - joined.length) <= 2 && editDistance(w, joined, 2) <= 2);
      const [word] = near;
      if (near.length === 1 && word) {
        swaps.push([[tokens[i]?.text ?? key, tokens[i + 1]?.text ?? after], word]);
        i++;
      }
    }
  }
  if (swaps.length === 0) return undefined;
  // Put right in the text as typed, so its commas and marks stay for the readers after.
  let mended = text;
  for (const [said, word] of swaps) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${said.map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
    mended = mended.replace(pattern, word);
  }
  return mended === text ? undefined : mended;
}

/** "webby" → "webasto", "cally" → "calorifier": the stem without its pet ending and doubled letter starts one name word. */
function clippedName(key: string, words: ReadonlySet<string>): string | undefined {
  if (key.length < 5 || !/(y|ie)$/u.test(key)) return undefined;
  const base = key.replace(/(ey|y|ie)$/u, '').replace(/(\p{L})\1$/u, '$1');
  if (base.length < 3) return undefined;
  const found = [...words].filter((w) => w.length >= base.length + 3 && w.startsWith(base));
  const [one] = found;
  return found.length === 1 ? one : undefined;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
