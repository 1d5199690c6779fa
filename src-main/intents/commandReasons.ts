// Why people say a command, said after it with no comma: "shut off bin 3 fan its getting damp out", "kill the bathroom
// fan its doing my heid in", "unlock the front door my mans are outside", "put the lamp on so it looks like someones
// in", "turn it on before we reach". Read as words of the request, the reason becomes part of a name nobody has ("no
// lock is called 'are'") and the command is declined. spokenAsides.ts cuts a reason after a comma and a contracted
// "im"/"were" with an -ing verb; this reads the other ways English runs a reason on: "it's" + anything, a subject of
// its own and a "be" ("my feet are", "the garden is"), and a "so"/"because"/"before" with a subject. Only after a
// request that opens with its verb (a question keeps its words), only when a verb and a target are left, and never
// at a word of the home's own names.
import type { HomeSnapshot } from './HomeIndex';
import { namesSomething } from './kindClaims';
import { kindForPhrase, phraseKey } from './deviceKinds';

/** Verbs that open a request; the reason is only looked for after one. */
export const REQUEST_VERBS: ReadonlySet<string> = new Set(['arm', 'disarm', 'lock', 'unlock', 'open', 'close', 'shut', 'turn', 'switch', 'set', 'start', 'stop', 'run', 'dim', 'raise', 'lower', 'put', 'pause', 'play', 'make', 'bump', 'kill', 'crank', 'kick', 'flip', 'fire', 'boost', 'heat', 'cool']);
/** Discourse openers said before the verb of a request ("aight turn it off", "fam turn on the fan", "pls open it"). */
const OPENERS = new Set(['aight', 'alright', 'ok', 'okay', 'k', 'fam', 'yo', 'bro', 'bruh', 'pls', 'please', 'plz', 'hey', 'oi', 'right', 'just', 'now', 'so', 'ya', 'ye', 'yeah', 'and', 'can', 'could', 'you', 'u']);
/** "it's" said as one word, which no name of a target starts with: everything after it is a clause of its own; so are
 * "'tis", "'twas" and "there's" ("…on, 'tis like an oven in there", "…on theres a fox"). "that's" is left out: "the
 * lamp that's on" names its target. */
const CONTRACTED_IT = new Set(['its', 'itll', 'itd', 'tis', 'twas', 'theres']);
/** Subject + "be" in one word ("theyre", "were" is left to spokenAsides.ts: it is also a past tense). */
const CONTRACTED_SUBJECTS = new Set(['im', 'youre', 'theyre', 'hes', 'shes', 'weve', 'ive']);
/** A subject that opens a clause when a "be" follows it ("it is cold", "we are leaving"). */
const SUBJECT_PRONOUNS = new Set(['it', 'i', 'we', 'they', 'he', 'she', 'you', 'u']);
/** Subjects no command target holds: with any verb after them they open a reason ("she went to bingo"). */
const PERSON_SUBJECTS = new Set(['she', 'he', 'they']);
/** "my feet are", "the garden is", "guests are": a noun subject of up to this many words before its "be". */
const MAX_NOUN_SUBJECT = 3;
/** Determiners that may open a noun subject ("my mans are"); a relative "that"/"which" is a part of the target. */
const SUBJECT_DETERMINERS = new Set(['my', 'our', 'the', 'his', 'her', 'their', 'your', 'ur', 'these', 'those']);
const BE = new Set(['is', 'are', 'r', 'was', 'were', 'feel', 'feels', 'getting', 'gets']);
/** "am" is "be" only after "i" (Pidgin "on am" is "turn it on"). */
const I_AM = new Set(['am', 'm']);
/** Words of a command's own that never open a noun subject ("set it to 20 and on am"). */
const NOT_SUBJECT = new Set(['and', 'or', 'on', 'off', 'to', 'in', 'at', 'of', 'for', 'up', 'down', 'with', 'then', 'also', 'too', 'please', 'pls', 'a', 'an', 'it', 'them', 'all', 'both', 'now']);
/** Words that join a reason to the command; a subject must follow ("so it looks", "before we reach"). */
const CONJUNCTIONS = new Set(['so', 'cos', 'coz', 'cuz', 'cause', 'because', 'bc', 'since', 'before', 'till', 'until']);
/** Words that never open a reason: "the lights that are on" (a relative clause names the target). */
const RELATIVES = new Set(['that', 'which', 'who', 'where', 'whose']);
/** Longer text is no spoken command. */
const MAX_WORDS = 24;

const keyOf = (word: string): string => word.toLowerCase().replace(/['’]/g, '').replace(/[?!.,;:]+$/, '');

/** The command without the reason run on after it; the text unchanged when there is none. */
export function withoutCommandReason(text: string, snapshot: HomeSnapshot): string {
  const words = text.trim().split(/\s+/);
  // A reason after a comma is cut by spokenAsides.ts and the engine's clause split; only a run-on one is read here.
  if (words.length < 4 || words.length > MAX_WORDS || /[,;]/.test(text)) return text;
  let verbAt = 0;
  while (verbAt < 2 && OPENERS.has(keyOf(words[verbAt] ?? '')) && !namesSomething(snapshot, words[verbAt] ?? '')) verbAt++;
  if (!REQUEST_VERBS.has(keyOf(words[verbAt] ?? ''))) return text;
  const keys = words.map(keyOf);
  // The verb and at least one word of its target come first ("turn it", "unlock the front door").
  for (let at = verbAt + 2; at < words.length - 1; at++) {
    if (opensReason(keys, at, snapshot, words)) return words.slice(0, at).join(' ').replace(/[,;:]+$/, '');
  }
  return text;
}

/** A reason run on opens at word `at` ("its getting warm", "so it looks", "my feet are"): the same reading as above. */
export function reasonOpensAt(words: readonly string[], at: number, snapshot: HomeSnapshot): boolean {
  return at < words.length - 1 && opensReason(words.map(keyOf), at, snapshot, words);
}

function opensReason(keys: readonly string[], at: number, snapshot: HomeSnapshot, words: readonly string[]): boolean {
  const key = keys[at] ?? '';
  const next = keys[at + 1] ?? '';
  if (RELATIVES.has(key) || isHomeWord(snapshot, words[at] ?? '')) return false;
  if (CONTRACTED_IT.has(key) && !isHomeWord(snapshot, words[at + 1] ?? '')) return true;
  if (CONTRACTED_SUBJECTS.has(key)) return true;
  if (SUBJECT_PRONOUNS.has(key) && (BE.has(next) || (key === 'i' && I_AM.has(next)))) return true;
  if (PERSON_SUBJECTS.has(key) && /^[a-z]+$/.test(next) && !NOT_SUBJECT.has(next) && !isHomeWord(snapshot, words[at + 1] ?? '')) return true;
  // "till we're back", "until we're home": "were" after a conjunction is "we're" typed whole (spokenAsides.ts leaves
  // a bare "were" alone because it is also a past tense; after "till" it can only open a clause).
  if (CONJUNCTIONS.has(key) && (next === 'were' || SUBJECT_PRONOUNS.has(next) || CONTRACTED_IT.has(next) || CONTRACTED_SUBJECTS.has(next) || SUBJECT_DETERMINERS.has(next))) return true;
  return nounSubjectWithBe(keys, at, snapshot, words);
}

/** "my mans are outside", "the garden is very dry", "guests are parking": words the home never names, then a "be". */
function nounSubjectWithBe(keys: readonly string[], at: number, snapshot: HomeSnapshot, words: readonly string[]): boolean {
  const start = SUBJECT_DETERMINERS.has(keys[at] ?? '') ? at + 1 : at;
  // A bare noun subject must follow the target's last word, not the verb's particle ("turn on guests are" is no command).
  // "garden lights guests are parking": a bare subject follows the target's last word (a word of the home's names).
  if (start === at && (at < 3 || !isHomeWord(snapshot, words[at - 1] ?? ''))) return false;
  for (let end = start; end < Math.min(keys.length - 1, start + MAX_NOUN_SUBJECT); end++) {
    const key = keys[end] ?? '';
    if (isHomeWord(snapshot, words[end] ?? '') || RELATIVES.has(key) || SUBJECT_PRONOUNS.has(key) || NOT_SUBJECT.has(key) || !/^[a-z]+$/.test(key)) return false;
    if (BE.has(keys[end + 1] ?? '')) return true;
  }
  return false;
}

/** A word of a device's or place's name or a kind word: part of the target, never of a reason. */
function isHomeWord(snapshot: HomeSnapshot, word: string): boolean {
  return namesSomething(snapshot, word) || kindForPhrase(phraseKey(word)) !== undefined;
}
