// Small readings the follow-up reader (FollowUpReader.ts) makes of a turn and of the engine's matches: whether a
// fragment is a whole question or command, a last "too" on a whole request, a command's target, the sole subject of
// an answer. Kept apart so that the reader itself stays the order in which follow-up readings are tried.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { kindForPhrase, kindsNamedIn } from './deviceKinds';
import { homeUses } from './homeWords';
import { tokenize } from './normalizeText';

/** A follow-up that says it adds to the last ("… too", "… as well"). */
export const ADDED = /\b(?:too|also|as well)\s*(?:please|pls|plz)?[?.!\s]*$/i;
/** A follow-up that is a whole question of its own after "and" ("and what's the actual temp", "and is it on"). */
export const WHOLE_QUESTION = /^(what|what's|whats|which|how|is|are|does|do|where|when|who|can)\b/i;
/** "and arm the alarm" after "close the gate": a command with its own verb and object, not a fragment of the last. */
export const WHOLE_COMMAND = /^(turn|switch|arm|disarm|lock|unlock|open|close|shut|dim|run|start|stop)\s+\S/i;
/** One or two words right before "there" ("the aircon there", "heat pump there"). */
export const KIND_THERE = /\b(\p{L}+(?:\s+\p{L}+)?)\s+there\b/iu;

/** A whole request or question said with a last "too"/"as well" ("cut the shed light on too"), read without it; an
 * elliptical "and the fan too" keeps it (its lead and the word are read by `ellipsisFragment`). */
export function withoutAddedWord(text: string): string {
  if (!ADDED.test(text) || /^\s*(?:and|also|or|n|&)\b/i.test(text)) return text;
  const rest = text.replace(ADDED, '').trim();
  return tokenize(rest).length >= 3 ? rest : text;
}

/** A command's target is one device, or a group in a place said ("the lights in the shed"). */
export function oneThingOrPlaced(match: IntentMatch): boolean {
  const target = match.slots['target'];
  return target?.type === 'entity' || (target?.type === 'group' && target.place !== undefined && target.place.entity_type !== 'home');
}

export function isWhole(fragment: string): boolean {
  return WHOLE_QUESTION.test(fragment) || WHOLE_COMMAND.test(fragment);
}

export function hasProblem(match: IntentMatch): boolean {
  return Object.values(match.slots).some((v) => v.type === 'ambiguous' || v.type === 'missing');
}

export function replaceOnce(sentence: string, phrase: string, by: string): string | undefined {
  const at = sentence.toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0 || !phrase) return undefined;
  return `${sentence.slice(0, at)}${by}${sentence.slice(at + phrase.length)}`;
}

/** The one device an answer cited (a where-answer cites the device and its room), else the one thing it cited. */
export function soleSubject(cited: readonly Entity[]): Entity[] {
  const devices = cited.filter((e) => e.entity_type === 'device');
  if (devices.length === 1 && devices[0]) return [devices[0]];
  return cited.length === 1 && cited[0] ? [cited[0]] : [];
}

/**
 * A task with no word of a device name and no kind ("change the batteries", not "descale the kettle"), with a word the
 * home uses ("bake sourdough bread" is no task of any device here).
 */
export function namesNoDevice(task: string, snapshot: HomeSnapshot): boolean {
  const words = tokenize(task).filter((t) => t.key.length > 3);
  return kindsNamedIn(task).size === 0 && !words.some((t) => snapshot.deviceNameKeys.has(t.key)) && words.some((t) => homeUses(snapshot, t.text, t.key));
}

/** True when the words right before "there" end in a kind ("aircon there", "the heat pump there"). */
export function kindBeforeThere(text: string): boolean {
  const words = KIND_THERE.exec(text)?.[1]?.toLowerCase().split(/\s+/) ?? [];
  return words.length > 0 && (kindForPhrase(words.join(' ')) !== undefined || kindForPhrase(words[words.length - 1] ?? '') !== undefined);
}
