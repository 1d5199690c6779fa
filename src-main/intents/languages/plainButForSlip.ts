// Round 39, speed: "what devices are in the bedrom" is plain English but for one slip of the keyboard, and yet every
// reader of another language read it (a quarter of its answer), because "bedrom" is no English word (plainEnglish.ts).
// A sentence whose one word outside plain English is a slip of one plain English word goes past those readers too.
// Why skipping them changes nothing: the rest of the sentence is plain English, which no skipped reader reads
// (round 36), so a reader could only read it for that word: its script (the sentence is ASCII), a word of its
// language, or a form of a word of the home's names (Danish without æ/ø, a Norwegian inflection, a Serbian case).
// The word is none of these when it is
// - letters only, 5 or more of them (short words are other languages' particles and have too many neighbours),
// - no word the engine's spelling knows in any language (`isWord`: the templates', cue, kind, place, topic words and
//   their inflections, spellingRepair.ts: "temperatura" is Catalan's, Spanish's and Italian's), no word of this home
//   and no kind or place word of any language (lexicon/kinds.json, places.json), nor one letter from a word of any
//   word list of the engine that is no plain English word (lexiconWords.ts: "lauter" is German's "louder"),
// - one letter from exactly one plain English word with its first letter (two letters from 7 letters), the
//   spelling repair's own measure (spellingRepair.ts), and
// - two letters or more from every word of the home's that is no plain English word (so no form of such a name),
// and the sentence has four words or more: in fewer, too little plain English stands around the slip to call the
// sentence English ("an her hetaer": the sentence frames read "an" as German's "on" beside an unknown word).
// Proof: round39SlipSpeed.test.ts runs every skipped reader on such sentences, and the unseen homes give the same
// lines with and without it. The check runs only on an ASCII sentence with exactly one word outside plain English.
import type { HomeSnapshot } from '../HomeIndex';
import { editDistance } from '../editDistance';
import { homeWords } from '../homeWords';
import { keyOf, plainLetters } from '../normalizeText';
import { kindForPhrase } from '../deviceKinds';
import { isPlaceWord } from '../placeVocabulary';
import { perSnapshot } from '../perSnapshot';
import { rememberRecentOf } from '../recentResults';
import { listedWordsFrom } from './lexiconWords';
import { englishWordsFrom, isPlainWord, plainEnglish, wordsNotPlain } from './plainEnglish';

const SLIP_LIKE = /^[a-z]{5,}$/;
const REMEMBERED = rememberRecentOf<HomeSnapshot, boolean>(64);

/**
 * True when the sentence is plain English, or plain English but for one slip of a plain English word (see above).
 * Without `isWord` (a caller that can't say which words the engine knows) only a plain sentence is.
 */
export function plainButForSlip(text: string, snapshot: HomeSnapshot, isWord?: (key: string) => boolean): boolean {
  if (plainEnglish(text)) return true;
  if (!isWord) return false;
  return REMEMBERED(snapshot, text, () => {
    if (text.trim().split(/\s+/).length < 4) return false;
    const others = wordsNotPlain(text);
    const [word] = others ?? [];
    return others?.length === 1 && word !== undefined && isSlip(word, snapshot, isWord);
  });
}

function isSlip(word: string, snapshot: HomeSnapshot, isWord: (key: string) => boolean): boolean {
  if (!SLIP_LIKE.test(word) || isWord(word) || isWord(keyOf(word))) return false;
  const home = homeWords(snapshot);
  if (home.has(word) || home.has(word.replace(/(es|s)$/, '')) || kindForPhrase(word) || isPlaceWord(word)) return false;
  if (listedWordsFrom(word[0] ?? '').some((w) => Math.abs(w.length - word.length) <= 1 && editDistance(w, word, 1) <= 1)) return false;
  const max = word.length >= 7 ? 2 : 1;
  const near = englishWordsFrom(word[0] ?? '').filter((w) => Math.abs(w.length - word.length) <= max && editDistance(w, word, max) <= max);
  if (near.length !== 1) return false;
  return !otherNameWords(snapshot).some((w) => Math.abs(w.length - word.length) <= 2 && editDistance(w, word, 2) <= 2);
}

/** The words of the home's names and aliases (as typed, and with marks left out) that are no plain English word, 3
 *  letters or more: the words whose forms the name readers read. */
const otherNameWords = perSnapshot((snapshot: HomeSnapshot): readonly string[] => {
  const words = new Set<string>();
  const add = (text: string): void => {
    const lower = text.toLowerCase();
    for (const said of [lower, plainLetters(lower)]) for (const w of said.split(/[^\p{L}\p{N}]+/u)) if (w.length >= 3 && !isPlainWord(w)) words.add(w);
  };
  for (const entity of snapshot.byId.values()) {
    add(entity.name);
    const aliases = entity.content['aliases'];
    if (Array.isArray(aliases)) for (const alias of aliases) if (typeof alias === 'string') add(alias);
  }
  return [...words];
});
