// State questions, answered from `content.state` of the local graph and always labelled with how fresh it is. Field
// names vary between homes (deviceReadings.ts); a low battery is worth saying alongside whatever was asked.
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { joinNames } from './AnswerBuilder';
import { singular } from '../graph/nameTokens';
import { withFreshness } from './answerText';
import { devicesOfKind, noneOfKind } from './answerSearch';
import { answerDevicesOfKind } from './answerStateGroups';
import { deviceType, kindById } from './deviceKinds';
import {
  batteryOf, isBatteryField, isOpenField, LEVEL_KEYS, levelOf, lockStateOf, openStateOf, otherReadings, partnerOf, powerStateOf, readingPhrase,
} from './deviceReadings';
import { lockReadings } from './lockReadings';
import { doorLocksOfPlace } from './placeDoorLocks';
import { entitySlot, said, stateOf, type IntentAnswerInput } from './IntentAnswerInput';
import { batteryWordOf } from './batteryWords';
import { alarmStateSentence } from './alarmControl';
import { placeStateSummary } from './answerPlaceState';
import { waterValveAsked } from './waterSupply';
import { sensorOnItSaid } from './sensorOnDevice';
import { measured } from './stateQuantities';
import { readingOfSensorOn } from './sensorReadingOn';
import { kindEvidenceNote } from './kindEvidence';
import { relatedSentence } from './relatedKnowledge';
import { askedFields } from './fieldMeanings';
import { lastOpenedOf, lastOpenedSentence, pastOpeningAsked } from './openedLately';
import { openingNote } from './openingPosition';
import { askedSide, leadOf, openAsOn, yesNoLead, yesNoSentence } from './yesNoAnswer';
import { openMeaningOf } from './openingMeaning';

const LOW_BATTERY_PCT = 20;

/** The device that answers for a door or window (its lock, or its sensor/opener). */
async function partner(input: IntentAnswerInput, subject: Entity, want: 'lock' | 'open'): Promise<Entity | undefined> {
  return (await partnerFound(input, subject, want)).device;
}

/**
 * The partner, and whether an edge links it to the door (`linked`): one found only by sharing the room (a shutter
 * beside the balcony door) may answer with its reading, but not with a yes or no about the door.
 */
async function partnerFound(input: IntentAnswerInput, subject: Entity, want: 'lock' | 'open'): Promise<{ device?: Entity; linked: boolean }> {
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: subject.id, include_connected: true }, (r) => `${r.relationships.incoming.length} incoming links`);
  const byId = new Map((details.connected_entities ?? []).map((e) => [e.id, e]));
  const edges: Array<{ type: string; other: Entity }> = [];
  for (const r of details.relationships.incoming) {
    const other = byId.get(r.from_entity_id);
    if (other) edges.push({ type: r.relationship_type, other });
  }
  for (const r of details.relationships.outgoing) {
    const other = byId.get(r.to_entity_id);
    if (other && r.relationship_type === 'located_in') edges.push({ type: r.relationship_type, other });
  }
  const device = partnerOf(input.snapshot, edges, subject, want);
  const linked = device !== undefined && edges.some((e) => e.other.id === device.id && PARTNER_EDGES.has(e.type));
  return { ...(device ? { device } : {}), linked };
}

const PARTNER_EDGES: ReadonlySet<string> = new Set(['part_of', 'monitors', 'controls']);

/** ", and its battery is 18 % (low)": said whenever a battery is low, whatever the question. */
function batteryNote(device: Entity, always = false): string {
  const pct = batteryOf(device);
  if (pct === undefined || (!always && pct >= LOW_BATTERY_PCT)) return '';
  return `; its battery is ${pct}%${pct < LOW_BATTERY_PCT ? ' (low)' : ''}`;
}

export async function stateOpen(input: IntentAnswerInput): Promise<string> {
  const subject = entitySlot(input.match, 'device');
  if (!subject) return kindOpen(input);
  // A window with its own open/closed reading answers for itself; a blind only sharing its room does not.
  const own = subject.entity_type !== 'device' && openStateOf(subject) !== undefined;
  const past = pastOpeningAsked(input);
  const partnered = subject.entity_type === 'device' && !(past && lastOpenedOf(subject) === undefined) ? { device: subject, linked: true } : await partnerFound(input, subject, 'open');
  const found = (own || subject.entity_type === 'device') && !partnered.linked ? { device: subject, linked: true } : partnered;
  const reader = found.device ?? subject;
  const opened = past && found.linked ? lastOpenedSentence(subject, reader, openStateOf(reader)) : undefined;
  if (opened) {
    input.answer.cite(subject, reader);
    return withFreshness(opened, input.context.freshness.label);
  }
  // "is the bypass open on the recuperator": the field the question names answers before the device's own position.
  const asked = askedFields(reader, input.match.words);
  const value = openStateOf(reader);
  input.answer.cite(subject, reader);
  if (value === undefined && asked.length > 0 && !asked.some((f) => isOpenField(f.field))) {
    return withFreshness(`${reader.name}: ${asked.map((f) => f.phrase).join(', ')}${batteryNote(reader)}.`, input.context.freshness.label);
  }
  // "la télé est ouverte?" (Québec French: on): what has no open/closed reading but is switched is asked on or off.
  if (value === undefined && reader === subject && powerStateOf(subject) !== undefined) return stateOn(input);
  if (value === undefined) return withFreshness(`I have no open/closed reading for ${subject.name}.`, input.context.freshness.label);
  const via = reader.id !== subject.id ? ` (by ${reader.name})` : '';
  return withFreshness(`${found.linked || reader === subject ? yesNoLead(input.match, reader, 'open') : ''}${subject.name}${kindEvidenceNote(input.snapshot, subject, input.match.words)} is ${value}${openingNote(input.match, value, reader)}${via}${batteryNote(reader)}.`, input.context.freshness.label);
}

/**
 * "are any windows open?": the ones open (or closed, when asked), out of those with an open/closed reading. "is anything
 * open" / "what's open" asks it of every device with that reading (a valve's open is its normal state, not an opening
 * left open); "are the shutters down" asks it of all of them, so each one's reading is said.
 */
async function kindOpen(input: IntentAnswerInput): Promise<string> {
  const slot = input.match.slots['kind'];
  const kind = slot?.type === 'kind' ? slot.kind : undefined;
  if (!kind && !said(input.match, 'anything', 'something', 'what', 'device')) return '';
  const place = entitySlot(input.match, 'place');
  const ofKind = await devicesOfKind(input, kind, place);
  if (kind && ofKind.length === 0) return noneOfKind(input, kind, place, `This home has no ${kind.plural}.`);
  const read = ofKind.filter((d) => openStateOf(d) !== undefined && (kind || !isValve(d)));
  const wanted = said(input.match, 'closed', 'shut', 'down') ? 'closed' : 'open';
  const matching = read.filter((d) => openMeaningOf(d) === wanted);
  // "are the shutters down" (the kind in the plural) is asked of each; "is grandma's shutter open" of the one.
  const typed = slot?.type === 'kind' ? slot.text.trim().toLowerCase().split(/\s+/).pop() ?? '' : '';
  const whole = kind !== undefined && typed !== singular(typed) && !said(input.match, 'any', 'which', 'what');
  input.answer.cite(...(matching.length > 0 && !whole ? matching : read));
  const plural = kind?.plural ?? 'things with an open/closed reading';
  if (read.length === 0) return withFreshness(`I have no open/closed reading for ${kind ? `the ${kind.plural}` : 'anything'}${place && place.entity_type !== 'home' ? ` in ${place.name}` : ''}.`, input.context.freshness.label);
  const where = place && place.entity_type !== 'home' ? ` in ${place.name}` : '';
  // "are the bedroom blinds down": one of them is answered yes or no with its reading.
  const [only] = read;
  if (read.length === 1 && only) {
    const value = openStateOf(only) ?? '';
    return withFreshness(`${openMeaningOf(only) === wanted ? 'Yes' : 'No'}: ${only.name}${where && !only.name.includes(place?.name ?? '') ? where : ''} is ${value}${openingNote(input.match, value, only)}.`, input.context.freshness.label);
  }
  if (matching.length === 0) return withFreshness(`${kind ? `No ${kind.plural}${where} are` : `Nothing${where} is`} ${wanted}; all ${read.length} read ${openReadings(read)}.`, input.context.freshness.label);
  const verb = matching.length === 1 ? 'is' : 'are';
  const others = whole ? read.filter((d) => !matching.includes(d)) : [];
  const rest = others.length > 0 ? `; ${joinNames(others.map((d) => `${d.name} is ${openStateOf(d) ?? '?'}${openingNote(input.match, openStateOf(d) ?? '', d)}`))}` : '';
  const yes = yesForSome(input, askedSide(input.match, 'open') === (wanted === 'open'), matching.length, read.length);
  // A sensor that watches a door or window is said as that opening ("Back door (by Back door sensor)").
  const watched = (d: Entity): Entity | undefined => input.snapshot.watchedOpening.get(d.id);
  input.answer.cite(...matching.map(watched).filter((e): e is Entity => e !== undefined));
  const named = matching.map((d) => (watched(d) ? `${watched(d)?.name ?? ''} (by ${d.name})` : d.name));
  return withFreshness(`${yes}${matching.length} of ${read.length} ${plural}${where} ${verb} ${wanted}${openingNote(input.match, wanted)}: ${joinNames(named, 20)}${rest}.`, input.context.freshness.label);
}

/** A valve's open/closed field: water flowing, not something left open. */
function isValve(device: Entity): boolean {
  return Object.keys(stateOf(device)).some((k) => /^valve(_state|_open)?$/.test(k));
}

function openReadings(devices: readonly Entity[]): string {
  return joinNames(devices.map((d) => `${d.name} ${openStateOf(d) ?? '?'}`));
}

/** " (up)" / " (down)" when the question asked blinds up or down: open is up, closed is down. */
/**
 * "is the door locked" with three locks, one open: the locked ones are named too (a few of them), so whoever meant
 * another door reads its state here instead of only a count of the rest.
 */
function lockedNamed(locks: readonly Entity[], open: readonly Entity[]): string {
  const locked = locks.filter((l) => !open.includes(l));
  return locked.length > 0 && locked.length <= NAMED_LOCKED ? ` (${joinNames(locked.map((l) => l.name))})` : '';
}
const NAMED_LOCKED = 4;

export async function stateLocked(input: IntentAnswerInput): Promise<string> {
  const subject = entitySlot(input.match, 'device');
  if (!subject) {
    const locks = lockReadings(input.snapshot);
    if (locks.length === 0) return 'There are no locks with a known state.';
    const open = locks.filter((l) => lockStateOf(l) !== 'locked');
    // "is any door unlocked?" is answered by the unlocked ones (the locked ones are only counted); "are the doors
    // locked?" by all of them.
    // "which of them are locked" names (and cites) the locked ones first; the unlocked are said after, not cited.
    const which = said(input.match, 'which', 'what') && open.length > 0 && open.length < locks.length && !said(input.match, 'unlocked', 'unsecured', 'open', 'not');
    input.answer.cite(...(open.length > 0 && said(input.match, 'unlocked', 'unsecured', 'open') ? open : which ? locks.filter((l) => !open.includes(l)) : locks));
    if (which) return withFreshness(`${locks.length - open.length} of ${locks.length} locks are locked: ${joinNames(locks.filter((l) => !open.includes(l)).map((l) => l.name))}; ${joinNames(open.map((l) => `${l.name} is ${String(lockStateOf(l))}`))}.`, input.context.freshness.label);
    const text = open.length === 0
      ? `${said(input.match, 'unlocked', 'unsecured', 'open') ? 'No, nothing is unlocked' : 'Yes'}: ${locks.length === 1 ? `the only lock, ${locks[0]?.name ?? ''}, is locked` : `all ${locks.length} locks are locked (${joinNames(locks.map((l) => l.name))})`}.`
      : `${joinNames(open.map((l) => l.name))} ${open.length === 1 ? 'is' : 'are'} not locked (${open.map((l) => String(lockStateOf(l))).join(', ')}); ${locks.length - open.length} of ${locks.length} locks are locked${lockedNamed(locks, open)}.`;
    return withFreshness(text, input.context.freshness.label);
  }
  // A device with no lock of its own ("is the doorbell locked") answers through the lock linked to it or in its room,
  // said as such: never a bare "no reading" when the lock the question is after is right there.
  const own = subject.entity_type === 'device' && lockStateOf(subject) !== undefined;
  // "and the alarm?" after "is the front door locked": an alarm is secured by being armed, so its own mode answers,
  // never the lock that happens to sit next to it.
  const armed = subject.entity_type === 'device' && !own ? alarmStateSentence(subject) : undefined;
  if (armed) {
    input.answer.cite(subject);
    return withFreshness(armed, input.context.freshness.label);
  }
  const partner = own ? { device: subject, linked: true } : await partnerFound(input, subject, 'lock');
  // A door or gate carrying its own lock reading ({"has_lock": true, "state": {"lock": "unlocked"}}) with no lock
  // device beside it answers for itself: it was "I have no lock reading for Front door" (soweto jo064, jo169).
  // "is the sea-can locked": a room or zone answers through its one door that keeps a lock reading (placeDoorLocks.ts).
  const placeDoor = !partner.device && (subject.entity_type === 'room' || subject.entity_type === 'zone') ? doorLocksOfPlace(input.snapshot, subject, input.match.slots['device']?.text ?? subject.name) : [];
  const found = !partner.device && subject.entity_type !== 'device' && lockStateOf(subject) !== undefined ? { device: subject, linked: true } : placeDoor.length === 1 && placeDoor[0] ? { device: placeDoor[0], linked: true } : partner;
  const lock = found.device;
  input.answer.cite(subject, lock);
  const value = lock ? lockStateOf(lock) : undefined;
  if (!lock || typeof value !== 'string') return withFreshness(`I have no lock reading for ${subject.name}.`, input.context.freshness.label);
  if (subject.entity_type === 'device' && lock.id !== subject.id) {
    return withFreshness(`${subject.name} has no lock of its own; ${lock.name} next to it is ${value}${batteryNote(lock)}.`, input.context.freshness.label);
  }
  const via = lock.id !== subject.id ? ` (${lock.name})` : '';
  return withFreshness(`${found.linked ? yesNoLead(input.match, lock, 'lock') : ''}${subject.name} is ${value}${via}${batteryNote(lock)}.`, input.context.freshness.label);
}

export async function stateOn(input: IntentAnswerInput): Promise<string> {
  const device = waterValveAsked(input.snapshot, input.match.slots['device']) ?? entitySlot(input.match, 'device');
  if (!device) return '';
  input.answer.cite(device);
  if (device.entity_type === 'automation') return automationOn(input, device);
  // "is the alarm on": an alarm is on when it is armed, whatever field holds its mode.
  const alarm = alarmStateSentence(device);
  if (alarm) return withFreshness(`${yesNoLead(input.match, device, 'arm')}${alarm}`, input.context.freshness.label);
  const power = powerStateOf(device);
  // "how much food is left in the feeder": a field the question names is the answer, whatever its power.
  const asked = askedFields(device, input.match.words);
  if (power === undefined) {
    if (asked.length > 0) return withFreshness(`${device.name}: ${asked.map((f) => f.phrase).join(', ')}${power ? ` (${power})` : ''}${batteryNote(device)}.`, input.context.freshness.label);
    // "is the water on" about a valve: open is on. A closed one is said "not open" too: in many languages one word asks
    // both ("açık", "aperto"), and a "No — … (off)" alone would not answer the open the asker meant (said after a
    // yes/no lead only: an answer that asked nothing yes-or-no stays a plain reading).
    const open = openStateOf(device);
    const lead = leadOf(askedSide(input.match, 'power'), openAsOn(device));
    if (open !== undefined) return withFreshness(`${lead}${device.name}${kindEvidenceNote(input.snapshot, device, input.match.words)} is ${open}${open === 'open' ? ' (on)' : open === 'closed' ? (lead ? ' (off, not open)' : ' (off)') : ''}.`, input.context.freshness.label);
    // "is t'heating on" of a thermostat: no on/off, but what it does read is said (its temperature, mode, heating).
    const reads = Object.entries(stateOf(device)).filter(([k]) => !isBatteryField(k)).map(([k, v]) => readingPhrase(k, v)).filter((p): p is string => p !== undefined);
    return withFreshness(`I have no on/off reading for ${device.name}${reads.length > 0 ? `; it reads ${reads.slice(0, 6).join(', ')}` : ''}.`, input.context.freshness.label);
  }
  const level = levelOf(device);
  const at = level !== undefined && power === 'on' ? ` at ${level}%` : '';
  // "what speed is the purifier on", "how long left": the rest of the state is what such questions are after.
  // The field the state was read from ("playing") is not said twice.
  const more = otherReadings(device, [...LEVEL_KEYS, ...['playing', 'running'].filter((k) => power === k || power === `not ${k}`)]);
  const extra = more.length ? ` (${more.slice(0, 6).join(', ')})` : '';
  const charging = chargingNote(input, device, power);
  return withFreshness(`${charging || yesNoLead(input.match, device, 'power') || yesNoLead(input.match, device, 'sounding')}${device.name}${kindEvidenceNote(input.snapshot, device, input.match.words)} is ${power}${at}${extra}${batteryNote(device)}.`, input.context.freshness.label);
}

/** "is the e-bike charging" about a plug: it is when it is on and drawing power. */
function chargingNote(input: IntentAnswerInput, device: Entity, power: string): string {
  if (!said(input.match, 'charging', 'charge') || power === 'charging' || power === 'not charging') return '';
  const watts = measured(device, 'power');
  if (!watts) return '';
  return power === 'on' && watts.value > 0 ? `Yes, it is charging (drawing ${watts.value}${watts.unit}): ` : 'No, it is not charging (drawing no power): ';
}

function automationOn(input: IntentAnswerInput, automation: Entity): string {
  const enabled = automation.content['enabled'] ?? automation.content['active'];
  if (typeof enabled !== 'boolean') return `The home graph doesn't say whether ${automation.name} is active.`;
  return enabled ? `${automation.name} is enabled.` : `${automation.name} is disabled (not active).`;
}

/**
 * "Yes — " before "2 of 5 … are on" when the yes/no question asked whether any are ("are any lights on", "is anything
 * open") or when all of them are; "are the lights on" with some on is answered by the count alone.
 */
function yesForSome(input: IntentAnswerInput, asked: boolean, some: number, of: number): string {
  if (!asked || some === 0) return '';
  return some === of || said(input.match, 'any', 'anything', 'something', 'some', 'anywhere') ? 'Yes — ' : '';
}

export async function kindOn(input: IntentAnswerInput): Promise<string> {
  const wanted = said(input.match, 'off') ? 'off' : 'on';
  return answerDevicesOfKind(input, wanted, (some, of) => yesForSome(input, askedSide(input.match, 'power') === (wanted === 'on'), some, of));
}

/** Everything worth knowing about one device: what it is, who made it, where it is, its state and battery. */
export async function deviceState(input: IntentAnswerInput): Promise<string> {
  const subject = entitySlot(input.match, 'device');
  if (!subject) return '';
  if (subject.entity_type === 'automation') {
    input.answer.cite(subject);
    return automationOn(input, subject);
  }
  if (subject.entity_type === 'room' || subject.entity_type === 'zone') return placeStateSummary(input, subject);
  const lockKind = kindById('lock');
  const wantsLock = subject.entity_type !== 'device' && lockKind !== undefined;
  const device = subject.entity_type === 'device' ? subject : (wantsLock ? await partner(input, subject, 'lock') : undefined) ?? (await partner(input, subject, 'open')) ?? subject;
  input.answer.cite(subject, device);
  // "bulk tank temp": the tank measures no temperature, the thermometer on it does; its reading leads.
  const onIt = readingOfSensorOn(input, device);
  const about: string[] = [];
  const maker = device.content['manufacturer'];
  const model = device.content['model'];
  if (typeof maker === 'string') about.push(`made by ${maker}${typeof model === 'string' ? `, model ${model}` : ''}`);
  else if (typeof model === 'string') about.push(`model ${model}`);
  const where = input.snapshot.placeOfDevice.get(device.id);
  if (where && where.entity_type !== 'home') about.push(`in ${where.name}`);
  const state = stateOf(device);
  // "is anyone in the hallway" → the motion sensor's `occupancy` first: what was asked leads the readings.
  const asked = new Set(askedFields(device, input.match.words).map((f) => f.field));
  const parts = Object.entries(state)
    .filter(([k]) => !isBatteryField(k))
    .sort(([a], [b]) => Number(asked.has(b)) - Number(asked.has(a)))
    // Booleans read as words ("door open false" is "door not open"), units after the number ("remaining 34 min").
    .map(([k, v]) => readingPhrase(k, v))
    .filter((p): p is string => p !== undefined);
  const pct = batteryOf(device);
  // A battery given in words (`battery: "low"`) is said as given; asked about ("is the battery ok"), it leads.
  const word = pct === undefined ? batteryWordOf(device) : undefined;
  const battery = pct !== undefined ? `battery ${pct}%${pct < LOW_BATTERY_PCT ? ' (low)' : ''}` : word ? `battery ${word}` : undefined;
  if (battery) parts.splice(input.match.words.some((w) => w.startsWith('batter')) ? 0 : parts.length, 0, battery);
  // "what's the ip of the hue bridge": a field of the device the question names is part of the answer, state or not.
  about.push(...contentFieldsAsked(device, input.match.words));
  const name = device.id !== subject.id ? `${subject.name} (${device.name})` : device.name;
  // A device's own description ("Purificateur d'air avec filtre HEPA") says what it is when nothing else does.
  const description = ['description', 'notes', 'purpose'].map((k) => device.content[k]).find((v): v is string => typeof v === 'string' && v.trim().length > 0);
  if (description) about.push(`“${description.length > 160 ? `${description.slice(0, 159)}…` : description}”`);
  const head = `${name}${about.length ? ` — ${about.join(', ')}` : ''}`;
  const more = await relatedSentence(input, device.id !== subject.id ? [subject, device] : [device]);
  if (parts.length === 0) {
    const type = deviceType(device);
    return withFreshness(`${head}. I have no state reading for it${type ? ` (${type.replace(/_/g, ' ')})` : ''}.${sensorOnItSaid(input, device)}`, input.context.freshness.label) + more;
  }
  const updated = device.content['state_updated_at'];
  const when = typeof updated === 'string' ? ` (reported ${updated.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC')})` : '';
  return withFreshness(`${onIt}${yesNoSentence(input.match, device)}${head}: ${parts.join(', ')}${when}.`, input.context.freshness.label) + more;
}

/** Fields said anyway, or bookkeeping: never repeated because a question word happens to name them. */
const CONTENT_SAID = new Set(['state', 'manufacturer', 'model', 'description', 'notes', 'purpose', 'aliases', 'capabilities', 'type', 'state_updated_at']);

/** Scalar content fields (`ip`, `firmware`, `serial_number`) whose name is a word of the question, as "ip 192.168.50.20". */
function contentFieldsAsked(device: Entity, words: readonly string[]): string[] {
  const asked = new Set(words.filter((w) => w.length >= 2));
  const out: string[] = [];
  for (const [field, value] of Object.entries(device.content)) {
    if (CONTENT_SAID.has(field) || !['string', 'number', 'boolean'].includes(typeof value)) continue;
    if (!field.toLowerCase().split(/[_\s-]+/).some((part) => asked.has(part))) continue;
    const phrase = readingPhrase(field, value);
    if (phrase) out.push(phrase);
  }
  return out;
}

