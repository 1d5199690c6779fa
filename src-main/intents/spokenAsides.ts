// What a household says around a question or command that is no part of it: the sentence-final particles of Singapore
// and Malaysian English ("lock it lah", "where ah", "off can"), and an aside about the speaker after the command ("disarm
// it, im going down", "arm the alarm were leaving", "off it, he went out already"). Read as words of the request they
// become names nobody has ("no lock is called 'lah'") or pull the answer to another device ("open shop"). Closed
// classes only; a word the home uses as a device or place name is never dropped ("Ah Ma's room", a room called "Lor 3").
import type { HomeSnapshot } from './HomeIndex';
import { namesSomething } from './kindClaims';
import { kindForPhrase, phraseKey } from './deviceKinds';
import { withoutComfortRemark } from './comfortRemark';
import { homeWords } from './homeWords';
import { SWAHILI } from './languages/swahiliWords';
import PARTICLES from './lexicon/finalParticles.json';

/** Sentence-final particles (Singlish/Manglish, from Malay, Hokkien and Cantonese); said last, they add only tone. */
const FINAL_PARTICLES: ReadonlySet<string> = new Set(PARTICLES.always);
/**
 * Particles of Thai, Cantonese, Tagalog and Tamil English ("open her fan na", "set 28 la", "make it 22 po") that are
 * words of other languages too: dropped only after a request (lexicon/finalParticles.json).
 */
const REQUEST_PARTICLES: ReadonlySet<string> = new Set(Object.values(PARTICLES.afterRequest).flat());
/** "set it to 22 po", "turn it off la": the word before a request's particle ends a request. */
const REQUEST_END = /^(it|them|this|that|on|off|up|down|\d+(\.\d+)?%?)$/;
/** "off it can", "set it to 25 can": a final "can" after a pronoun, a number or on/off asks politely ("a watering can" stays). */
const BEFORE_ASKING_CAN = /^(it|them|this|that|on|off|\d+(\.\d+)?%?)$/;
/** Subjects of an aside about people, never of the thing asked about ("it", "they" and "that" may be the device). */
const ASIDE_SUBJECTS = new Set(['i', 'im', 'ive', 'ill', 'he', 'hes', 'she', 'shes', 'we', 'were', 'weve', 'well', 'you', 'youre', 'nobody', 'noone', 'everyone', 'everybody']);
/** The contracted subject + "be" that opens an aside with no comma before it: "arm the alarm were leaving". */
const RUN_ON_SUBJECTS = new Set(['im', 'were', 'hes', 'shes', 'theyre']);
/** A subject and "be" as two words, as typed on a phone: "arm the alarm we r leaving", "lock up im heading out". */
const PLAIN_SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she', 'u', 'you']);
const BE_WORDS = new Set(['r', 'are', 'am', 'm', 'is', 're']);
/** Only after a command ("which lights were running" is a question, its "were" no subject). */
const COMMAND_OPENERS = new Set(['arm', 'disarm', 'lock', 'unlock', 'open', 'close', 'shut', 'turn', 'switch', 'set', 'start', 'stop', 'run', 'on', 'off', 'dim', 'raise', 'lower', 'put', 'pause', 'play']);
/**
 * A Swahili finite verb of a person: subject (a he/she, wa they, ni I, tu we, u you, m you all) + tense (me, na, li, ta,
 * ja, sha, ka) + a stem ending in a vowel, as every Swahili verb does ("amefika" she has arrived, "anakuja" he is
 * coming, "tunaondoka" we are leaving). Said after a whole command, it opens a clause about people, not the target.
 */
const SWAHILI_PERSON_VERB = /^(a|wa|ni|tu|u|m)(me|na|li|ta|ja|sha|ka)[a-z]{2,}[aeiou]$/;
/** Words that join a target to its owner or place ("ya", "of"): a target never ends in one. */
const CONNECTORS = new Set(['ya', 'wa', 'la', 'za', 'cha', 'vya', 'kwa', 'of', 'in', 'the', 'for', 'at', 'to']);
/** At most this many words before such a verb are its subject ("mama njeri amefika"). */
const MAX_SUBJECT_WORDS = 2;

/** The Swahili command verbs ("fungua", "zima"), which open a command as the English ones do. */
const SWAHILI_COMMANDS = new Set(Object.keys(SWAHILI.commands).filter((c) => !c.includes(' ')));

/** Longer text is no spoken request (the engine declines it): it is left as typed, unread. */
const MAX_CHARS = 500;

const keyOf = (word: string): string => word.toLowerCase().replace(/['’]/g, '').replace(/[?!.,;:]+$/, '');

/** The request without its particles and asides; the text unchanged when there are none. */
export function withoutSpokenAsides(text: string, snapshot: HomeSnapshot): string {
  if (text.length > MAX_CHARS) return text;
  // "set 26 la, too cold": the particle first, then the remark on how it feels (comfortRemark.ts).
  const opensRequest = (clause: string): boolean => REQUEST_VERBS.has(keyOf(clause.split(/\s+/)[0] ?? ''));
  let said = afterCommaAside(withoutComfortRemark(particleBeforeComma(text, snapshot), opensRequest), snapshot);
  said = runOnAsideRemoved(said, snapshot);
  said = swahiliClauseRemoved(said, snapshot);
  return finalParticlesRemoved(said, snapshot);
}

/** Words that open what someone says before its request, alone before a comma ("right, set the alarm, …"). */
const LEAD_WORDS = new Set(['right', 'ok', 'okay', 'alright', 'aight', 'so', 'well', 'now', 'yeah', 'oh', 'ah']);

/** "disarm it, im going down to open shop": the clause after the comma is about the speaker, not the request. */
function afterCommaAside(text: string, snapshot: HomeSnapshot): string {
  const comma = text.indexOf(',');
  if (comma <= 0) return text;
  const before = text.slice(0, comma).trim();
  // "right, set t'alarm, I'm off to bed": the aside is looked for after the request, not after its opening word.
  if (LEAD_WORDS.has(keyOf(before)) && !namesSomething(snapshot, before)) return `${before}, ${afterCommaAside(text.slice(comma + 1).trim(), snapshot)}`;
  const after = text.slice(comma + 1).trim().split(/\s+/);
  const first = keyOf(after[0] ?? '');
  const opener = first === 'no' && keyOf(after[1] ?? '') === 'one' ? 'noone' : first;
  // "switch on, Zayed doing homework", "make it 20, they're coming from the desert": a reason after a whole command.
  if (!ASIDE_SUBJECTS.has(opener) && reasonAfterCommand(before, after, snapshot)) return before;
  if (!ASIDE_SUBJECTS.has(opener) || before.split(/\s+/).length < 2) return text;
  // "you" opening a question back ("lights, you know which?") is rare; "you" only with a verb after it counts.
  if (opener === 'you' && after.length < 2) return text;
  return before;
}

/** Verbs that open a request as well as the command words do ("make it 20", "bump it up"). */
const REQUEST_VERBS = new Set([...COMMAND_OPENERS, 'make', 'bump', 'kill', 'crank']);
/** A finite verb of a clause of its own: "is", "are", "'s", "'re", "says", or a word in -ing or -ed. */
const CLAUSE_VERB = /^(is|are|was|were|s|re|says|said|wants|needs|has|have|had|[a-z]{2,}ing|[a-z]{3,}ed)$/;

/**
 * After a request that opens with its verb, a clause with a verb of its own among its first words and no word of a
 * device or kind before that verb is the reason for it ("guests are parking", "kids spilled chips everywhere",
 * "its late"); "turn off the lights, the kitchen ones" has no verb and stays.
 */
function reasonAfterCommand(before: string, after: readonly string[], snapshot: HomeSnapshot): boolean {
  if (!REQUEST_VERBS.has(keyOf(before.split(/\s+/)[0] ?? ''))) return false;
  const verbAt = after.slice(0, 3).findIndex((w) => CLAUSE_VERB.test(keyOf(w).replace(/^(its|theyre|were|hes|shes|thats)$/, 's')));
  const subjectOnly = /^(its|it's|it’s|theyre|they're|they’re|thats|that's)$/i.test(after[0] ?? '');
  if (verbAt < 0 && !subjectOnly) return false;
  return after.slice(0, Math.max(verbAt, 1)).every((w) => !namesDevice(snapshot, w));
}

/** "arm the alarm were leaving", "lock up im heading out": a contracted subject and an -ing verb after the request. */
function runOnAsideRemoved(text: string, snapshot: HomeSnapshot): string {
  const words = text.trim().split(/\s+/);
  if (!COMMAND_OPENERS.has(keyOf(words[0] ?? ''))) return text;
  for (let at = 2; at < words.length - 1; at++) {
    const subject = keyOf(words[at] ?? '');
    const verb = keyOf(words[at + 1] ?? '');
    if (RUN_ON_SUBJECTS.has(subject) && /^[a-z]{2,}ing$/.test(verb) && !namesSomething(snapshot, words[at] ?? '')) return words.slice(0, at).join(' ');
    // "we r leaving", "i am heading out": the subject and "be" typed apart.
    const then = keyOf(words[at + 2] ?? '');
    const plain = PLAIN_SUBJECTS.has(subject) && BE_WORDS.has(verb) && /^[a-z]{2,}ing$/.test(then);
    if (plain && !namesSomething(snapshot, words[at] ?? '') && !namesSomething(snapshot, words[at + 1] ?? '')) return words.slice(0, at).join(' ');
  }
  return text;
}

/**
 * "unlock front door mama njeri amefika" (mama Njeri has arrived): after a command, a Swahili verb of a person and the
 * one or two words before it that name no device are a clause of their own. A word of a device's name or a kind word
 * ends the subject ("washa taa ya sebule baba anakuja" keeps "sebule"); the verb is never a word of the home.
 */
function swahiliClauseRemoved(text: string, snapshot: HomeSnapshot): string {
  const words = text.trim().split(/\s+/);
  if (!COMMAND_OPENERS.has(keyOf(words[0] ?? '')) && !SWAHILI_COMMANDS.has(keyOf(words[0] ?? ''))) return text;
  const home = homeWords(snapshot);
  const at = words.findIndex((w, i) => i >= 2 && SWAHILI_PERSON_VERB.test(keyOf(w)) && !home.has(keyOf(w)) && !kindForPhrase(phraseKey(w)));
  if (at < 0) return text;
  let start = at;
  while (start > 2 && at - start < MAX_SUBJECT_WORDS && !namesDevice(snapshot, words[start - 1] ?? '')) start--;
  // "washa taa ya rehema baba anakuja": the target never ends in a connector; its owner is given back.
  while (start < at && CONNECTORS.has(keyOf(words[start - 1] ?? ''))) start++;
  return words.slice(0, start).join(' ');
}

/**
 * A word of a device's name (not a resident's, who has a room of their own: "Rehema's fan") or a word that says a
 * kind: part of the target, never of a clause's subject.
 */
function namesDevice(snapshot: HomeSnapshot, word: string): boolean {
  const key = phraseKey(word);
  return (snapshot.deviceNameKeys.has(key) && !snapshot.roomOwners.has(key)) || kindForPhrase(key) !== undefined;
}

/** "turn it off la, shop closed today": a particle ends the request before the comma as it does at the end. */
function particleBeforeComma(text: string, snapshot: HomeSnapshot): string {
  const comma = text.indexOf(',');
  if (comma <= 0) return text;
  const head = text.slice(0, comma);
  const read = finalParticlesRemoved(head, snapshot);
  return read === head ? text : `${read}${text.slice(comma)}`;
}

function finalParticlesRemoved(text: string, snapshot: HomeSnapshot): string {
  const words = text.trim().split(/\s+/);
  const end = (): string => (words[words.length - 1] ?? '').replace(/[?!.]+$/, '');
  const mark = /[?!.]+$/.exec(words[words.length - 1] ?? '')?.[0] ?? '';
  let dropped = false;
  while (words.length > 1) {
    const last = keyOf(end());
    const before = keyOf(words[words.length - 2] ?? '');
    const politeCan = last === 'can' && BEFORE_ASKING_CAN.test(before);
    const request = REQUEST_PARTICLES.has(last) && (REQUEST_END.test(before) || REQUEST_VERBS.has(keyOf(words[0] ?? '')));
    // A particle said last goes unless the home names something with it; whether it does is asked only of a particle
    // (round 45: asked first, it cost every sentence a phrase key of its last word).
    if (!(FINAL_PARTICLES.has(last) || politeCan || request) || namesSomething(snapshot, last)) break;
    words.pop();
    dropped = true;
  }
  return dropped ? `${words.join(' ')}${mark}` : text;
}
