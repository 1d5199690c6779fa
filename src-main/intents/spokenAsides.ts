// What a household says around a question or command that is no part of it: the sentence-final particles of Singapore
// and Malaysian English ("lock it lah", "where ah", "off can"), and an aside about the speaker after the command ("disarm
// it, im going down", "arm the alarm were leaving", "off it, he went out already"). Read as words of the request they
// become names nobody has ("no lock is called 'lah'") or pull the answer to another device ("open shop"). Closed
// classes only; a word the home uses as a device or place name is never dropped ("Ah Ma's room", a room called "Lor 3").
import type { HomeSnapshot } from './HomeIndex';
import { phraseKey } from './deviceKinds';

/** Sentence-final particles (Singlish/Manglish, from Malay, Hokkien and Cantonese); said last, they add only tone. */
const FINAL_PARTICLES = new Set(['lah', 'leh', 'lor', 'loh', 'meh', 'hor', 'sia', 'mah', 'liao', 'ah', 'ar', 'lei', 'wor']);
/** "off it can", "set it to 25 can": a final "can" after a pronoun, a number or on/off asks politely ("a watering can" stays). */
const BEFORE_ASKING_CAN = /^(it|them|this|that|on|off|\d+(\.\d+)?%?)$/;
/** Subjects of an aside about people, never of the thing asked about ("it", "they" and "that" may be the device). */
const ASIDE_SUBJECTS = new Set(['i', 'im', 'ive', 'ill', 'he', 'hes', 'she', 'shes', 'we', 'were', 'weve', 'well', 'you', 'youre', 'nobody', 'noone', 'everyone', 'everybody']);
/** The contracted subject + "be" that opens an aside with no comma before it: "arm the alarm were leaving". */
const RUN_ON_SUBJECTS = new Set(['im', 'were', 'hes', 'shes', 'theyre']);
/** Only after a command ("which lights were running" is a question, its "were" no subject). */
const COMMAND_OPENERS = new Set(['arm', 'disarm', 'lock', 'unlock', 'open', 'close', 'shut', 'turn', 'switch', 'set', 'start', 'stop', 'run', 'on', 'off', 'dim', 'raise', 'lower', 'put', 'pause', 'play']);

/** Longer text is no spoken request (the engine declines it): it is left as typed, unread. */
const MAX_CHARS = 500;

const keyOf = (word: string): string => word.toLowerCase().replace(/['’]/g, '').replace(/[?!.,;:]+$/, '');

/** A word the home names something with (one-word names and the words of device names). */
function namesSomething(snapshot: HomeSnapshot, word: string): boolean {
  const key = phraseKey(word);
  return snapshot.deviceNameKeys.has(key) || snapshot.phrases.has(key);
}

/** The request without its particles and asides; the text unchanged when there are none. */
export function withoutSpokenAsides(text: string, snapshot: HomeSnapshot): string {
  if (text.length > MAX_CHARS) return text;
  let said = afterCommaAside(text);
  said = runOnAsideRemoved(said, snapshot);
  return finalParticlesRemoved(said, snapshot);
}

/** "disarm it, im going down to open shop": the clause after the comma is about the speaker, not the request. */
function afterCommaAside(text: string): string {
  const comma = text.indexOf(',');
  if (comma <= 0) return text;
  const before = text.slice(0, comma).trim();
  const after = text.slice(comma + 1).trim().split(/\s+/);
  const first = keyOf(after[0] ?? '');
  const opener = first === 'no' && keyOf(after[1] ?? '') === 'one' ? 'noone' : first;
  if (!ASIDE_SUBJECTS.has(opener) || before.split(/\s+/).length < 2) return text;
  // "you" opening a question back ("lights, you know which?") is rare; "you" only with a verb after it counts.
  if (opener === 'you' && after.length < 2) return text;
  return before;
}

/** "arm the alarm were leaving", "lock up im heading out": a contracted subject and an -ing verb after the request. */
function runOnAsideRemoved(text: string, snapshot: HomeSnapshot): string {
  const words = text.trim().split(/\s+/);
  if (!COMMAND_OPENERS.has(keyOf(words[0] ?? ''))) return text;
  for (let at = 2; at < words.length - 1; at++) {
    const subject = keyOf(words[at] ?? '');
    const verb = keyOf(words[at + 1] ?? '');
    if (RUN_ON_SUBJECTS.has(subject) && /^[a-z]{2,}ing$/.test(verb) && !namesSomething(snapshot, words[at] ?? '')) return words.slice(0, at).join(' ');
  }
  return text;
}

function finalParticlesRemoved(text: string, snapshot: HomeSnapshot): string {
  const words = text.trim().split(/\s+/);
  const end = (): string => (words[words.length - 1] ?? '').replace(/[?!.]+$/, '');
  const mark = /[?!.]+$/.exec(words[words.length - 1] ?? '')?.[0] ?? '';
  let dropped = false;
  while (words.length > 1) {
    const last = keyOf(end());
    if (namesSomething(snapshot, last)) break;
    const politeCan = last === 'can' && BEFORE_ASKING_CAN.test(keyOf(words[words.length - 2] ?? ''));
    if (FINAL_PARTICLES.has(last) || politeCan) {
      words.pop();
      dropped = true;
      continue;
    }
    break;
  }
  return dropped ? `${words.join(' ')}${mark}` : text;
}
