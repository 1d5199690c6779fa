// Search questions: devices by kind (optionally in a place), by maker, by capability, battery devices, counts.
import { scheduledDevices } from './scheduledDevices';
import { devicesThroughInnerZones } from './innerZoneDevices';
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetDevicesInRoomResult } from '../tools/getDevicesInRoom';
import { joinNames, LIST_MAX, listedLines, listOrSentence, placeName, plural } from './AnswerBuilder';
import { capitalsOf } from './answerText';
import { describedAs } from './describedAs';
import { familyListedAs } from './kindFamilies';
import { capabilitiesOf, type DeviceKind } from './deviceKinds';
import { batteryOf, lockStateOf, openStateOf, otherReadings, powerStateOf } from './deviceReadings';
import { kindMatch, makerKeyOf } from './kindClaims';
import { devicesWithin, onlyDevices, spokenlyWithin } from './placeClaims';
import { entitySlot, inScope, said, type IntentAnswerInput } from './IntentAnswerInput';
import { noneAnswer, weakerEvidence } from './noneGuard';
import { capabilityReading, isQuantityWord } from './stateQuantities';
import { refinedByQualifier } from './kindQualifier';
import { namedGroup, namedGroupAnswer } from './kindNamedGroup';
import { qualifierPointsElsewhere } from './qualifierEvidence';
import { ownMembers, withFeatureNote } from './kindOwnMembers';
import { nearbyOfKind, nearbySentence } from './nearbyOfKind';
import { alsoCalledSentence } from './placeAlsoCalled';
import { cachedMembers, membersOfKind, membersOfKindAmong } from './kindMembers';
import { elsewhereSentence } from './placeAbsent';
import { devicesAtPlaceNamedFor } from './placeNamedAt';
import { namedForPlaceSentence } from './namedForPlace';
import { capabilityNone, devicesWithCapability } from './capabilityDevices';
import { askedFields } from './fieldMeanings';
import { connectivityAnswer } from './connectivityAsked';
import { coldReadingText } from './coldAppliance';
import { batteryLowByWord, batteryWordOf } from './batteryWords';
import { batteryLineAsked } from './batteryLineAsked';

/** Devices of a kind in a place (through the tool) or in the whole home (from the snapshot). */
export async function devicesOfKind(input: IntentAnswerInput, kind: DeviceKind | undefined, place: Entity | undefined): Promise<Entity[]> {
  const scoped = await devicesIn(input, place);
  return kind ? membersOfKindAmong(input.snapshot, scoped, kind) : scoped;
}

/** Devices in a place (through the tool) or in the whole home (from the snapshot), within the asker's scope. */
async function devicesIn(input: IntentAnswerInput, place: Entity | undefined): Promise<Entity[]> {
  let devices: Entity[];
  if (place && place.entity_type !== 'home') {
    const result = await input.answer.read<GetDevicesInRoomResult>('get_devices_in_room', { room_id: place.id }, (r) => `${r.count} devices`);
    // The tool lists devices proper; windows (a kind here) are in the place too, or "no windows upstairs" is wrong.
    const known = new Set(result.devices.map((d) => d.id));
    // So are devices the data puts at the home with a spot naming this place ("location: terrace"), and those of the
    // rooms of a floor zone inside a building zone (innerZoneDevices.ts).
    devices = [...result.devices, ...devicesWithin(input.snapshot, place).filter((d) => d.entity_type !== 'device' && !known.has(d.id)), ...devicesThroughInnerZones(input.snapshot, place, known), ...spokenlyWithin(input.snapshot, place).filter((d) => d.entity_type === 'device' && !known.has(d.id))];
    // "the gate at the vikendica" in the zone "Plac na vikendici": at the place by that place's name (placeNamedAt.ts).
    const seen = new Set(devices.map((d) => d.id));
    devices.push(...devicesAtPlaceNamedFor(input.snapshot, place).filter((d) => !seen.has(d.id)));
  } else {
    devices = input.snapshot.devices;
  }
  return inScope(input, devices);
}

/** No device of the kind in the place (or home): the guarded answer, for answers that found none themselves. */
export async function noneOfKind(input: IntentAnswerInput, kind: DeviceKind, place: Entity | undefined, none: string): Promise<string> {
  const where = place && place.entity_type !== 'home' ? ` in ${placeName(place)}` : '';
  // "is the garage door at the chalet closed": a none said of the place, never "this home has none" (placeAbsent.ts).
  const placed = where && none.startsWith('This home has no') ? `There are no ${kind.plural}${where}.` : none;
  return guardedNone(input, await devicesIn(input, place), kind, placed, where, place);
}

/** "No X" only after the weaker evidence (mentions, unclassified devices) has been looked at. */
function guardedNone(input: IntentAnswerInput, pool: readonly Entity[], kind: DeviceKind, none: string, where: string, place?: Entity): string {
  const evidence = weakerEvidence(input.snapshot, kind, pool);
  const { text: flat, cited } = noneAnswer(evidence, kind, none, where);
  input.answer.cite(...cited);
  // None in the room, but one in the room beside it (nearbyOfKind.ts): said, so the none is not read as the answer.
  const nearby = place && cited.length === 0 ? nearbyOfKind(input.snapshot, place, kind) : [];
  input.answer.cite(...nearby);
  // None in the place, but some elsewhere in the home (another house, another floor): where they are, named, not cited
  // (the answer is about the place asked; placeAbsent.ts).
  const elsewhere = place && place.entity_type !== 'home' && cited.length === 0 && nearby.length === 0 ? inScope(input, [...membersOfKind(input.snapshot, kind)]).filter((d) => !pool.includes(d)) : [];
  // "is the pool heater on": the "Heat pump de la piscina" standing beside the pool may be the one (namedForPlace.ts).
  const namedFor = place && cited.length === 0 && nearby.length === 0 ? namedForPlaceSentence(input.snapshot, kind, place, pool) : undefined;
  input.answer.cite(...(namedFor?.cited ?? []));
  // "my bedroom" picked "Main bedroom" while "Nan's room" is described as her bedroom and has one (placeAlsoCalled.ts).
  const also = place && cited.length === 0 ? alsoCalledSentence(input, place, kind) : '';
  const text = `${flat}${also}${nearbySentence(input.snapshot, nearby, kind)}${namedFor?.text ?? ''}${elsewhereSentence(input.snapshot, elsewhere, kind)}`;
  // "where is the pet feeder": a device whose own words say so is that device, so where it is belongs to the answer.
  // A device typed too broadly to tell ("network") is the one said when nothing mentions the kind.
  const candidates = evidence.maybe.length > 0 ? evidence.maybe : evidence.unclassified.length === 0 ? evidence.broadlyTyped : [];
  if (!said(input.match, 'where') || candidates.length === 0 || candidates.length > 4) return text;
  const located = candidates.map(({ device }) => ({ device, place: input.snapshot.placeOfDevice.get(device.id) }));
  input.answer.cite(...located.map((l) => l.place));
  const sentences = located.filter((l) => l.place).map((l) => `${l.device.name} is in ${placeName(l.place as Entity)}.`);
  return sentences.length ? `${text} ${sentences.join(' ')}` : text;
}

function kindSlot(input: IntentAnswerInput): DeviceKind | undefined {
  const slot = input.match.slots['kind'];
  // "what heating have we got": all the heating, not only the thermostat "the heating" commands.
  return slot?.type === 'kind' ? familyListedAs(slot.text, slot.kind) ?? slot.kind : undefined;
}

export async function listKind(input: IntentAnswerInput): Promise<string> {
  const kind = kindSlot(input);
  const place = entitySlot(input.match, 'place');
  if (!kind) return '';
  const pool = await devicesIn(input, place);
  const group = namedGroup(input, pool, kind);
  if (group) return namedGroupAnswer(input, group, place);
  const { devices: all, narrowed, unconfirmed } = refinedByQualifier(input, membersOfKindAmong(input.snapshot, pool, kind), kind);
  const { own: devices, withFeature } = ownMembers(input.snapshot, all, kind);
  const where = place && place.entity_type !== 'home' ? ` in ${placeName(place)}` : '';
  // "any camera offline?": the ones whose reading says so, citing only those (connectivityAsked.ts).
  const linked = devices.length > 0 ? connectivityAnswer(input, devices, kind, where) : undefined;
  if (linked) return linked;
  input.answer.cite(place, ...devices, ...withFeature.map((w) => w.device));
  if (devices.length === 0) return guardedNone(input, pool, kind, where ? `There are no ${kind.plural}${where}.` : `This home has no ${kind.plural}.`, where, place);
  const qualified = qualifiedNone(input, kind);
  // "any smoke right now?", "what's the status of the cameras": the list says what each one reads.
  // "are the smoke detectors ok": whether each is fine is its reading.
  // "how bright is the living room ceiling light", "how many watts …": a field or quantity asked about is a reading too
  // (looked for in the first few only: a list of thousands is not read field by field).
  const now = said(input.match, 'now', 'currently', 'status', 'state', 'ok', 'okay', 'fine', 'alright') 
    || input.match.words.some(isQuantityWord) || devices.slice(0, 12).some((d) => askedFields(d, input.match.words).length > 0);
  const names = listedLines(devices, (d) => withWhy(input, d, kind, !where, now));
  // "where are the motion sensors?": the rooms are part of the answer.
  if (!where && said(input.match, 'where')) input.answer.cite(...devices.map((d) => input.snapshot.placeOfDevice.get(d.id)).filter((p) => p?.entity_type === 'room'));
  const listed = listOrSentence(`${devices.length === 1 ? `There is 1 ${kind.singular}` : `There are ${devices.length} ${kind.plural}`}${narrowed}${where}:`, names);
  const note = withFeatureNote(kind, withFeature);
  return qualified + unconfirmed + listed + (listed.includes('\n') ? note.replace(/^ /, '\n') : note);
}

/** "is the wine fridge cold enough" in a home without one: "I found no wine fridge here. " before what there is. */
export function qualifiedNone(input: IntentAnswerInput, kind: DeviceKind): string {
  const qualifier = input.match.slots['qualifier'];
  if (qualifier?.type !== 'text') return '';
  // "que dias ele limpa?", "Storen runter": a pronoun or another device's word is no evidence of "none" (qualifierEvidence.ts).
  if (qualifierPointsElsewhere(input.snapshot, qualifier.text)) return `I'm not sure what “${qualifier.text} ${kind.singular}” means here. `;
  return `I found no ${qualifier.text} ${kind.singular} in this home. `;
}

export async function countKind(input: IntentAnswerInput): Promise<string> {
  const kind = kindSlot(input);
  const place = entitySlot(input.match, 'place');
  const pool = await devicesIn(input, place);
  const group = kind ? namedGroup(input, pool, kind) : undefined;
  if (group) return namedGroupAnswer(input, group, place);
  const { devices: all, narrowed, unconfirmed } = kind ? refinedByQualifier(input, membersOfKindAmong(input.snapshot, pool, kind), kind) : { devices: onlyDevices(pool), narrowed: '', unconfirmed: '' };
  const { own: devices, withFeature } = kind ? ownMembers(input.snapshot, all, kind) : { own: all, withFeature: [] };
  input.answer.cite(place, ...devices, ...withFeature.map((w) => w.device));
  const noun = kind ? [kind.singular, kind.plural] : ['device', 'devices'];
  const where = place && place.entity_type !== 'home' ? ` in ${placeName(place)}` : '';
  if (devices.length === 0) {
    const none = `There are no ${noun[1]}${where || ' in this home'}.`;
    return kind ? guardedNone(input, pool, kind, none, where, place) : none;
  }
  const head = `${unconfirmed}There ${devices.length === 1 ? 'is' : 'are'} ${plural(devices.length, noun[0] ?? '', noun[1] ?? '')}${narrowed}${where}`;
  const note = kind ? withFeatureNote(kind, withFeature, devices.length) : '';
  return devices.length <= 12 ? `${head}: ${devices.map((d) => d.name).join(', ')}.${note}` : `${head}.${note}`;
}

export async function byManufacturer(input: IntentAnswerInput): Promise<string> {
  const slot = input.match.slots['manufacturer'];
  if (slot?.type !== 'manufacturer') return '';
  const key = makerKeyOf(slot.value);
  // A maker's devices are read once per snapshot.
  const devices = [...cachedMembers(input.snapshot, `made by ${key}`, (d) => {
    const k = input.snapshot.makerKeyOfDevice.get(d.id);
    return k !== undefined && ` ${k} `.includes(` ${key} `);
  })];
  // "any samsung stuff in the hall": the maker's devices in that place; none there is said with where the others are,
  // never a list of the maker's devices elsewhere as if it answered.
  const place = entitySlot(input.match, 'place');
  if (place && place.entity_type !== 'home' && devices.length > 0) {
    const within = new Set(devicesWithin(input.snapshot, place).map((d) => d.id));
    const there = devices.filter((d) => within.has(d.id));
    input.answer.cite(...(there.length > 0 ? there : devices));
    if (there.length === 0) return listOrSentence(`There are no ${slot.value} devices in ${placeName(place)}; this home's ${plural(devices.length, `${slot.value} device is`, `${slot.value} devices are`)} elsewhere:`, listedLines(devices, (d) => withPlace(input, d)));
    return listOrSentence(`${plural(there.length, `${slot.value} device`, `${slot.value} devices`)} in ${placeName(place)}:`, listedLines(there, (d) => withPlace(input, d)));
  }
  input.answer.cite(...devices);
  if (devices.length === 0) return `There are no ${slot.value} devices in this home.`;
  return listOrSentence(`${plural(devices.length, `${slot.value} device`, `${slot.value} devices`)}:`, listedLines(devices, (d) => withPlace(input, d)));
}

export async function byCapability(input: IntentAnswerInput): Promise<string> {
  const slot = input.match.slots['capability'];
  if (slot?.type !== 'capability') return '';
  const kindValue = input.match.slots['kind'];
  const kind = kindValue?.type === 'kind' ? kindValue.kind : undefined;
  const place = entitySlot(input.match, 'place');
  const devices = await devicesWithCapability(input, slot.value, kind, place);
  input.answer.cite(...devices);
  const label = slot.value.replace(/_/g, ' ');
  const scheduled = devices.length === 0 && !kind && !place ? scheduledDevices(input.snapshot, slot.value) : [];
  if (scheduled.length > 0) {
    input.answer.cite(...scheduled.map((s) => s.device), ...scheduled.flatMap((s) => s.schedules));
    return listOrSentence(`${plural(scheduled.length, 'device is', 'devices are')} run by a schedule:`, scheduled.map((s) => `${withPlace(input, s.device)} (${joinNames(s.schedules.map((e) => e.name))})`));
  }
  if (devices.length === 0) return capabilityNone(input, slot, kind, place);
  // "what's the air quality in the living room": a measuring capability is answered with what each one measures.
  const lines = listedLines(devices, (d) => {
    const reading = capabilityReading(d, slot.value);
    return reading ? `${withPlace(input, d)}: ${reading}` : withPlace(input, d);
  });
  return listOrSentence(`${plural(devices.length, 'device supports', 'devices support')} ${label}:`, lines);
}

const LOW_BATTERY_PCT = 20;
/** A kind with this many battery devices or fewer has each named in a "none is low" answer. */
const FEW_OF_KIND = 4;
/** Under this a battery is "getting low": the next to change, said apart from the low ones. */
const SOON_BATTERY_PCT = 30;

export async function batteryDevices(input: IntentAnswerInput): Promise<string> {
  const kindValue = input.match.slots['kind'];
  const kind = kindValue?.type === 'kind' ? kindValue.kind : undefined;
  // Battery devices and levels come sorted from the snapshot (read once per graph version, not per question); a level
  // over 100 means the state gives no percentage.
  const allowed = kind || input.scope ? new Set((await devicesOfKind(input, kind, undefined)).map((d) => d.id)) : undefined;
  const everywhere = allowed ? input.snapshot.batteryDevices.filter((b) => allowed.has(b.device.id)) : input.snapshot.batteryDevices;
  // "the battery in the thermometer in the conservatory": a place narrows it, when something there runs on batteries.
  // Said with "in"/"at" ("in the conservatory"): a place a follow-up carried over from the turn before is no narrowing.
  const place = said(input.match, 'in', 'at') ? entitySlot(input.match, 'place') : undefined;
  const there = place && place.entity_type !== 'home' ? new Set(devicesWithin(input.snapshot, place).map((d) => d.id)) : undefined;
  const narrowed = there ? everywhere.filter((b) => there.has(b.device.id)) : [];
  const all = narrowed.length > 0 ? narrowed : everywhere;
  const [only] = all;
  if (narrowed.length === 1 && only) {
    input.answer.cite(only.device);
    const pct = batteryOf(only.device);
    const state = pct === undefined ? batteryWordOf(only.device) ?? 'unknown' : `${pct}%${pct < LOW_BATTERY_PCT ? ' (low)' : pct < SOON_BATTERY_PCT ? ' (getting low)' : ''}`;
    return `${only.device.name}'s battery is at ${state}.`;
  }
  if (all.length === 0) return noBattery(input, kind);
  // A state that says "low" in words (`battery: "low"`) comes first, then the percentages under the line.
  const lowByWord = new Set(all.filter((b) => b.level > 100 && batteryLowByWord(b.device)).map((b) => b.device));
  const low = [...lowByWord, ...all.filter((b) => b.level < LOW_BATTERY_PCT).map((b) => b.device)];
  const line = (d: Entity): string => {
    const pct = batteryOf(d);
    const word = pct === undefined ? batteryWordOf(d) : undefined;
    return pct !== undefined ? `${d.name}: ${pct}%` : word ? `${d.name}: ${word}` : d.name;
  };
  // "any low batteries?", "which batteries are low" (a template without the slot): only the low ones are the answer;
  // the rest are counted, not listed.
  // "under 50": the line the asker set, every battery under it listed (lowest first).
  const asked = batteryLineAsked(input.match.words);
  if (asked !== undefined) {
    const under = all.filter((b) => b.level < asked).map((b) => b.device);
    input.answer.cite(...under.slice(0, LIST_MAX));
    if (under.length === 0) return `No battery is under ${asked}%: all ${all.length} battery devices are at ${asked}% or more.`;
    return listOrSentence(`${plural(under.length, 'battery is', 'batteries are')} under ${asked}%, lowest first:`, under.map(line));
  }
  // "which devices in the flat have batteries": a place called a flat, said, is no flat battery.
  const flatIsPlace = flatSaidAsPlace(input.match.words, input.snapshot);
  const lowWords = ['low', 'changing', 'replacing', 'dying', 'dead', 'new', 'replace', 'replacement', 'swap', 'swapping', ...(flatIsPlace ? [] : ['flat'])];
  if (input.match.slots['low'] !== undefined || said(input.match, ...lowWords)) {
    // Those close to the line ("Câmara Jardim: 27%") are the next to change: said apart, never called fine.
    const soon = all.filter((b) => b.level >= LOW_BATTERY_PCT && b.level < SOON_BATTERY_PCT).map((b) => b.device);
    input.answer.cite(...[...low, ...soon].slice(0, LIST_MAX));
    const fine = all.length - low.length - soon.length;
    const soonText = `${soon.length} getting low (under ${SOON_BATTERY_PCT}%)`;
    // "which batteries at the caravan are lowest": none is low, and the lowest is still named (levels come lowest first).
    const lowest = all.find((b) => b.level <= 100)?.device;
    if (lowest) input.answer.cite(lowest);
    const lowestText = lowest ? ` The lowest is ${line(lowest)}.` : '';
    // "doorbell battery low?" with a few of the kind: each is named with its level, so none is left unsaid.
    if (low.length === 0 && soon.length === 0 && kind && all.length > 1 && all.length <= FEW_OF_KIND) {
      input.answer.cite(...all.map((b) => b.device));
      return `No battery is low: ${joinNames(all.map((b) => line(b.device)))}.`;
    }
    if (low.length === 0 && soon.length === 0) return `No battery is low: all ${all.length} battery devices are at ${SOON_BATTERY_PCT}% or more.${lowestText}`;
    if (low.length === 0) return listOrSentence(`No battery is low (under ${LOW_BATTERY_PCT}%), but ${soonText}, ${fine} others are fine:`, soon.map((d) => `${line(d)} (getting low)`));
    if (soon.length === 0) return listOrSentence(`${plural(low.length, 'battery is', 'batteries are')} low (under ${LOW_BATTERY_PCT}%), ${fine} others are fine:`, low.map(line));
    return listOrSentence(`${plural(low.length, 'battery is', 'batteries are')} low (under ${LOW_BATTERY_PCT}%) and ${soonText}, ${fine} others are fine:`, [...low.map((d) => (lowByWord.has(d) ? line(d) : `${line(d)} (low)`)), ...soon.map((d) => `${line(d)} (getting low)`)]);
  }
  // Every battery device, lowest first; only the lines shown are formatted and cited, the count covers the rest.
  const devices = [...lowByWord].slice(0, LIST_MAX);
  for (const b of all) {
    if (devices.length >= LIST_MAX) break;
    if (!lowByWord.has(b.device)) devices.push(b.device);
  }
  input.answer.cite(...devices);
  const shown = devices.map((d) => (lowByWord.has(d) || (batteryOf(d) ?? 100) >= LOW_BATTERY_PCT ? line(d) : `${line(d)} (low)`));
  const lines = all.length > shown.length ? shown.concat(new Array<string>(all.length - shown.length).fill('')) : shown;
  const lowText = low.length ? ` ${capitalsOf(low.length === 1 ? `${low[0]?.name ?? ''} is low` : `${low.length} are low`)}.` : '';
  return listOrSentence(`${plural(all.length, 'device runs', 'devices run')} on batteries, lowest first.${lowText}`, lines);
}


/** "in the flat", "at our flat": the word said after a place's lead, in a home with a room or zone called a flat. */
function flatSaidAsPlace(words: readonly string[], snapshot: IntentAnswerInput['snapshot']): boolean {
  const at = words.indexOf('flat');
  if (at < 1 || !['the', 'in', 'at', 'our', 'my'].includes(words[at - 1] ?? '')) return false;
  return [...snapshot.byId.values()].some((e) => (e.entity_type === 'zone' || e.entity_type === 'room') && /\bflat\b/i.test(e.name));
}

/** None on batteries: of the home only when nothing narrowed the question (a kind or a listed scope is not the home). */
function noBattery(input: IntentAnswerInput, kind: DeviceKind | undefined): string {
  if (input.snapshot.batteryDevices.length === 0) return 'No device in this home runs on batteries.';
  // "and the gate?" where the only battery near a gate is the "Gate lock" (a lock by kind): the device whose name or
  // description says the kind is the one meant, not a "none" (only battery devices are searched: a short list).
  const named = kind && !input.scope ? weakerEvidence(input.snapshot, kind, input.snapshot.batteryDevices.map((b) => b.device)).maybe.map((m) => m.device) : [];
  if (named.length > 0 && named.length <= LIST_MAX) {
    input.answer.cite(...named);
    const level = (d: Entity): string => {
      const pct = batteryOf(d);
      const word = pct === undefined ? batteryWordOf(d) : undefined;
      return pct !== undefined ? `${withPlace(input, d)}: battery ${pct}%` : word ? `${withPlace(input, d)}: battery ${word}` : `${withPlace(input, d)}: runs on batteries`;
    };
    return listOrSentence(`No device is classed as a ${kind?.singular ?? ''}, but ${plural(named.length, 'device mentions', 'devices mention')} it:`, named.map(level));
  }
  const which = kind ? `the ${kind.plural}` : 'those devices';
  return `None of ${which} reports a battery (${plural(input.snapshot.batteryDevices.length, 'other device runs', 'other devices run')} on batteries).`;
}

/** "Hallway Unit (Hallway; type climate)": the place, and why it counts as the kind when the name doesn't say. */
function withWhy(input: IntentAnswerInput, device: Entity, kind: DeviceKind, showPlace: boolean, withState = false): string {
  const parts: string[] = [];
  if (withState) {
    // A field may be both the power state and a reading of its own ("playing: false"): said once.
    const reading = [...new Set([powerStateOf(device), openStateOf(device), lockStateOf(device), ...otherReadings(device)])].filter((r): r is string => r !== undefined);
    parts.push(reading.length ? reading.join(', ') : 'no state reported');
  }
  const where = showPlace ? input.snapshot.placeOfDevice.get(device.id) : undefined;
  if (where) parts.push(where.name);
  const why = kindMatch(input.snapshot, device, kind);
  if (why === 'type') {
    const type = device.content['type'] ?? device.content['category'] ?? device.content['device_type'];
    if (typeof type === 'string') parts.push(`type ${type.replace(/_/g, ' ')}`);
  } else if (why === 'model') {
    const model = device.content['model'];
    if (typeof model === 'string') parts.push(`model ${model}`);
  } else if (why === 'description') {
    const description = device.content['description'];
    if (typeof description === 'string') parts.push(`described as ${describedAs(description)}`);
  } else if (why === 'capability') parts.push(`can ${capabilitiesOf(device).map((c) => c.replace(/_/g, ' ')).join(', ')}`);
  else if (why === 'alias') parts.push('by its alias');
  else if (why === 'reading' && !withState) parts.push(`reads ${coldReadingText(device)}`);
  return parts.length ? `${device.name} (${parts.join('; ')})` : device.name;
}

export function withPlace(input: IntentAnswerInput, device: Entity): string {
  const where = input.snapshot.placeOfDevice.get(device.id);
  return where ? `${device.name} (${where.name})` : device.name;
}
