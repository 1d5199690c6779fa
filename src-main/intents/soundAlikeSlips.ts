// Speech-to-text puts a real word where a name's word was said: "what's the water thank at" (tank), "how do I hook
// up to sure power" (shore), "the hot water on the calorie fire" (calorifier). The typo mender never touches these:
// they are words. They are read by their context instead: a word next to a word of one of the home's names, where
// the pair is no pair of any name but becomes one with the word swapped for a name word that sounds like it (same
// first letter, and one letter off or the same consonants: "sure"/"shore", "thank"/"tank"), is that name word. So
// is a pair of words that together sound like one long name word ("calorie fire" → "calorifier"). Only when exactly
// one name word fits; a word of a name itself, or a pair some name already has, is never changed.
import type { HomeSnapshot } from './HomeIndex';
import { ALL_CUES } from './cueWords';
import { kindForPhrase } from './deviceKinds';
import { editDistance } from './editDistance';
import { STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';
import { isPlaceWord } from './placeVocabulary';
import { escapeRegExp } from './regexText';

interface NameWords {
  words: Set<string>;
  /** Each name word with the words that follow it in a name ("water" → tank), and those before it. */
  next: Map<string, Set<string>>;
  prev: Map<string, Set<string>>;
  long: string[];
}

const CACHE = new WeakMap<HomeSnapshot, NameWords>();

function nameWords(snapshot: HomeSnapshot): NameWords {
  const cached = CACHE.get(snapshot);
  if (cached) return cached;
  const words = new Set<string>();
  const next = new Map<string, Set<string>>();
  const prev = new Map<string, Set<string>>();
  const link = (map: Map<string, Set<string>>, a: string, b: string): void => {
    const set = map.get(a) ?? new Set<string>();
    set.add(b);
    map.set(a, set);
  };
  for (const entity of snapshot.byId.values()) {
    const keys = tokenize(entity.name).map((t) => t.key).filter((k) => /^\p{L}+$/u.test(k));
    keys.forEach((k, i) => {
      words.add(k);
      const after = keys[i + 1];
      if (after) {
        link(next, k, after);
        link(prev, after, k);
      }
    });
  }
  const out = { words, next, prev, long: [...words].filter((w) => w.length >= 8) };
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

/**
 * A word that carries a reading of its own: a cue ("what does the utility lead to"), a word of no content ("de",
 * "the"), a kind word ("radiator knobs") or a place word. It is what it says, never a slip, and no anchor for one.
 */
function meaningful(key: string): boolean {
  return ALL_CUES.has(key) || STOP_WORDS.has(key) || kindForPhrase(key) !== undefined || isPlaceWord(key);
}

/** The text with its sound-alike slips put right, or undefined when there is none. */
export function soundAlikeSlips(text: string, snapshot: HomeSnapshot, isWord: (key: string) => boolean = () => false): string | undefined {
  const tokens = tokenize(text);
  const keys = tokens.map((t) => t.key);
  const plain = (k: string | undefined): k is string => k !== undefined && /^\p{L}{3,}$/u.test(k);
  // Nothing that could be a slip: every word a name's own, a short word or no word (a number, another script).
  const { words, next, prev, long } = nameWords(snapshot);
  if (!keys.some((k) => plain(k) && !words.has(k))) return undefined;
  // Dictation slips are English heard as English: in a sentence whose other words are mostly no English the engine
  // knows ("kaç tane lamba var toplamda", "vlaga ostava") a word is an inflection or a word of that language, no slip
  // of a name's; only a pet name ("webby") is read there.
  const open = keys.filter((k) => plain(k) && !words.has(k));
  const english = open.filter((k) => meaningful(k) || isWord(k)).length >= open.length * 0.6;
  // An anchor is a name's word of some length and content ("power", "tank"), not "de" or "na".
  const anchor = (k: string | undefined): k is string => k !== undefined && k.length >= 4 && words.has(k) && !STOP_WORDS.has(k);
  const swaps: Array<[string[], string]> = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!plain(key) || words.has(key) || meaningful(key)) continue;
    const before = keys[i - 1];
    const after = keys[i + 1];
    // "thank you": a word with its own everyday partner is what it says.
    if (after === 'you') continue;
    const fits = new Set<string>();
    if (english && anchor(after) && !(prev.get(after)?.has(key) ?? false)) for (const a of prev.get(after) ?? []) if (soundsLike(key, a)) fits.add(a);
    if (english && anchor(before) && !(next.get(before)?.has(key) ?? false)) for (const b of next.get(before) ?? []) if (soundsLike(key, b)) fits.add(b);
    // "the webby" for the Webasto: a clipped name with -y/-ie, the start of exactly one long name word.
    const clipped = isWord(key) ? undefined : clippedName(key, words);
    if (clipped) fits.add(clipped);
    const [one] = fits;
    // The one name word it sounds like, of all the home's ("chate" is near "chata" and "chatu": an inflection, no slip).
    if (fits.size === 1 && one && (one === clipped || [...words].filter((w) => soundsLike(key, w)).length === 1)) {
      swaps.push([[tokens[i]?.text ?? key], one === clipped ? deviceNamedBy(one, snapshot) ?? one : one]);
      continue;
    }
    // "calorie fire": two words said for one long name word, neither a name word itself nor a word with a reading.
    // Two words of the language ("switch cut") are what they say: one of them must be no word the engine knows.
    // Both words of some length: "press her" is no "pressure" (a short word is a pronoun or particle as said).
    if (english && plain(after) && key.length >= 4 && after.length >= 4 && !words.has(after) && !meaningful(after) && (!isWord(key) || !isWord(after))) {
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
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${said.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
    mended = mended.replace(pattern, word);
  }
  return mended === text ? undefined : mended;
}

/**
 * "webby" → "webasto", "cally" → "calorifier": the stem without its pet ending and doubled letter starts one name
 * word. A stem that is a word with a reading of its own ("carry" is "car" + -ry, and a car is a kind) is no pet name.
 */
function clippedName(key: string, words: ReadonlySet<string>): string | undefined {
  if (key.length < 5 || !/(y|ie)$/u.test(key)) return undefined;
  const base = key.replace(/(ey|y|ie)$/u, '').replace(/(\p{L})\1$/u, '$1');
  if (base.length < 3 || meaningful(base) || words.has(base)) return undefined;
  const found = [...words].filter((w) => w.length >= base.length + 3 && w.startsWith(base));
  const [one] = found;
  return found.length === 1 ? one : undefined;
}

/** The one device whose name holds the word ("webasto" → "Webasto diesel heater"): a pet name is the thing's, not its maker's. */
function deviceNamedBy(word: string, snapshot: HomeSnapshot): string | undefined {
  const named = [...snapshot.byId.values()].filter((e) => e.entity_type === 'device' && tokenize(e.name).some((t) => t.key === word));
  const [one] = named;
  return named.length === 1 && one ? one.name : undefined;
}
