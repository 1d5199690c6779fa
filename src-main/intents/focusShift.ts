// Turns that move the conversation off what it was just about, although they sound like follow-ups:
//   "is it warm in the front room, isn't it" right after "Which one: … or Sonos Front Room?" is a new question of its
//   own, not the pick of the speaker in the front room (read as a pick, it turned the speaker up);
//   "and is my lamp on?" right after the radiator valve names a kind of thing the valve is not: the lamp is asked
//   about, never the valve ("is my lamp on Front Room Radiator TRV" answered with the valve's state).
// Both only ever take a reading away from the focus; the question is then read as typed.
import type { Entity } from '../../src-shared/protocol/entities';
import { headKindOfName, kindsNamedIn } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { tokenize } from './normalizeText';
import { homeUses } from './homeWords';
import { ALL_CUES } from './cueWords';

/** Openers of a question of its own: a reply picking one of several never starts so ("which one" does, and stays one). */
const QUESTION_OPENERS = new Set(['is', 'are', 'was', 'were', 'what', 'whats', 'how', 'hows', 'does', 'do', 'did', 'when', 'where', 'wheres', 'who', 'why']);
/** Words of a reply that points at one of those offered ("is it the front room one", "what about the other"). */
const POINTING = new Set(['one', 'ones', 'about', 'other', 'mean', 'meant']);
/** A question this short may still be a hesitant pick ("is it Echo?"). */
const MIN_QUESTION_WORDS = 5;

/** True when a reply to "Which one do you mean" is a whole question of its own rather than a pick. */
export function asksAfresh(reply: string): boolean {
  const keys = tokenize(reply.replace(/^and\s+/i, '')).map((t) => t.key);
  return keys.length >= MIN_QUESTION_WORDS && QUESTION_OPENERS.has(keys[0] ?? '') && !keys.some((k) => POINTING.has(k));
}

/** "switch on", "switch it off": the verb, not a kind of device (a smart switch). */
const SWITCH_VERB = /\bswitch(?:ed|ing)?\s+(?:(?:it|them|that)\s+)?(?:on|off)\b/gi;

/** True when the words name a kind of device the subject is not ("my lamp" after the radiator valve). */
export function namesOtherKind(words: string, subject: Entity | undefined, snapshot: HomeSnapshot): boolean {
  if (subject?.entity_type !== 'device') return false;
  const named = kindsNamedIn(words.replace(SWITCH_VERB, ' '));
  if (named.size === 0) return false;
  const own = snapshot.kindsOfDevice.get(subject.id);
  return ![...named.keys()].some((id) => own?.has(id));
}

/** A command's opening verb, and the words before a thing's name: what follows one is the thing commanded. */
const COMMAND_VERB = /^(turn|switch|start|stop|open|close|shut|lock|unlock|put|run|dim)\b/i;
const DETERMINERS = new Set(['the', 'my', 'our', 'your']);

/**
 * True when a command names its thing by a word the home uses for something else than the subject ("turn on the
 * watering" right after the generator, the word said by the garden's valve and automation): the command is about
 * that thing, never the subject with its name put after it.
 */
export function commandsAnotherThing(words: string, subject: Entity, snapshot: HomeSnapshot): boolean {
  if (!COMMAND_VERB.test(words.trim())) return false;
  const tokens = tokenize(words);
  const own = `${subject.name} ${JSON.stringify(subject.content)}`.toLowerCase();
  return tokens.some((t, i) => i > 0 && DETERMINERS.has(tokens[i - 1]?.key ?? '') && t.key.length >= 3 && !ALL_CUES.has(t.key) && homeUses(snapshot, t.text, t.key) && !own.includes(t.text.toLowerCase()) && !own.includes(t.key));
}

/** "his bin", "her battery": a thing of the one spoken of as a person. */
const OWN_THING = /\b(?:his|her)(?=\s+\p{L})/iu;

/** He or she said of something in the last question ("when did he last hoover"). */
const SPOKEN_OF_AS_PERSON = /\b(?:he|she|him|his|her)\b/i;

/**
 * "is his bin full" after "when did he last hoover" about Hamish, a robot hoover named like a person: a device whose
 * name says no kind, spoken of as "he" or "she" in the last question, is the one "his bin" belongs to, never a bin in
 * the room it stands in. Without that "he", "her light" stays a light of a person (a thing in her room).
 */
export function personifiedThing(text: string, lastAsked: string, subject: Entity | undefined): string | undefined {
  if (subject?.entity_type !== 'device' || headKindOfName(subject.name) || !OWN_THING.test(text) || !SPOKEN_OF_AS_PERSON.test(lastAsked)) return undefined;
  return text.replace(OWN_THING, `${subject.name}'s`);
}
