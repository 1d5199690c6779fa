import { joinNames, listedLines, placeName } from './AnswerBuilder';
import { foreignOnOff } from './stateValueWords';
import { withFreshness } from './answerText';
import { readingsWithoutOnOff } from './readingsWithoutOnOff';
import { DEVICE_KINDS, type DeviceKind } from './deviceKinds';
import { devicesWithin } from './placeClaims';
import { weakerEvidence } from './noneGuard';
import { powerStateOf } from './deviceReadings';
import { fanOnOff } from './fanSpeedSwitch';
import { runsJobs } from './switchControl';
import { doersOfJob, jobCapability } from './jobDoers';
import { switchesForKind } from './plugsForKind';
import type { Entity } from '../../src-shared/protocol/entities';
import { devicesOfKind, noneOfKind, qualifiedNone } from './answerSearch';
import { entitySlot, stateOf, type IntentAnswerInput } from './IntentAnswerInput';
import { deviceDescribedBeside } from './describedWords';
import { STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';

/** Devices named in an on/off answer; the rest are counted. */
const CHECKED_NAMED = 6;

/** " (Saunaofe: off)" for a "none are on/off" answer over a few devices, citing them; nothing over more. */
function checkedNames(input: IntentAnswerInput, candidates: readonly Entity[]): string {
  if (candidates.length > CHECKED_NAMED) return '';
  input.answer.cite(...candidates);
  return ` (${joinNames(candidates.map((d) => `${d.name}: ${onOffSaid(d) ?? '?'}`))})`;
}

/** "off (stinsă)": on or off, with the device's own word beside it when that is another language's (bucharest bu188). */
function onOffSaid(device: Entity): string | undefined {
  const state = onOffOf(device);
  const said = powerStateOf(device)?.trim();
  return state && said && foreignOnOff(said.toLowerCase()) === state && said.toLowerCase() !== state ? `${state} (${said})` : state;
}

const SAID_NAMES = 20;

/**
 * "which lights are on [in the kitchen]?" / "what is on upstairs?": devices with a power state, filtered by it.
 * `yes` gives what leads the count of those that are, for a yes/no question ("are any lights on" → "Yes — 2 of 5 …").
 */
export async function answerDevicesOfKind(input: IntentAnswerInput, wanted: 'on' | 'off', yes?: (some: number, of: number) => string): Promise<string> {
  const slot = input.match.slots['kind'];
  const kind = slot?.type === 'kind' ? slot.kind : undefined;
  const place = entitySlot(input.match, 'place');
  const ofKind = await devicesOfKind(input, kind, place);
  const candidates = ofKind.filter((d) => onOffOf(d) !== undefined);
  const matching = candidates.filter((d) => onOffOf(d) === wanted);
  input.answer.cite(place, ...matching);
  const noun = kind ?? DEVICE_KINDS[0];
  const what = kind ? noun?.plural ?? 'devices' : 'devices';
  const where = place && place.entity_type !== 'home' ? ` in ${placeName(place)}` : '';
  if (kind && ofKind.length === 0) {
    const none = await noneOfKind(input, kind, place, `There are no ${what}${where}.`);
    const described = describedState(input, slot?.type === 'kind' ? slot.text : '');
    const maybe = guessedStates(input, kind, place);
    const guessed = maybe && described ? `${maybe} ${described}` : maybe || (described ? withFreshness(described, input.context.freshness.label) : '');
    return guessed ? `${none}${none.includes('\n') ? '\n' : ' '}${guessed}` : none;
  }
  // A few of the kind with readings but no on/off state: what each reads, never a bare "none" (readingsWithoutOnOff.ts).
  if (candidates.length === 0) return withFreshness(readingsWithoutOnOff(input, ofKind, what, where) ?? `There are no ${what}${where} with an on/off state.`, input.context.freshness.label);
  // "is the sauna on?" read as the room: the few devices looked at are the evidence, named and cited ("the sauna
  // heater is off"), so a bare "no devices are on" never hides the one device asked about.
  if (matching.length === 0 && !kind) return withFreshness(`No ${what}${where} are ${wanted}${checkedNames(input, candidates)}.`, input.context.freshness.label);
  // "which heaters are on" with the boiler heating: what does the kind's job by its capabilities is on (jobDoers.ts).
  const doing = matching.length === 0 && kind && wanted === 'on' ? doersOfJob(await devicesOfKind(input, undefined, place), kind, ofKind).filter((d) => onOffOf(d) === 'on') : [];
  if (doing.length > 0 && kind) {
    input.answer.cite(...doing);
    const verb = doing.length === 1 ? 'is' : 'are';
    const names = joinNames(doing.map((d) => d.name));
    const caps = [...new Set(doing.map((d) => jobCapability(d, kind) ?? '?'))].join(', ');
    const asSuch = candidates.length <= 6 ? ` The ${what}${where} as such: ${joinNames(candidates.map((d) => `${d.name} ${onOffOf(d) ?? '?'}`))}.` : '';
    return withFreshness(`${names} ${verb} on, doing ${doing.length === 1 ? `a ${kind.singular}'s` : `${kind.plural}'`} job (capability ${caps}).${asSuch}`, input.context.freshness.label);
  }
  // Switches named for the kind that are on (a plug "Mama fan" powering a standing fan): said before any "none". They
  // are looked for in the whole place even after a list of the kind ("the ones that are on"), which never held them.
  const powering = matching.length === 0 && kind && wanted === 'on' ? switchesForKind(input.snapshot, place && place.entity_type !== 'home' ? devicesWithin(input.snapshot, place) : input.snapshot.devices, kind).filter((d) => onOffOf(d) === 'on') : [];
  if (powering.length > 0 && kind) {
    input.answer.cite(...powering);
    const asSuch = candidates.length <= 6 ? ` The ${what}${where} as such are off: ${joinNames(candidates.map((d) => d.name))}.` : '';
    return withFreshness(`${joinNames(powering.map((d) => d.name))} ${powering.length === 1 ? 'is' : 'are'} on (${powering.length === 1 ? 'a plug or switch' : 'plugs or switches'} for ${kind.singular === kind.plural ? kind.plural : `a ${kind.singular}`}, by ${powering.length === 1 ? 'its' : 'their'} own words).${asSuch}`, input.context.freshness.label);
  }
  if (matching.length === 0) {
    // The ones of the kind looked at are the evidence for "none are on" ("is the oven on?" → the oven, off).
    input.answer.cite(...candidates.slice(0, 12));
    const names = candidates.length <= 6 ? ` (${joinNames(candidates.map((d) => `${d.name}: ${onOffOf(d) ?? '?'}`))})` : '';
    return withFreshness(`No ${what}${where} are ${wanted}${names}.`, input.context.freshness.label);
  }
  // Only the names said are formatted (joinNames shows 20 and counts the rest).
  const names = listedLines(matching, (d) => {
    const state = stateOf(d);
    const level = state['level'];
    if (wanted === 'on' && typeof level === 'number') return `${d.name} (${level}%)`;
    // "is the speaker playing": what it plays is part of the answer.
    const doing = state['playback'] ?? state['status'] ?? (state['playing'] === true ? 'playing' : undefined);
    const source = state['source'] ?? state['media_title'] ?? state['title'];
    if (typeof doing === 'string' && PLAYING.test(doing)) return `${d.name} (${doing}${typeof source === 'string' ? `: ${source}` : ''})`;
    return d.name;
  }, SAID_NAMES);
  const verb = matching.length === 1 ? 'is' : 'are';
  return withFreshness(`${kind ? qualifiedNone(input, kind) : ''}${yes?.(matching.length, candidates.length) ?? ''}${matching.length} of ${candidates.length} ${what}${where} ${verb} ${wanted}: ${joinNames(names, SAID_NAMES)}.`, input.context.freshness.label);
}

/**
 * "is the tv on" where "Televizor" could not be classified: the none guard names what may be one, and its on/off state
 * is said with it (marked as a guess), so the question is answered rather than left at "may be one".
 */
function guessedStates(input: IntentAnswerInput, kind: DeviceKind, place: Entity | undefined): string {
  const pool = place && place.entity_type !== 'home' ? devicesWithin(input.snapshot, place) : input.snapshot.devices;
  const evidence = weakerEvidence(input.snapshot, kind, pool);
  const pool2 = evidence.maybe.length > 0 ? evidence.maybe.map((m) => m.device) : evidence.unclassified;
  // What the device says it is doing ("status": "idle") before the on/off it implies.
  // A field named as the kind asked ("is the garage light on" → the door opener's `light: "off"`) says it first.
  const stateWord = (d: Entity): string | undefined => powerStateOf(d) ?? onOffOf(d);
  const guesses = pool2.filter((d) => kindField(d, kind) !== undefined || stateWord(d) !== undefined);
  if (guesses.length === 0 || guesses.length > 6) return '';
  const states = joinNames(guesses.map((d) => {
    const field = kindField(d, kind);
    return field ? `${d.name}'s ${field[0]} is ${field[1]}` : `${d.name} is ${stateWord(d) ?? '?'}`;
  }));
  const lead = pool2.length === 1 ? 'If it is that one' : guesses.length === 1 ? 'Of these, only one says its state' : 'Their states';
  return withFreshness(`${lead}: ${states}.`, input.context.freshness.label);
}

/** A state field called after the kind (`light: "off"` for lights), as its name and value in words. */
function kindField(device: Entity, kind: DeviceKind): [string, string] | undefined {
  const names = new Set([kind.id, kind.singular.toLowerCase()]);
  for (const [field, value] of Object.entries(stateOf(device))) {
    if (!names.has(field.toLowerCase())) continue;
    if (typeof value === 'boolean') return [field, value ? 'on' : 'off'];
    if (typeof value === 'string' || typeof value === 'number') return [field, String(value)];
  }
  return undefined;
}

/** What a job-running appliance says while not doing its job. */
const NOT_WORKING = /^(charging|returning|docking|waiting|pending|sleeping|pausing|standing|resting|finishing)$/;
const PLAYING = /^(playing|streaming|casting)$/i;
const STOPPED = /^(paused|stopped|idle|standby)$/i;

/** "power": "on" | "standby" …, "on": true|false or a relay's "switch" (homes write it several ways). */
/** "… / block heater on": the state of the one device the question's other words describe, beside the none. */
function describedState(input: IntentAnswerInput, kindText: string): string {
  const skip = new Set([...STOP_WORDS, ...tokenize(kindText).map((t) => t.key), 'on', 'off']);
  const device = deviceDescribedBeside(input.snapshot, input.match.words, skip);
  const state = device ? onOffOf(device) : undefined;
  if (!device || !state) return '';
  input.answer.cite(device);
  const about = typeof device.content['description'] === 'string' ? ` (${device.content['description']})` : '';
  return `${device.name}${about} is ${state}.`;
}

export function onOffOf(device: Parameters<typeof stateOf>[0]): string | undefined {
  // `state: "ON"` (Zigbee2MQTT), `relay: "off"`: whatever field says on or off, in any case.
  const said = powerStateOf(device)?.trim().toLowerCase();
  if (said === 'on' || said === 'off') return said;
  const foreign = said === undefined ? undefined : foreignOnOff(said);
  if (foreign) return foreign;
  if (said?.startsWith('on (')) return 'on';
  if (said === 'playing' || said === 'running') return 'on';
  // A washing machine's `status: "washing"`, a dryer's "drying": an appliance doing its job is on.
  if (said && /^[a-z]+ing$/.test(said) && !NOT_WORKING.test(said) && runsJobs(device as Entity)) return 'on';
  if (said === 'not playing' || said === 'not running') return 'off';
  const state = stateOf(device);
  if (typeof state['power'] === 'string') return state['power'];
  if (typeof state['on'] === 'boolean') return state['on'] ? 'on' : 'off';
  // A relay's "switch": "on" | "off" (or true/false) is its power state too.
  const relay = state['switch'];
  if (relay === 'on' || relay === 'off') return relay;
  if (typeof relay === 'boolean') return relay ? 'on' : 'off';
  // A speaker or player that only says what it is doing ("status": "playing"): playing is on, paused or idle off.
  const doing = state['playback'] ?? state['status'];
  if (typeof doing === 'string' && PLAYING.test(doing)) return 'on';
  if (typeof doing === 'string' && STOPPED.test(doing)) return 'off';
  // A ceiling fan that only says its speed (`speed: 0`): a speed above 0 is on, 0 is off.
  return fanOnOff(device);
}
