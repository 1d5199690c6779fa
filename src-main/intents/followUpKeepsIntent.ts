// An elliptical follow-up ("and the gate", "and the blinds?") asks the last question again of another thing. These
// rules keep that reading over the bare noun's own (its state), keep a new thing out of the last question's place
// slot, and drop a place that qualified the last thing when the new thing is not there.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindsNamedIn, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import type { IntentMatch } from './IntentEngine';
import { membersOfKind } from './kindMembers';
import { isPlaceWord } from './placeVocabulary';
import { escapeRegExp } from './regexText';

/** The slots a fragment naming a thing never replaces: "and the tv" after "… the heat pump in the basement". */
export const PLACE_SLOTS: ReadonlySet<string> = new Set(['place', 'room']);

/** Does the fragment name a device or a kind, and no room, zone or place word? */
export function namesThingNotPlace(fragment: string, snapshot: HomeSnapshot, turn = ''): boolean {
  // "and in camera del nonno?": said after "in", the words are a place even when one is also a kind ("camera").
  if (/^\s*(?:and\s+)?(?:in|at|inside)\s/i.test(turn)) return false;
  const key = phraseKey(fragment.replace(/^(the|a|an|my|our|your)\s+/i, ''));
  if (!key || key.split(' ').some(isPlaceWord)) return false;
  const named = snapshot.phrases.get(key) ?? [];
  if (named.some((e) => e.entity_type === 'room' || e.entity_type === 'zone' || e.entity_type === 'home')) return false;
  return named.some((e) => e.entity_type === 'device') || kindsNamedIn(key).size > 0;
}

/**
 * The last question asked of the fragment's thing when that reading only needs a "which one" (the gate of two), and
 * the turn read alone is merely the thing's state or a word search: "and the gate" after "which automations use the
 * front door lock" asks the gate's automations (of each gate), not whether it is shut.
 */
export function keptIntent<T extends { match: IntentMatch; text: string }>(held: T | undefined, substituted: readonly string[], lastIntent: string, own: IntentMatch | undefined): T | undefined {
  if (!held || !substituted.includes(held.text) || held.match.intent !== lastIntent) return undefined;
  if (Object.values(held.match.slots).some((v) => v.type === 'missing')) return undefined;
  if (own && own.intent === lastIntent) return undefined;
  // "and mom's lamp too" after "turn off tyler's": the same command, asked back which lamp, never a list of lamps.
  const sameCommand = STATE_COMMANDS.has(lastIntent) && own !== undefined && !STATE_COMMANDS.has(own.intent);
  return !own || own.intent === 'device_state' || own.intent === 'search_graph' || sameCommand ? held : undefined;
}

const STATE_COMMANDS: ReadonlySet<string> = new Set(['turn_on', 'turn_off', 'open', 'close', 'lock', 'unlock']);

/**
 * "and the blinds?" after "which app controls the heat pump in the basement": the basement named which heat pump;
 * with no blind there but blinds elsewhere, the question is asked without it (never "no blinds in the basement").
 */
export function withoutPlaceOfNone(attempt: string, match: IntentMatch, snapshot: HomeSnapshot): string | undefined {
  const placeSlot = match.slots['place'];
  const kindSlot = match.slots['kind'];
  const group = Object.values(match.slots).find((v) => v.type === 'group');
  const place: Entity | undefined = placeSlot?.type === 'entity' ? placeSlot.entity : group?.type === 'group' ? group.place : undefined;
  const kind = kindSlot?.type === 'kind' ? kindSlot.kind : group?.type === 'group' ? group.kind : undefined;
  const placeText = placeSlot?.type === 'entity' ? placeSlot.text : undefined;
  if (!place || !kind || !placeText || place.entity_type === 'home') return undefined;
  const members = membersOfKind(snapshot, kind);
  if (members.length === 0) return undefined;
  const there = new Set(devicesWithin(snapshot, place).map((d) => d.id));
  if (members.some((d) => there.has(d.id))) return undefined;
  const escaped = escapeRegExp(placeText.trim()).replace(/\s+/g, '\\s+');
  const re = new RegExp(`\\s+(?:in|at|on|from)\\s+(?:the\\s+|my\\s+|our\\s+)?${escaped}(?=$|[^\\p{L}\\p{N}])`, 'iu');
  const dropped = attempt.replace(re, '');
  return dropped !== attempt ? dropped : undefined;
}

/** Words only an automation or a schedule answers to: a device is never "enabled". */
const ONLY_AUTOMATIONS = /\b(enabled|disabled|enable|disable)\b/i;
/** What an automation is asked: what it does, when it runs. */
// "what sets it off", "what triggers it" right after "1 automation acts on the landing": what starts that automation.
const ASKED_OF_AUTOMATION = /^(?:and\s+)?(?:(?:what|when)\s+(?:does|will|would)\s+(?:it|that)\s+(?:do|run|trigger|fire)|what\s+(?:sets|triggers|starts|fires|kicks)\s+(?:it|that)(?:\s+off)?\s*[?.!]*$)/i;

/**
 * "is it enabled" after "what happens if a leak sensor goes off" (the sensors and their one automation cited): "it" is
 * that automation, the one thing cited that can be enabled, not the sensor the question was about.
 */
export function automationMeant(text: string, subjects: readonly Entity[], listed: readonly Entity[], lastIntent = ''): Entity | undefined {
  // "what does it do" right after "1 automation affects the panic button: Panic alarm": that automation.
  const afterAutomations = lastIntent.startsWith('automations_') && ASKED_OF_AUTOMATION.test(text.trim());
  if (!ONLY_AUTOMATIONS.test(text) && !afterAutomations) return undefined;
  const [subject] = subjects;
  if (subject && (subject.entity_type === 'automation' || subject.entity_type === 'schedule')) return undefined;
  const runs = [...new Set([...subjects, ...listed])].filter((e) => e.entity_type === 'automation' || e.entity_type === 'schedule');
  return runs.length === 1 ? runs[0] : undefined;
}

/** "which one is off", "which of them are enabled": one or some of what was just listed. */
const WHICH_OF_LIST = /^which\s+(?:ones?|of\s+(?:them|those|these)|of\s+the\s+ones)\b/i;

/** After the automations were listed, "which one is off" asks it of the automations ("which automations are off"). */
export function overListedAutomations(text: string, lastIntent: string): string | undefined {
  if (lastIntent !== 'list_automations' || !WHICH_OF_LIST.test(text.trim())) return undefined;
  return text.trim().replace(WHICH_OF_LIST, 'which automations').replace(/\bautomations\s+is\b/i, 'automations are');
}
