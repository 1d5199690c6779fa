// Slot-parse rules for questions about a reading (issue 12): "are the bedroom blinds down" (a kind's open state),
// "how bright is the ceiling light" / "how much food is left in the feeder" (a field of the device named), "is anyone
// in the hallway" / "any carbon monoxide?" / "is there a leak under the sink" (the one device whose state has the field
// the words ask about), "how cold is it outside" / "what's the air like in the salon" / "what's the co2" (the readings
// of a place). Only questions: a request ("turn the blinds up") is never read as one.
import type { Entity } from '../../src-shared/protocol/entities';
import { ALL_CUES, CUES, has } from './cueWords';
import { automationAskedOf } from './automationOfDevice';
import { countsConnectedTo } from './countOnDevice';
import { capabilitiesOf } from './deviceKinds';
import { devicesReporting, openStateOf } from './deviceReadings';
import { asksDetectorsOnly, detectorReport } from './detectorReport';
import { askedFields, asksAField, devicesAskedAbout, fieldWordKeys } from './fieldMeanings';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';
import { devicesWithin } from './placeClaims';
import { membersOfKind } from './kindMembers';
import { stateOf } from './IntentAnswerInput';
import { STOP_WORDS, type Mention } from './mentions';
import { tokenize, type Token } from './normalizeText';
import type { SlotValue } from './SlotResolver';
import { lastEventOwner, lastEventSaid } from './pastEvents';
import { isQuantityWord, quantityAsked } from './stateQuantities';

type Add = (intent: string, slots: Record<string, SlotValue | undefined>, confidence: number, rule: string) => void;

export interface ReadingContext {
  snapshot: HomeSnapshot;
  tokens: readonly Token[];
  /** Word keys outside the mentions. */
  keys: ReadonlySet<string>;
  place?: Mention;
  placeSlot?: SlotValue;
  thing?: SlotValue;
  kindMention?: Mention;
  kindSlot?: SlotValue;
  useDevice: boolean;
}

const ASKING = new Set(['is', 'are', 'was', 'were', 'any', 'how', 'what', 'which', 'when', 'doe', 'do', 'does', 'has', 'have', 'anyone', 'anybody', 'someone', 'somebody']);
/** "how cold is it outside": temperature words that ask about a place's reading, not a device's setting. */
const FEEL = ['cold', 'hot', 'warm', 'chilly', 'freezing', 'humid'];
/** Words that ask how humid a place is, with or without "how" ("is the cellar damp again"). */
const DAMP = ['damp', 'humid', 'humidity', 'muggy', 'moisture'];
/** "what's the air like", "the co2", "pm2.5": air quality. */
const AIR = ['air', 'co2', 'pm25', 'pm2', 'voc', 'pollution'];
/** The other words of an air-quality question said as a heading ("air quality", "co2 level"). */
const AIR_HEADING = new Set(['quality', 'level', 'like', 'reading', 'now', 'today']);
/** "how much power", "what's the consumption", "how much are we importing from the grid". */
const POWER = ['power', 'watt', 'wattage', 'drawing', 'pulling', 'consuming', 'consumption', 'import', 'importing', 'export', 'exporting', 'usage', 'electricity', 'leccy', 'lecky'];
/** "how much energy did we use", "how many kWh": the energy counted, not the power drawn now. */
const ENERGY = ['energy', 'kwh'];
/** "how much have we used today": the energy counted over a day (kWh), not the power drawn now. */
const OVER_A_DAY = ['today', 'yesterday', 'used'];
/** "how's the pool doing", "how are things in the plant room": only these words around a place ask how it is. */
const HOW_IS = new Set(['how', 'is', 'are', 'the', 'our', 'my', 'doing', 'going', 'looking', 'thing', 'in', 'at', 'down', 'out', 'up', 'there', 'today', 'now']);
/** Words that ask for a value to keep rather than the reading now. */
const NORM = ['normal', 'should', 'supposed', 'recommended', 'usual', 'ideal', 'correct'];
/** Words that ask how a device is ("is the hub online", "how is it doing"). */
const HOW_IT_IS = new Set(['online', 'offline', 'status', 'doing', 'going', 'working', 'running', 'on', 'off', 'ok', 'okay']);

/** The one device whose name begins with the question's only other words ("homey" → "Homey Pro", "maalämpö" → "Maalämpöpumppu"). */
function deviceNamedFrom(x: ReadingContext): Entity | undefined {
  const keys = x.tokens.map((t) => t.key);
  if (!keys.some((k) => HOW_IT_IS.has(k)) && !(keys[0] === 'how' && keys.every((k) => HOW_IS.has(k) || !ALL_CUES.has(k)))) return undefined;
  const words = x.tokens.filter((t) => !STOP_WORDS.has(t.key) && !ALL_CUES.has(t.key) && !HOW_IS.has(t.key) && !HOW_IT_IS.has(t.key));
  if (words.length === 0 || words.length > 2) return undefined;
  const said = words.map((t) => t.text.toLowerCase()).join(' ');
  if (said.length < 4) return undefined;
  const named = x.snapshot.devices.filter((d) => d.name.toLowerCase().startsWith(said) && d.name.length > said.length);
  return named.length === 1 ? named[0] : undefined;
}

/** The two words that say a blind's position. */
const UP_DOWN = ['up', 'down'];

export function readingRoutes(x: ReadingContext, add: Add): void {
  const first = x.tokens[0]?.key ?? '';
  const { keys } = x;
  // "air quality in the lounge": said as a heading, still a question about the air there.
  const airHeading = has(keys, ...AIR) && [...keys].every((k) => AIR.includes(k) || AIR_HEADING.has(k) || STOP_WORDS.has(k));
  if (!ASKING.has(first) && !airHeading) return;
  const last = x.tokens[x.tokens.length - 1]?.key ?? '';
  // "what brine pressure is normal", "what should the fridge temperature be": a value to keep, which the notes and
  // manuals say, not the live reading.
  const norm = has(keys, ...NORM) && x.tokens.some((t) => isQuantityWord(t.key));
  if (norm && first === 'what') {
    const query = x.tokens.map((t) => t.key).filter((k) => !STOP_WORDS.has(k) && (!ALL_CUES.has(k) || isQuantityWord(k)) && !NORM.includes(k));
    if (query.length > 0) {
      add('search_graph', { query: { type: 'text', text: query.join(' ') } }, 0.86, 'reading+norm');
      return;
    }
  }
  // "is the homey online", "hows the maalämpö doing": a name's beginning, asked how it is, is the one device so named.
  const loose = !x.thing && !x.place && !x.kindMention ? deviceNamedFrom(x) : undefined;
  if (loose) {
    add('device_state', { device: { type: 'entity', text: loose.name, entity: loose, how: 'synonym' } }, 0.7, 'name-start+state');
    return;
  }
  const device = x.thing?.type === 'entity' && x.thing.entity.entity_type === 'device' ? x.thing.entity : undefined;
  // "are the living room blinds up": up is open, down closed, for what opens (a position or open/close capability).
  const upDown = UP_DOWN.includes(last) && (device ? opens(device) : x.kindMention?.kind !== undefined && kindOpens(x));
  if ((has(keys, ...CUES.open) || upDown) && x.kindSlot && !x.useDevice) add('state_open', { kind: x.kindSlot, place: x.placeSlot }, 0.82, 'kind+open');
  else if (upDown && x.thing) add('state_open', { device: x.thing }, 0.82, 'device+up-down');
  // Cue and stop words name no field ("what", "there"), unless they ask about one in other words ("anyone").
  const words = [...keys].filter((k) => asksAField(k) || (!STOP_WORDS.has(k) && !ALL_CUES.has(k)));
  // "how bright is the ceiling light", "how much food is left in the feeder": the field the words name on that device.
  // Temperatures and settings keep their own answer (setpoint: what it reads and what it is set to).
  if (device && countsConnectedTo(device, keys)) {
    add('device_state', { device: x.thing }, 0.86, 'device+connected-count');
    return;
  }
  // A cue word that is part of the field the other words name ("heat" of "heat output", `heat_output_kw`) is no setting.
  const cueInField = device !== undefined && askedFields(device, words).some((f) => f.field.toLowerCase().split('_').some((p) => CUES.setpoint.includes(p) && keys.has(p)));
  const temperature = has(keys, ...CUES.setpoint, ...CUES.reading) && !cueInField;
  if (device && !upDown && !temperature && first !== 'when' && !has(keys, ...CUES.locked, ...CUES.open, 'on', 'off') && askedFields(device, words).length > 0) {
    add('device_state', { device: x.thing }, 0.84, 'device+field');
    return;
  }
  // "when did someone last ring the doorbell" with `last_ring: …`: the time the state keeps, not the device's schedule.
  // Every word counts here: "ring" may also be a maker's name.
  // "tested" is the `last_test` field's "test".
  const lastEvent = (f: { field: string }): boolean => lastEventSaid(f.field, x.tokens);
  if (device && first === 'when' && x.tokens.some((t) => t.key === 'last') && askedFields(device, x.tokens.map((t) => t.key)).some(lastEvent)) {
    add('device_state', { device: x.thing }, 0.9, 'device+last-event');
    return;
  }
  // "when were the smoke alarms last tested", each with `last_test`: each one's state, not a search of the notes.
  const kind = x.kindMention?.kind;
  if (!device && kind && x.kindSlot && first === 'when' && x.tokens.some((t) => t.key === 'last')) {
    const ofKind = membersOfKind(x.snapshot, kind);
    if (ofKind.some((d) => Object.keys(stateOf(d)).some((field) => lastEvent({ field })))) {
      add('device_state', { kind: x.kindSlot, place: x.placeSlot }, 0.9, 'kind+last-event');
      return;
    }
  }
  // "when did gran last press her button" naming no device: the one device (there) whose state keeps that event.
  // "the bathroom" may be two places: the devices of any of them.
  const scope = devicesInPlaces(x.snapshot, x.place);
  const keeping = x.thing ? undefined : lastEventOwner(scope, x.tokens);
  if (keeping) {
    add('device_state', { device: { type: 'entity', text: keeping.name, entity: keeping, how: 'synonym' } }, 0.88, 'last-event-owner');
    return;
  }
  if (x.thing || (x.kindMention && !x.place)) return;
  // "is the e-bike charging" where a plug is described as "plug for the e-bike charger": the one device whose
  // description says the word, asked whether it is on (charging, running).
  if (!x.kindMention && !x.place && has(keys, ...STATE_WORDS)) {
    const asked = x.tokens.filter((t) => keys.has(t.key) && t.key.length >= 4 && !ALL_CUES.has(t.key) && !STOP_WORDS.has(t.key));
    const [word] = asked;
    const all = asked.length === 1 && word ? x.snapshot.devices.filter((d) => descriptionWords(d).has(word.key)) : [];
    // "e-bike" among a "bike-shed lock" and a "plug for the e-bike charger": the one saying the whole word.
    const whole = word ? wholeWordAround(x.tokens, word) : '';
    const saying = all.length > 1 && whole.includes(' ') ? all.filter((d) => ` ${descriptionKey(d)} `.includes(` ${whole} `)) : all;
    const [only] = saying;
    if (saying.length === 1 && only) add('state_on', { device: { type: 'entity', text: word?.text ?? only.name, entity: only, how: 'synonym' } }, 0.8, 'described+on');
  }
  // "is anyone in the hallway", "any carbon monoxide?": the one device (there) whose state has the field asked about.
  // "how much pellet is left" with `pellet_level_pct: 34`: a word of one device's own field name is that device's
  // reading, before any appliance in a cycle ("left") or a room list.
  if (!x.kindMention && detectorsRoute(x, scope, words, add)) return;
  // "what's the supply air temp" (`supply_air_c`): an air word with a word of its own is a field's name, not air quality.
  const airField = has(keys, ...AIR) && words.some((w) => w.length >= 4 && !isQuantityWord(w) && !AIR.includes(w) && !GENERIC_FIELD_WORDS.has(w));
  // "what app do I use for the polytunnel watering": an app or a manual asked for, not the reading of the field.
  const plain = !x.kindMention && first !== 'when' && !has(keys, ...CUES.locked, ...CUES.open, ...FEEL, ...POWER, ...CUES.app, ...CUES.docs, 'happen', 'happens') && (!has(keys, ...AIR) || airField);
  const owners = plain ? fieldWordOwners(x.snapshot, scope, words.filter((w) => !isQuantityWord(w) || AIR.includes(w))) : [];
  const [owner] = owners;
  if (owners.length === 1 && owner) {
    // "what does the hallway motion automation do": that device's automation (automationOfDevice.ts).
    const rule = has(keys, ...CUES.automation) ? automationAskedOf(x.snapshot, owner) : undefined;
    if (rule) add(rule.intent, rule.slots, 0.91, 'field-word+automation');
    else add('device_state', { device: { type: 'entity', text: owner.name, entity: owner, how: 'synonym' } }, 0.91, 'field-word');
    return;
  }
  // "what's the bathroom floor at" with a floor heating in each of two bathrooms: which one, never the first.
  if (x.place && owners.length > 1 && owners.length <= MAX_OFFERED) {
    add('device_state', { device: { type: 'ambiguous', text: x.place.text, expected: 'device', candidates: owners, withPlaces: true } }, 0.91, 'field-word+which');
    return;
  }
  const reporting = devicesAskedAbout(scope, words);
  const [one] = reporting;
  // A quantity ("what's the co2", "how cold is it") is the place's readings, so "and in zosia's room?" can follow.
  const feels = has(keys, ...FEEL) && (has(keys, 'how') || has(keys, 'it'));
  const ownIntent = has(keys, ...CUES.locked, ...CUES.open);
  if (reporting.length === 1 && one && !ownIntent && !x.kindMention && !feels && !has(keys, ...AIR) && (first !== 'when' || timeLeft(one.device, words))) {
    // "when do the filters need changing" with `filter_days_left: 12`: the reading says when, before any note does.
    const when = has(keys, 'when', 'due', 'need', 'soon') && timeLeft(one.device, words);
    add('device_state', { device: { type: 'entity', text: one.device.name, entity: one.device, how: 'synonym' } }, when ? 0.88 : 0.85, 'asked-field');
    return;
  }
  // "what's the lounge at": a room asked what it is "at" is asked its temperature.
  const placeAt = first === 'what' && last === 'at' && x.place !== undefined && x.place.end === x.tokens.length - 1;
  // "how cold is it outside", "what's the air like in the living room", "whats the co2".
  if (!x.kindMention && (feels || placeAt || has(keys, ...AIR))) {
    add('readings', { quantity: { type: 'text', text: has(keys, ...AIR) && quantityAsked(keys) === 'air_quality' ? 'air_quality' : placeAt ? 'temperature' : quantityAsked(keys) }, place: x.placeSlot }, 0.82, 'reading+feel');
  } else if (!x.kindMention && has(keys, ...DAMP, 'pressure')) {
    // "is the cellar damp again", "what's the water pressure" (a boiler's and the mains valve's): every reading of it.
    add('readings', { quantity: { type: 'text', text: quantityAsked(keys) }, place: x.placeSlot }, 0.82, 'reading+quantity');
  } else if (!x.kindMention && (has(keys, ...POWER, ...ENERGY) || (has(keys, 'used', 'use') && has(keys, 'today', 'yesterday'))) && has(keys, 'much', 'what', 'using', 'draw', 'drawing')) {
    // "how much power are we using right now": what the meters and plugs measure; "how much have we used today": kWh.
    const energy = (has(keys, ...OVER_A_DAY) || has(keys, ...ENERGY)) && !has(keys, 'now');
    add('readings', { quantity: { type: 'text', text: energy ? 'energy' : 'power' }, place: x.placeSlot }, 0.8, energy ? 'reading+energy' : 'reading+power');
  }
}

/**
 * "is there a leak in the laundry": the one device there whose state has a field the question names (`water_leak:
 * false`) answers, rather than the list of what is in the room; "is there water in the laundry" with several leak
 * sensors there: what each of them reads.
 */
export function placeFieldRoute(x: ReadingContext, add: Add): void {
  const placeEntity = x.place?.entities.place?.[0];
  if (!x.place || !placeEntity || x.thing || x.kindMention) return;
  const { start, end } = x.place;
  // "how's the pool (doing)": what each device there reads.
  const around = x.tokens.filter((_, i) => i < start || i >= end).map((t) => t.key);
  if (around[0] === 'how' && around.every((k) => HOW_IS.has(k))) {
    add('device_state', { device: x.placeSlot }, 0.8, 'how+place');
    return;
  }
  const asked = x.tokens.filter((t, i) => (i < start || i >= end) && t.key.length >= 4 && !ALL_CUES.has(t.key) && !STOP_WORDS.has(t.key)).map((t) => t.key);
  const there = devicesWithin(x.snapshot, placeEntity);
  // "co level in the boiler room ok?": a short word that asks about a field in other words ("co") counts too.
  const inOtherWords = devicesAskedAbout(there, x.tokens.filter((_, i) => i < start || i >= end).map((t) => t.key));
  const reporting = devicesReporting(there, asked);
  const [one] = reporting.length > 0 ? reporting : inOtherWords;
  if ((reporting.length === 1 || (reporting.length === 0 && inOtherWords.length === 1)) && one) {
    add('device_state', { device: { type: 'entity', text: one.device.name, entity: one.device, how: 'synonym' } }, 0.78, 'place+state-field');
    return;
  }
  detectorsRoute(x, there, asked, add);
}

/** "is there any leak", "any water in the laundry": what the detectors of it (there) read, one device or several. */
function detectorsRoute(x: ReadingContext, devices: readonly Entity[], asked: readonly string[], add: Add): boolean {
  const existence = x.tokens[0]?.key === 'any' || (x.tokens[1]?.key === 'there' && ['is', 'are'].includes(x.tokens[0]?.key ?? ''));
  if (!existence || !asksDetectorsOnly(asked)) return false;
  const report = detectorReport(devices, asked);
  const [only] = report?.devices ?? [];
  if (report?.devices.length === 1 && only) add('device_state', { device: { type: 'entity', text: only.name, entity: only, how: 'synonym' } }, 0.92, 'detector');
  else if (report) add('search_graph', { query: { type: 'text', text: asked.join(' ') }, place: x.placeSlot, existence: { type: 'text', text: 'yes' } }, 0.92, 'detectors');
  return report !== undefined;
}

/** A field asked about that says how long until something is due ("filter_days_left"). */
function timeLeft(device: Entity, words: readonly string[]): boolean {
  return askedFields(device, words).some((f) => /_(left|remaining)$|_due$/.test(f.field));
}

/** More devices than this owning the words asked: too many to offer as "which one". */
const MAX_OFFERED = 4;

/**
 * The devices whose state field names hold every telling word of the question (`pellet` of `pellet_level_pct`), up to
 * one more than can be offered.
 */
function fieldWordOwners(snapshot: HomeSnapshot, devices: readonly Entity[], words: readonly string[]): Entity[] {
  const telling = words.filter((w) => (w.length >= 4 || AIR.includes(w)) && !GENERIC_FIELD_WORDS.has(w));
  if (telling.length === 0 || telling.length > 2) return [];
  // A word no device's field has rules every device out; over the whole home only the first word's owners are walked.
  const owners = telling.map((w) => fieldPartOwners(snapshot).get(w));
  if (owners.some((list) => !list)) return [];
  const found: Entity[] = [];
  for (const device of devices === snapshot.devices ? owners[0] ?? [] : devices) {
    if (!telling.every((w) => fieldParts(device).has(w))) continue;
    found.push(device);
    if (found.length > MAX_OFFERED) break;
  }
  return found;
}

/** The devices in any of the places a mention may mean, or every device when it names none (or the home). */
function devicesInPlaces(snapshot: HomeSnapshot, place: Mention | undefined): readonly Entity[] {
  const places = place?.entities.place ?? [];
  if (places.length === 0 || places.some((p) => p.entity_type === 'home')) return snapshot.devices;
  const [one] = places;
  if (places.length === 1 && one) return devicesWithin(snapshot, one);
  return [...new Set(places.flatMap((p) => devicesWithin(snapshot, p)))];
}

/** Field-name parts that say what any device reports, never which one ("level", "status", "water"). */
const GENERIC_FIELD_WORDS = new Set(['state', 'status', 'level', 'temp', 'power', 'water', 'mode', 'time', 'left', 'last', 'current', 'value', 'source', 'door', 'open', 'alarm', 'battery', 'today', 'much', 'many']);

/** The parts of a device's state field names, kept per entity object. */
const fieldParts = perSnapshot((device: Entity): Set<string> => {
  const state = device.content['state'];
  return new Set(state && typeof state === 'object' ? Object.keys(state).flatMap((k) => fieldWordKeys(k)) : []);
});

/** Each field-name part → the devices having it, in the snapshot's order, built once per snapshot. */
const fieldPartOwners = perSnapshot((snapshot: HomeSnapshot): Map<string, Entity[]> => {
  const owners = new Map<string, Entity[]>();
  for (const device of snapshot.devices) {
    for (const part of fieldParts(device)) {
      const list = owners.get(part);
      if (list) list.push(device);
      else owners.set(part, [device]);
    }
  }
  return owners;
});

/** The keys of the run of content words the word is part of ("e bike" of "is the e-bike charging"). */
function wholeWordAround(tokens: readonly Token[], word: Token): string {
  const at = tokens.indexOf(word);
  const content = (t: Token | undefined): boolean => t !== undefined && !ALL_CUES.has(t.key) && !STOP_WORDS.has(t.key);
  let start = at;
  let end = at + 1;
  while (content(tokens[start - 1])) start--;
  while (content(tokens[end])) end++;
  return tokens.slice(start, end).map((t) => t.key).join(' ');
}

/** A device's description as word keys in order. */
function descriptionKey(device: Entity): string {
  const text = device.content['description'];
  return typeof text === 'string' ? tokenize(text.slice(0, 200)).map((t) => t.key).join(' ') : '';
}

const STATE_WORDS = ['charging', 'running', 'playing', 'on', 'off'];

/** The words of a device's description, as keys ("plug for the e-bike charger" → plug, for, the, e, bike, charger). */
const descriptionWords = perSnapshot((device: Entity): Set<string> => {
  const text = device.content['description'];
  return new Set(typeof text === 'string' ? tokenize(text.slice(0, 200)).map((t) => t.key) : []);
});

/** Kept per entity object (entities are immutable values; a snapshot may hold 20 000 devices). */

function opens(device: Entity): boolean {
  const caps = capabilitiesOf(device);
  return caps.includes('open_close') || caps.includes('position') || openStateOf(device) !== undefined;
}

/** A kind whose devices here open and close (blinds, shutters, covers). */
function kindOpens(x: ReadingContext): boolean {
  const kind = x.kindMention?.kind;
  if (!kind) return false;
  return ['blind', 'shutter', 'curtain', 'awning', 'cover', 'garage_door', 'gate', 'window'].some((id) => kind.id.includes(id));
}
