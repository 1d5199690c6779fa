// A read-only question whose name matched several devices ("which app for the sauna" with a sauna sensor and a sauna
// heater, "what is the sauna set to"). Never an answer from one arbitrary pick: a question about one capability goes
// to the one candidate that has it; a question any of them can answer is answered for each of them, so "none" is
// only said of the devices that truly lack it. Commands are not read here: they still ask which one.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './deviceKinds';
import { alarmStateOf } from './alarmControl';
import { currentTemperatureOf, lockStateOf, powerStateOf, setpointOf } from './deviceReadings';
import type { IntentMatch } from './IntentEngine';
import { isOutsideWord } from './placeVocabulary';

/** Per intent, what a device must have to answer it at all. */
const NEEDS: Record<string, (d: Entity) => boolean> = {
  state_locked: (d) => lockStateOf(d) !== undefined || capabilitiesOf(d).includes('lock'),
  setpoint: (d) => setpointOf(d) !== undefined || capabilitiesOf(d).includes('temperature_control'),
  state_on: (d) => powerStateOf(d) !== undefined,
};

/** Intents answered for each candidate when the name is shared (state questions still ask which one). */
const FOR_EACH = new Set(['app_for_device', 'manual_for', 'schedules_for_device', 'automations_for_device', 'device_controllers', 'notes_about']);
/** The slot holding the device, per intent ("any notes about the tv" names a thing). */
const SLOT_OF: Record<string, string> = { notes_about: 'thing' };

/** Words that ask what a device is set to rather than what it reads. */
const SETTING_WORDS = new Set(['set', 'setpoint', 'target', 'setting']);

/** A power reading that is on/off (a smoke alarm's "status: normal" is no such thing). */
const ON_OFF = /^(not )?(on|off|running|playing|charging|idle|standby)\b/i;
/** Words that ask whether an alarm is armed (after the language layer). */
const ARM_WORDS = new Set(['armed', 'disarmed', 'arm', 'set']);

/**
 * "is the alarm on", "is the alarm armed" with an alarm panel and smoke alarms: only a device with an armed/disarmed
 * state answers that; a smoke alarm is never on or armed. "On" still keeps a candidate that reads on/off.
 */
function armingAsked(match: IntentMatch, candidates: Entity[]): Entity[] {
  const armWord = match.words.some((w) => ARM_WORDS.has(w));
  if (!armWord && match.intent !== 'state_on') return candidates;
  const able = candidates.filter((d) => alarmStateOf(d) !== undefined || (!armWord && ON_OFF.test(powerStateOf(d) ?? '')));
  return able.some((d) => alarmStateOf(d) !== undefined) ? able : candidates;
}

/** The candidates that can answer the read question at all (an armed state for "is the alarm on", a lock state for
 *  "is it locked"), or all of them when none can. */
export function candidatesAble(match: IntentMatch, candidates: Entity[]): Entity[] {
  const arming = armingAsked(match, candidates);
  const needs = NEEDS[match.intent];
  const able = needs ? arming.filter(needs) : arming;
  return able.length > 0 ? able : arming;
}

/** More candidates than this is a real "which one?". */
const MAX_EACH = 4;

export type AmbiguousRead = { match: IntentMatch } | { each: IntentMatch[] } | undefined;

/**
 * Place questions answered for each outdoor room when "outside" names several of them, or each room of a floor (not
 * which rooms it has: each room of it would only be "a room itself").
 */
const FOR_EACH_PLACE = new Set(['devices_in_place', 'rooms_in_place', 'count_devices', 'automations_in_room', 'kind_on', 'list_kind', 'count_kind', 'readings']);

export function readAmbiguous(match: IntentMatch): AmbiguousRead {
  const place = match.slots['place'];
  if (place?.type === 'ambiguous' && FOR_EACH_PLACE.has(match.intent) && (isOutsideWord(place.text) || (match.intent !== 'rooms_in_place' && place.floor === true)) && place.candidates.length <= MAX_EACH) {
    return { each: place.candidates.map((entity) => ({ ...match, slots: { ...match.slots, place: { type: 'entity', text: place.text, entity, how: 'alias' } } })) };
  }
  // "what's the door PIN" with several doors: the secret is looked for in the notes of all of them
  // (answerGraphSearch.ts) — asking which door first would only lead to the same private note.
  if (match.intent === 'search_graph' && match.slots['secret'] !== undefined && match.slots['device']?.type === 'ambiguous') return { each: [match] };
  const slotName = SLOT_OF[match.intent] ?? 'device';
  const slot = match.slots[slotName];
  // "what's the sauna temperature" (no "set"/"target"): what it is set to and what it reads are both answers.
  const reading = match.intent === 'setpoint' && !match.words.some((w) => SETTING_WORDS.has(w));
  const needs = reading ? (d: Entity): boolean => setpointOf(d) !== undefined || currentTemperatureOf(d) !== undefined : NEEDS[match.intent];
  // "when did the doorbell last ring" kept by two devices (lastEventAsked.ts): each one's time.
  const lastEvent = match.template === 'reading:last-event';
  if (slot?.type !== 'ambiguous' || (!FOR_EACH.has(match.intent) && !needs && !lastEvent)) return undefined;
  if (Object.values(match.slots).some((v) => v !== slot && (v.type === 'ambiguous' || v.type === 'missing'))) return undefined;
  let candidates = slot.candidates.filter((c) => c.entity_type === 'device' || c.entity_type === 'door' || (slot.kindWordAlone === true && c.entity_type === 'window'));
  if (candidates.length !== slot.candidates.length) return undefined;
  // None of them has it ("is the sauna locked"): each says so (or answers through a lock next to it) — asking which
  // one would only lead to the same "no".
  let noneAble = false;
  candidates = armingAsked(match, candidates);
  // A kind said alone ("is the tv on", kindWordInOneName.ts) is any of them: none is dropped for lacking the reading.
  if (needs && !slot.kindWordAlone) {
    const able = candidates.filter(needs);
    if (able.length > 0) candidates = able;
    else noneAble = true;
  }
  const withDevice = (entity: Entity): IntentMatch => ({ ...match, slots: { ...match.slots, [slotName]: { type: 'entity', text: slot.text, entity, how: 'fuzzy' } } });
  const [one] = candidates;
  if (candidates.length === 1 && one) return { match: withDevice(one) };
  if (candidates.length > MAX_EACH || (!FOR_EACH.has(match.intent) && !noneAble && !reading && !lastEvent)) return undefined;
  return { each: candidates.map(withDevice) };
}
