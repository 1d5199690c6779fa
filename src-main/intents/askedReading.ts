// A question that asks for a reading in the words of a device's own state (issue 12): "is the stove lit" (`lit: true`),
// "is the alarm set" (`status: disarmed`), "what's gran listening to" (`playing: …`), "how much oil is left" (`level:
// "410 L"`), "how much rain today" (`rain_today`), "is the hot press warm" (the temperature read there). The words are
// mapped to the state keys, values, units and capabilities the home's devices report, bounded to the devices the
// question names, the place it names, or the devices named after its words. When no device there reports anything the
// question could mean, the match is left as it was (its honest answer stays).
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './deviceKinds';
import { isBatteryField, powerStateOf } from './deviceReadings';
import { fieldWordKeys } from './fieldMeanings';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';
import { kindMatch } from './kindClaims';
import { devicesWithin } from './placeClaims';
import type { IntentMatch } from './IntentEngine';
import { stateOf } from './IntentAnswerInput';
import { STOP_WORDS } from './mentions';
import { tokenize, type Token } from './normalizeText';
import { isQuantityWord, measured, quantityAsked, readingsOf } from './stateQuantities';
import { devicesDescribedBy } from './describedWords';
import { deviceOfFieldHeading } from './fieldHeading';
import { numberIn } from './valueUnits';
import { ALL_CUES } from './cueWords';
import { playingAsked } from './playingAsked';

/** Words that open a question (never a request). */
const ASKING = new Set(['is', 'are', 'was', 'were', 'what', 'how', 'which', 'who', 'any', 'anything', 'has', 'have', 'doe', 'do']);
/** Adjectives of warmth: a place, or a thing in one, asked so is asked the temperature read there. */
const WARMTH = new Set(['warm', 'warmer', 'cold', 'colder', 'hot', 'hotter', 'chilly', 'cool', 'cooler', 'freezing', 'frosty', 'toasty', 'nippy', 'icy', 'mild', 'perishing', 'baltic', 'heated']);
/** Words after the adjective that keep it the last thing asked ("is the shed cold enough", "is it warm in there yet"). */
const AFTER_PREDICATE = new Set(['enough', 'now', 'yet', 'today', 'tonight', 'there', 'in', 'out', 'still', 'again', 'at', 'the', 'moment', 'right']);
/** Verbs and nouns that ask what a device plays or shows. */
const MEDIA_ASKED = new Set(['playing', 'play', 'listening', 'listen', 'watching', 'watch', 'showing', 'channel', 'station', 'song', 'track', 'tune', 'music', 'programme', 'program', 'show', 'film', 'movie', 'podcast', 'album', 'artist']);
/** Field-name parts of what is playing or showing (`playing`, `now_playing`, `media_title`, `channel`, `station`). */
// Not `program`: a dishwasher's programme is no title.
const MEDIA_FIELD = new Set(['playing', 'media', 'title', 'track', 'song', 'artist', 'album', 'station', 'channel', 'episode', 'podcast', 'source']);
/** Words that ask how much of something is left. */
const AMOUNT_ASKED = new Set(['left', 'remaining', 'level', 'full', 'empty', 'much']);
/** Field-name parts of an amount held (`level`, `fill_pct`, `remaining_l`, `percent`). */
const AMOUNT_FIELD = new Set(['level', 'percent', 'pct', 'remaining', 'left', 'fill', 'volume', 'litre', 'liter', 'l', 'gallon', 'gal', 'amount', 'quantity', 'content', 'contents', 'kg']);
/** Units of an amount held, written in a value ("410 L", "36%", "12 kg"). */
const AMOUNT_UNIT = /^(%|l|litres?|liters?|gal|gallons?|m3|m³|kg|lb|lbs|cm|mm)$/i;
const TIME_UNIT = /^(s|sec|secs|min|mins|minutes?|h|hrs?|hours?|d|days?)$/i;
/** Weather words and the field-name parts that report them (`rain_today`, `wind`, `gust_kmh`, `uv_index`). */
const WEATHER: ReadonlyArray<{ words: readonly string[]; parts: readonly string[] }> = [
  { words: ['rain', 'raining', 'rainfall', 'rained', 'precipitation', 'drizzle'], parts: ['rain', 'rainfall', 'precipitation'] },
  { words: ['wind', 'windy', 'breeze', 'breezy', 'gust', 'gusty', 'gale', 'blowing'], parts: ['wind', 'gust', 'gusts'] },
  { words: ['uv', 'sun', 'sunny', 'sunshine'], parts: ['uv', 'solar', 'lux', 'sun'] },
];
/** Words that ask about the weather as a whole. */
const WEATHER_WHOLE = new Set(['weather']);
/** Words that ask whether an alarm system is armed ("is the alarm on" among a panel and smoke alarms still asks which). */
const ARM_ASKED = new Set(['set', 'armed', 'arm', 'activated', 'active', 'disarmed', 'unset']);
/** Predicates that have their own intents and answers (on/off, open/closed, locked). */
const OWN_PREDICATES = new Set(['on', 'off', 'open', 'opened', 'closed', 'shut', 'locked', 'unlocked', 'lock', 'unlock']);
/** Intents that may have taken a reading question for something else; others keep their answer. */
const OVERRIDABLE = new Set(['search_graph', 'devices_in_place', 'kind_on', 'list_kind', 'automation_targets', 'state_on', 'by_capability', 'schedules_for_device', 'by_manufacturer', 'device_controllers']);
/** More devices than this answering the words: a real "which one?" rather than a reading. */
const MAX_OFFERED = 4;

/** The question re-read as a reading of the one device (or the place) whose state answers its words, if any. */
export function askedReading(match: IntentMatch | undefined, question: string, snapshot: HomeSnapshot): IntentMatch | undefined {
  const tokens = tokenize(question);
  const keys = tokens.map((t) => t.key);
  const pick = (found: Entity[], rule: string, text: string): IntentMatch | undefined => readingMatch(match, found, rule, text, keys);
  // "how much water is in the cistern" read as the cistern's pump, "tank level?": the one device named or described by
  // a word of the question that holds an amount.
  const holder = amountHolderAsked(match, tokens, snapshot);
  if (holder) return readingMatch(match, [holder.device], 'amount-described', holder.text, keys, holder.text);
  if (match && (!OVERRIDABLE.has(match.intent) || match.category === 'control')) return undefined;
  if (!ASKING.has(keys[0] ?? '')) {
    // "generator hours", "electric fence voltage": a thing and a field of its state, said as a heading (fieldHeading.ts).
    // A capability answer ("roof tank level" → the gauge's level) reads the field already.
    const headed = match?.intent === 'by_capability' ? undefined : deviceOfFieldHeading(tokens, snapshot);
    return headed ? readingMatch(match, [headed.device], 'field-heading', headed.text, keys, headed.text) : undefined;
  }
  const said = new Set(keys);
  const named = (): Entity[] => candidates(match, tokens, snapshot);
  // "is there power from tanesco": the one device described by the other word that reads the quantity asked.
  const supplier = match?.intent === 'search_graph' ? quantityOfDescribed(tokens, snapshot) : undefined;
  if (supplier) return readingMatch(match, [supplier.device], 'quantity-described', supplier.text, keys, supplier.text);
  const predicate = lastPredicate(tokens);

  // "is the hot press warm", "is the tunnel cold": the temperature read in the place or by the thing named.
  if (predicate && WARMTH.has(predicate.key) && ['is', 'are', 'was', 'how'].includes(keys[0] ?? '')) {
    const place = placeOf(match);
    const pool = place ? devicesWithin(snapshot, place) : named();
    const warm = pool.filter((d) => measured(d, 'temperature') !== undefined);
    // Several readings in the place: each of them, as "how warm is it in there" is answered.
    if (place && warm.length > 1 && match) return { ...match, intent: 'readings', category: 'state', slots: { quantity: { type: 'text', text: 'temperature' }, place: { type: 'entity', text: place.name, entity: place, how: 'synonym' } }, template: 'reading:warmth-place' };
    return pick(warm, 'warmth', place?.name ?? predicate.text);
  }
  // "what's gran listening to", "which channel is the box on": a title in the state of what is named (or there).
  if (['what', 'which', 'who'].includes(keys[0] ?? '') && keys.some((k) => MEDIA_ASKED.has(k))) {
    const place = placeOf(match);
    const pool = [...named(), ...(place ? devicesWithin(snapshot, place) : [])];
    const playing = unique(pool).filter((d) => mediaField(d) !== undefined);
    const on = playing.filter((d) => powerStateOf(d) !== 'off');
    return pick(on.length > 0 ? on : playing, 'media', predicate?.text ?? 'playing');
  }
  // "how much oil is left", "what's the oil level", "how full is the tank": an amount held, on what the words name.
  if (keys.some((k) => AMOUNT_ASKED.has(k)) && (said.has('how') || said.has('what')) && !said.has('battery')) {
    const stuff = contentWords(tokens).filter((t) => !AMOUNT_ASKED.has(t.key));
    if (stuff.length >= 1 && stuff.length <= 2) {
      const pool = devicesAbout(snapshot, stuff, match);
      const holding = pool.filter((d) => amountField(d) !== undefined);
      // The device whose capability or field names the stuff ("oil_level") before one only described near it.
      const own = holding.filter((d) => stuff.every((w) => fieldPartsOf(d).includes(w.key) || capabilityWords(d).includes(w.key)));
      if (own.length > 0) return pick(own, 'amount', stuff.map((t) => t.text).join(' '));
      if (holding.length > 0) return pick(holding, 'amount', stuff.map((t) => t.text).join(' '));
    }
    // Not "how much pellet are we getting": a verb of doing asks about a flow or a delivery, not what is held.
    const doing = stuff.some((t) => /[a-z]{3}ing$/.test(t.key));
    const described = stuff.length <= 3 && !doing ? amountHolderNamed(snapshot, stuff) : undefined;
    if (described) return readingMatch(match, [described.device], 'amount-described', described.text, keys, described.text);
  }
  // "how much rain today", "what's the wind like", "what's the weather like outside": what a weather device reports.
  // Not "what closes it when it rains": a condition, not the weather now.
  if ((!match || match.intent === 'search_graph' || match.intent === 'devices_in_place') && !said.has('when') && !said.has('if')) {
    const asked = WEATHER.filter((w) => w.words.some((x) => said.has(x)));
    if (asked.length > 0) {
      const reporting = snapshot.devices.filter((d) => asked.every((w) => fieldPartsOf(d).some((p) => w.parts.includes(p))));
      const outdoor = reporting.length > 1 ? reporting.filter((d) => fieldPartsOf(d).includes('outdoor') || isWeatherDevice(d)) : reporting;
      return pick(outdoor, 'weather', asked.map((w) => w.words[0]).join(' '));
    }
    if (keys.some((k) => WEATHER_WHOLE.has(k))) return pick(snapshot.devices.filter(isWeatherDevice), 'weather', 'weather');
  }
  // "is the stove lit", "is the mower mowing", "is the alarm set": a yes/no whose last word is a state the device keeps.
  if (match && predicate && ['is', 'are', 'was', 'has'].includes(keys[0] ?? '') && ['state_on', 'list_kind', 'kind_on'].includes(match.intent)) {
    const pool = named();
    const arm = ARM_ASKED.has(predicate.key) ? pool.filter(keepsArming) : [];
    // One that keeps it: said as "is the alarm on" is (the on/off answer reads an armed state).
    const [panel] = arm;
    if (arm.length === 1 && panel && powerStateOf(panel) !== undefined) return { ...match, intent: 'state_on', category: 'state', slots: { device: { type: 'entity', text: panel.name, entity: panel, how: 'synonym' } }, template: 'reading:armed' };
    if (arm.length > 0) return pick(arm, 'armed', predicate.text);
    if (OWN_PREDICATES.has(predicate.key)) return undefined;
    // What the on/off answer reads already ("is the washer running" with `run_state`) keeps that answer.
    if (pool.some((d) => powerStateOf(d) !== undefined)) return undefined;
    return pick(pool.filter((d) => keepsStateWord(d, predicate.key)), 'state-word', predicate.text);
  }
  return undefined;
}

/** `said`: the words of the question that named the one device, kept as the slot's text so "and the cistern?" can follow. */
function readingMatch(match: IntentMatch | undefined, found: Entity[], rule: string, text: string, words: string[], said?: string): IntentMatch | undefined {
  const [one] = found;
  if (!one || found.length > MAX_OFFERED) return undefined;
  const device = found.length === 1
    ? { type: 'entity' as const, text: said ?? one.name, entity: one, how: 'synonym' as const }
    : { type: 'ambiguous' as const, text, expected: 'device' as const, candidates: found, withPlaces: true };
  return { intent: 'device_state', category: 'state', slots: { device }, confidence: Math.max(match?.confidence ?? 0, 0.8), alternatives: [], template: `reading:${rule}`, words };
}

/** The last word of a yes/no question that says what is asked ("lit" of "is the stove lit yet"). */
function lastPredicate(tokens: readonly Token[]): Token | undefined {
  let end = tokens.length;
  while (end > 1 && AFTER_PREDICATE.has(tokens[end - 1]?.key ?? '')) end--;
  return tokens[end - 1];
}

function contentWords(tokens: readonly Token[]): Token[] {
  return tokens.filter((t, i) => i > 0 && t.key.length >= 2 && !STOP_WORDS.has(t.key) && !ASKING.has(t.key) && !ALL_CUES.has(t.key));
}

/** The room or zone the match names. */
function placeOf(match: IntentMatch | undefined): Entity | undefined {
  const slot = match?.slots['place'] ?? match?.slots['device'];
  if (slot?.type !== 'entity') return undefined;
  const entity = slot.entity;
  if (['room', 'zone'].includes(entity.entity_type)) return entity;
  return undefined;
}

/** The devices the match names (its device, the candidates of a shared name, its kind's devices), else those named after its words. */
function candidates(match: IntentMatch | undefined, tokens: readonly Token[], snapshot: HomeSnapshot): Entity[] {
  const slot = match?.slots['device'] ?? match?.slots['thing'];
  if (slot?.type === 'entity' && slot.entity.entity_type === 'device') return [slot.entity];
  if (slot?.type === 'ambiguous') return slot.candidates.filter((c) => c.entity_type === 'device');
  const kind = match?.slots['kind'];
  if (kind?.type === 'kind') {
    const place = match?.slots['place']?.type === 'entity' ? match.slots['place'].entity : undefined;
    const pool = place ? devicesWithin(snapshot, place) : snapshot.devices;
    const ofKind = pool.filter((d) => kindMatch(snapshot, d, kind.kind) !== undefined);
    // "the echo" where one of the speakers is named so: that one.
    const byName = ofKind.filter((d) => tokenize(d.name).some((t) => t.key === tokenize(kind.text).pop()?.key));
    return byName.length > 0 ? byName : ofKind;
  }
  return namedAfter(snapshot, contentWords(tokens));
}

/** Devices whose names hold one of the words as a word ("tunnel" → "Tunnel thermometer", "gran" → "Gran's radio"). */
function namedAfter(snapshot: HomeSnapshot, words: readonly Token[]): Entity[] {
  const known = words.filter((w) => w.key.length >= 3 && snapshot.deviceNameKeys.has(w.key) && !MEDIA_ASKED.has(w.key) && !WARMTH.has(w.key));
  if (known.length === 0) return [];
  const found = snapshot.devices.filter((d) => {
    const name = d.name.toLowerCase();
    return known.some((w) => name.includes(w.text) && tokenize(d.name).some((t) => t.key === w.key));
  });
  // With several words, the devices named after most of them ("kitchen radio" over "kitchen lights").
  const score = (d: Entity): number => known.filter((w) => d.name.toLowerCase().includes(w.text)).length;
  const top = Math.max(0, ...found.map(score));
  return found.filter((d) => score(d) === top);
}

/** Devices the words are about: named so, or with a capability, field or description saying the word. */
function devicesAbout(snapshot: HomeSnapshot, words: readonly Token[], match: IntentMatch | undefined): Entity[] {
  const fromMatch = match ? candidates(match, [], snapshot) : [];
  const keys = words.map((w) => w.key);
  const says = (d: Entity): boolean => {
    // A cheap look at the texts first: most of a large home's devices say none of the words.
    const blob = `${d.name} ${String(d.content['description'] ?? '').slice(0, 200)} ${capabilitiesOf(d).join(' ')}`.toLowerCase();
    if (!words.every((w) => blob.includes(w.text) || fieldPartsOf(d).includes(w.key))) return false;
    const caps = capabilityWords(d);
    const description = typeof d.content['description'] === 'string' ? tokenize(d.content['description'].slice(0, 200)).map((t) => t.key) : [];
    return keys.every((k) => caps.includes(k) || fieldPartsOf(d).includes(k) || description.includes(k) || tokenize(d.name).some((t) => t.key === k));
  };
  // Bounded: only when a word is one the home uses in a capability or a device name.
  const used = keys.some((k) => snapshot.deviceNameKeys.has(k) || [...snapshot.capabilities.keys()].some((c) => c.split(' ').includes(k)));
  if (!used) return fromMatch;
  return unique([...fromMatch, ...snapshot.devices.filter(says)]);
}

function capabilityWords(device: Entity): string[] {
  return capabilitiesOf(device).flatMap((c) => c.toLowerCase().split(/[_\s/-]+/));
}

function unique(list: readonly Entity[]): Entity[] {
  return [...new Map(list.map((e) => [e.id, e])).values()];
}

/** The field holding a title of what plays or shows (a string, not a yes/no). */
function mediaField(device: Entity): string | undefined {
  return Object.entries(stateOf(device)).find(([k, v]) => typeof v === 'string' && v.trim() !== '' && fieldWordKeys(k).some((p) => MEDIA_FIELD.has(p)))?.[0];
}

/** The field holding an amount (a level in litres or %, a fill), never a battery's charge. */
function amountField(device: Entity): string | undefined {
  return Object.entries(stateOf(device)).find(([k, v]) => {
    if (isBatteryField(k)) return false;
    const unit = numberIn(v)?.unit?.trim() ?? '';
    // "boost_remaining: 0 min" is a time left, not an amount held.
    if (TIME_UNIT.test(unit)) return false;
    return fieldWordKeys(k).some((p) => AMOUNT_FIELD.has(p)) || (unit !== '' && AMOUNT_UNIT.test(unit) && typeof v === 'string');
  })?.[0];
}

/** A device that keeps whether it is armed (`status: armed_stay`, `mode: disarmed`, `armed: true`). */
function keepsArming(device: Entity): boolean {
  return Object.entries(stateOf(device)).some(([k, v]) => /arm/.test(k.toLowerCase()) || (typeof v === 'string' && /(^|[^a-z])(dis)?arm(ed)?([^a-z]|$)/.test(v.toLowerCase())));
}

/** A state word the device keeps: a yes/no field so named (`lit`), a value saying it (`firing`), a capability (`mow`). */
function keepsStateWord(device: Entity, word: string): boolean {
  const stem = word.replace(/(ing|ed)$/, '');
  if (stem.length < 2) return false;
  const state = stateOf(device);
  for (const [k, v] of Object.entries(state)) {
    if (typeof v === 'boolean' && fieldWordKeys(k).includes(word)) return true;
    if (typeof v === 'string' && tokenize(v).some((t) => t.key === word)) return true;
  }
  // "is the mower mowing" with `status: parked`: a device that can do it and says what it is doing.
  const doing = Object.keys(state).some((k) => /^(status|state|activity|mode|operation|run_state)$/i.test(k));
  return doing && capabilitiesOf(device).some((c) => c.toLowerCase() === stem || c.toLowerCase() === word);
}

/** A device reporting the weather: so named or typed, or with an outdoor temperature and rain or wind. */
function isWeatherDevice(device: Entity): boolean {
  const said = `${device.name} ${String(device.content['type'] ?? '')} ${String(device.content['model'] ?? '')}`.toLowerCase();
  if (said.includes('weather')) return true;
  const parts = fieldPartsOf(device);
  return parts.includes('outdoor') && (parts.includes('rain') || parts.includes('wind'));
}

/** The parts of a device's state field names, kept per entity object. */
const fieldPartsOf = perSnapshot((device: Entity): string[] => Object.keys(stateOf(device)).flatMap((k) => fieldWordKeys(k)));

/**
 * The device holding an amount that a question asking for one means, when the rule above can't see it: the question
 * was read as a device holding none ("how much water is in the cistern" → the cistern's pump) or is a heading ("tank
 * level?").
 */
function amountHolderAsked(match: IntentMatch | undefined, tokens: readonly Token[], snapshot: HomeSnapshot): Described | undefined {
  const keys = tokens.map((t) => t.key);
  const slot = match?.slots['device'];
  const heldNowhere = match?.intent === 'device_state' && slot?.type === 'entity' && slot.entity.entity_type === 'device' && amountField(slot.entity) === undefined
    // "how much power is paolo's pc using": a quantity the device named reads is asked of it, not of what holds an amount.
    && !(keys.some(isQuantityWord) && readingsOf(slot.entity, quantityAsked(new Set(keys))).length > 0);
  if (heldNowhere && keys.some((k) => AMOUNT_ASKED.has(k)) && (keys.includes('how') || keys.includes('what')) && !keys.includes('battery')) {
    // Only by a word the device read doesn't carry in its name: "cisterna" beside "Bomba de agua", never "nonno" of
    // "Termometro nonno" for another of grandad's devices.
    const own = new Set(tokenize(slot.entity.name).map((t) => t.key));
    return amountHolderNamed(snapshot, contentWords(tokens).filter((t) => !AMOUNT_ASKED.has(t.key) && !own.has(t.key)));
  }
  // "tank level?", "cistern level": a thing and "level", nothing else.
  const heading = (!match || match.intent === 'search_graph') && keys.length >= 2 && keys.length <= 3 && keys[keys.length - 1] === 'level';
  return heading ? amountHolderNamed(snapshot, tokens.slice(0, -1).filter((t) => t.key.length >= 3 && !STOP_WORDS.has(t.key))) : undefined;
}

/** A device and the words of the question that named or described it. */
interface Described {
  device: Entity;
  text: string;
}

/** The one device holding an amount that is named or described by most of the words ("cisterna" of "Nivel de cisterna"). */
function amountHolderNamed(snapshot: HomeSnapshot, words: readonly Token[]): Described | undefined {
  const by = new Map<Entity, Token[]>();
  for (const w of words) {
    for (const d of devicesDescribedBy(snapshot, w.key)) if (amountField(d) !== undefined) by.set(d, [...(by.get(d) ?? []), w]);
  }
  const top = Math.max(0, ...[...by.values()].map((ws) => ws.length));
  const best = [...by].filter(([, ws]) => ws.length === top && top > 0);
  const [one] = best;
  return best.length === 1 && one ? { device: one[0], text: one[1].map((t) => t.text).join(' ') } : undefined;
}

/** "is there power from tanesco": a quantity asked of the one device the other word describes, when it reads that quantity. */
function quantityOfDescribed(tokens: readonly Token[], snapshot: HomeSnapshot): Described | undefined {
  const keys = new Set(tokens.map((t) => t.key));
  if (!tokens.some((t) => isQuantityWord(t.key))) return undefined;
  const others = contentWords(tokens).filter((t) => !isQuantityWord(t.key) && t.key !== 'there' && t.key.length >= 3);
  const [word] = others;
  if (others.length !== 1 || !word) return undefined;
  const quantity = quantityAsked(keys);
  const reading = devicesDescribedBy(snapshot, word.key).filter((d) => readingsOf(d, quantity).length > 0);
  const [one] = reading;
  return reading.length === 1 && one ? { device: one, text: word.text } : undefined;
}

/** A question understood (or not) by the other rules, re-read as a reading when its words ask for one. */
export function withAskedReading<T extends { match: IntentMatch; text: string; scope?: Entity[] }>(understood: T | undefined, typed: string, snapshot: HomeSnapshot): T | { match: IntentMatch; text: string; scope?: Entity[] } | undefined {
  const reread = setToArm(understood?.match, understood?.text ?? typed) ?? playingAsked(understood?.match, understood?.text ?? typed, snapshot) ?? askedReading(understood?.match, understood?.text ?? typed, snapshot);
  if (!reread) return understood;
  return understood ? { ...understood, match: reread } : { match: reread, text: typed };
}

/** "set the alarm" (no number): to arm it, as English says, when the device keeps whether it is armed. */
function setToArm(match: IntentMatch | undefined, question: string): IntentMatch | undefined {
  const slot = match?.slots['device'];
  if (match?.intent !== 'setpoint' || slot?.type !== 'entity' || !keepsArming(slot.entity)) return undefined;
  const keys = tokenize(question).map((t) => t.key);
  if (keys[0] !== 'set' || keys.some((k) => /\d/.test(k))) return undefined;
  return { ...match, intent: 'arm', category: 'control', slots: { target: slot }, template: 'reading:set-means-arm' };
}
