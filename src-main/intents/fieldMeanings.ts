// What a state field means, in words, whatever the exporter called it: `bri: 75` is "brightness 75%", `flood: false`
// "no water leak detected (dry)", `occupancy: false` "no motion detected (nobody there)", `co_ppm: 0` "carbon
// monoxide 0 ppm (none detected)", `dhw_temp: 48` "hot water 48°C". Also which fields a question's words ask about
// ("is anyone in the hallway" → `occupancy`, "how much food is left" → `food_level`), so an answer leads with them.
import type { Entity } from '../../src-shared/protocol/entities';
import { stateOf } from './IntentAnswerInput';
import { keyOf } from './normalizeText';

/** Field names (whole, normalised) said in other words; the unit comes from the field's suffix as usual. */
const LABELS: Readonly<Record<string, string>> = {
  bri: 'brightness', dim: 'brightness', dim_level: 'brightness', brightness_pct: 'brightness',
  current_pos: 'position', current_position: 'position', pos: 'position', position_pct: 'position',
  dhw_temp: 'hot water', dhw_c: 'hot water', dhw_temperature: 'hot water', hot_water_temp: 'hot water',
  flow_temp: 'heating flow', flow_c: 'heating flow', return_temp: 'heating return',
  temp_out: 'outdoor temperature', outdoor_temp: 'outdoor temperature', outside_temp: 'outdoor temperature',
  humidity_out: 'outdoor humidity', outdoor_humidity: 'outdoor humidity',
  room_temp: 'room temperature', target_temp: 'target temperature', water_temp: 'water temperature',
  co_ppm: 'carbon monoxide', co: 'carbon monoxide', co2_ppm: 'CO2', co2: 'CO2', pm2_5: 'PM2.5', pm25: 'PM2.5', pm10: 'PM10',
  voc_ppb: 'VOC', voc: 'VOC', tvoc: 'VOC', power_w: 'power draw', watts: 'power draw', valve_state: 'valve',
};

/** Units of whole field names that carry none in a suffix. */
const UNITS: Readonly<Record<string, string>> = {
  bri: '%', brightness: '%', current_pos: '%', current_position: '%', position: '%', pos: '%',
  dhw_temp: '°C', flow_temp: '°C', return_temp: '°C', temp_out: '°C', outdoor_temp: '°C', outside_temp: '°C', room_temp: '°C',
  target_temp: '°C', water_temp: '°C', supply_temp: '°C', temperature: '°C', humidity: '%', humidity_out: '%', voc_ppb: ' ppb', co2: ' ppm', co: ' ppm',
  watts: ' W', watt: ' W',
};

/** Units a field's suffix says ("boiler_temp" °C, "area_m2" m², "grid_import_kw" kW). */
const SUFFIX_UNITS: ReadonlyArray<[RegExp, string]> = [
  [/_ppm$/, ' ppm'], [/_ppb$/, ' ppb'], [/_ugm3$/, ' µg/m³'], [/_w$/, ' W'], [/_kw$/, ' kW'], [/_kwh$/, ' kWh'], [/_c$/, '°C'], [/_(temp|temperature)$/, '°C'], [/_m2$/, ' m²'],
];

/** Detector fields whose false is the all-clear: said as what was (not) detected and what that means. */
const DETECTORS: ReadonlyArray<{ parts: readonly string[]; yes: string; no: string }> = [
  { parts: ['flood', 'leak', 'water_leak', 'leakage', 'wet'], yes: 'water leak detected', no: 'no water leak detected (dry)' },
  { parts: ['occupancy', 'motion', 'presence', 'occupied', 'person'], yes: 'motion detected (someone is there)', no: 'no motion detected (nobody there)' },
  { parts: ['smoke'], yes: 'smoke detected', no: 'no smoke detected' },
  { parts: ['co', 'carbon_monoxide'], yes: 'carbon monoxide detected', no: 'no carbon monoxide detected' },
];

/**
 * A detector's reading ("leak": false, "water_leak": true) when the field is one of the words asked about ("leak",
 * "flood", "smoke"): whether it detects it and the reading in words.
 */
export function detectorReading(field: string, value: unknown, keys: readonly string[]): { detected: boolean; phrase: string } | undefined {
  if (typeof value !== 'boolean') return undefined;
  const k = normal(field);
  const detector = DETECTORS.find((d) => d.parts.includes(k) || d.parts.some((p) => k === `${p}_detected`));
  const asked = askedParts(keys, false);
  if (!detector || !detector.parts.some((p) => asked.has(p))) return undefined;
  return { detected: value, phrase: value ? detector.yes : detector.no };
}

/** The detectors a question's words ask about, each with the field names it is read under and its yes/no in words. */
export function askedDetectors(keys: readonly string[]): ReadonlyArray<{ parts: readonly string[]; yes: string; no: string }> {
  const asked = askedParts(keys, false);
  return DETECTORS.filter((d) => d.parts.some((p) => asked.has(p)));
}

/** A word that asks about a detector ("leak", "flooding", "smoke", "co"). */
export function asksADetector(key: string): boolean {
  const parts = ASKED_AS[key] ?? [];
  return DETECTORS.some((d) => d.parts.some((p) => parts.includes(p)));
}

/** A field's name in words: "temp_out" → "outdoor temperature", "flow_temp" → "heating flow", else "freezer c". */
export function fieldLabel(key: string): string {
  const k = normal(key);
  // "today_kwh" is "today": the unit is said after the number.
  return LABELS[k] ?? LABELS[k.replace(/_(c|f|pct|ppm|ppb|ugm3|w)$/, '')] ?? key.replace(/_(kw|kwh)$/i, '').replace(/_/g, ' ');
}

function normal(key: string): string {
  return key.toLowerCase().replace(/[\s-]+/g, '_');
}

/** The meaning of one field in words, or undefined when the general reading ("remaining 34 min") says it best. */
export function fieldMeaning(key: string, value: unknown): string | undefined {
  const k = normal(key);
  const detector = DETECTORS.find((d) => d.parts.includes(k) || d.parts.some((p) => k === `${p}_detected`));
  if (detector && typeof value === 'boolean') return value ? detector.yes : detector.no;
  if ((k === 'co_ppm' || k === 'co') && typeof value === 'number') return `carbon monoxide ${value} ppm${value === 0 ? ' (none detected)' : ''}`;
  // "filter_days_left: 12": what is due, and when.
  const left = /^(.+)_(days|hours)_(left|remaining)$/.exec(k);
  if (left && typeof value === 'number') return `${left[1]?.replace(/_/g, ' ')}: ${value} ${left[2]} left`;
  const label = LABELS[k];
  const unit = UNITS[k] ?? SUFFIX_UNITS.find(([re]) => re.test(k))?.[1];
  if (typeof value === 'number' && Number.isFinite(value) && (label || unit)) {
    const named = label ?? LABELS[k.replace(/_(ppm|ppb|ugm3)$/, '')] ?? k.replace(/_(ppm|ppb|ugm3|w|kw|kwh|c|pct|m2)$/, '').replace(/_/g, ' ');
    if (/position/.test(named) && unit === '%') return `${named} ${value}%${value >= 100 ? ' (fully open, up)' : value <= 0 ? ' (closed, down)' : ' open'}`;
    return `${named} ${value}${unit ?? ''}`;
  }
  if (typeof value === 'string' && label) return `${label} ${value.replace(/_/g, ' ')}`;
  return undefined;
}

/** Field names that say how full something is. */
const FILL_FIELDS = ['full', 'fill', 'level', 'hdd', 'disk', 'storage', 'capacity', 'used'];

/** Question words that ask about a field under another name ("anyone" → occupancy, "bright" → bri). */
const ASKED_AS: Readonly<Record<string, readonly string[]>> = {
  anyone: ['occupancy', 'motion', 'presence', 'occupied', 'person'], anybody: ['occupancy', 'motion', 'presence', 'occupied', 'person'],
  someone: ['occupancy', 'motion', 'presence', 'occupied', 'person'], somebody: ['occupancy', 'motion', 'presence', 'occupied', 'person'],
  nobody: ['occupancy', 'motion', 'presence', 'occupied', 'person'], occupied: ['occupancy', 'motion', 'presence', 'occupied'],
  movement: ['motion', 'occupancy'], motion: ['motion', 'occupancy', 'presence'],
  leak: ['leak', 'flood', 'leakage', 'wet'], leaking: ['leak', 'flood', 'leakage', 'wet'], flood: ['flood', 'leak'], flooding: ['flood', 'leak'],
  monoxide: ['co', 'carbon_monoxide'], co: ['co', 'carbon_monoxide'], smoke: ['smoke'],
  bright: ['bri', 'brightness', 'level', 'dim'], brightness: ['bri', 'brightness', 'level', 'dim'], dim: ['bri', 'brightness', 'level', 'dim'],
  co2: ['co2'], pm25: ['pm25', 'pm2'], voc: ['voc', 'tvoc'],
  rain: ['rain', 'raining', 'rainfall', 'precipitation'], raining: ['rain', 'raining', 'rainfall'], rainfall: ['rain', 'rainfall', 'precipitation'],
  wind: ['wind', 'gust'], windy: ['wind', 'gust'],
  outside: ['out', 'outdoor', 'outside'], outdoor: ['out', 'outdoor', 'outside'],
  paying: ['price', 'tariff', 'cost', 'rate'], price: ['price', 'tariff', 'cost', 'rate'], tariff: ['tariff', 'price', 'rate'], unit: ['unit', 'price', 'rate'],
  // "how full is the recorder" (`hdd: "62% full"`), "how much storage is left": what fills, by the field's name.
  full: FILL_FIELDS, empty: FILL_FIELDS, storage: FILL_FIELDS, disk: FILL_FIELDS,
  food: ['food'], bypass: ['bypass'], filter: ['filter'], tank: ['tank'], pressure: ['pressure'], ph: ['ph'], chlorine: ['chlorine'],
};

/** A word that asks about a field in other words ("anyone", "bright", "co2"), even where it is a cue word. */
export function asksAField(key: string): boolean {
  return ASKED_AS[key] !== undefined;
}

/** Field words too general to say what a question is after ("how long is left" is not `filter_days_left`). */
const GENERIC = new Set(['state', 'status', 'level', 'temp', 'power', 'water', 'mode', 'time', 'left', 'last', 'day', 'days', 'today', 'current', 'value', 'source']);

/** Field parts a question's word keys ask about, by name or in other words. */
function askedParts(keys: readonly string[], direct = true): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    for (const part of ASKED_AS[key] ?? []) out.add(part);
    if (direct && key.length >= 4 && !GENERIC.has(key)) out.add(key);
  }
  // "how hot is the hot water": the domestic hot water field ("dhw"), not the heating flow.
  if (keys.includes('hot') && keys.includes('water')) out.add('dhw');
  return out;
}

/** The state fields of a device that a question's words ask about ("bypass" → `bypass: auto`), as readings in words. */
export function askedFields(device: Entity, keys: readonly string[]): Array<{ field: string; phrase: string }> {
  return fieldsAsked(device, askedParts(keys));
}

function fieldsAsked(device: Entity, parts: ReadonlySet<string>): Array<{ field: string; phrase: string }> {
  if (parts.size === 0) return [];
  const out: Array<{ field: string; phrase: string }> = [];
  for (const [field, value] of Object.entries(stateOf(device))) {
    const whole = normal(field);
    if (!parts.has(whole) && !fieldWordKeys(field).some((p) => parts.has(p))) continue;
    const phrase = fieldMeaning(field, value) ?? plain(field, value);
    if (phrase) out.push({ field, phrase });
  }
  return out;
}

/** A field name's words as typed and as question words are keyed ("programme" is also "program"), kept per name. */
export function fieldWordKeys(field: string): readonly string[] {
  const known = FIELD_WORD_KEYS.get(field);
  if (known) return known;
  const parts = normal(field).split('_');
  const keys = [...new Set([...parts, ...parts.map((p) => keyOf(p))])];
  if (FIELD_WORD_KEYS.size < 5000) FIELD_WORD_KEYS.set(field, keys);
  return keys;
}

const FIELD_WORD_KEYS = new Map<string, readonly string[]>();

function plain(field: string, value: unknown): string | undefined {
  const label = field.replace(/_/g, ' ');
  if (typeof value === 'number' || typeof value === 'string') return `${label} ${String(value).replace(/_/g, ' ')}`;
  if (typeof value === 'boolean') return booleanPhrase(label, value);
  return undefined;
}

/** One-word states that are a condition ("not charging", "not armed"); other words are things ("no leak", "no motion"). */
const NOT_A_THING = /(ing|ed|able|ive|open|on|online|offline|due|home|away|present|idle|busy|full|empty|low|high|ok|lit)$/;

/** A true/false field in words: "playing: false" is "not playing", "water_leak: false" "water leak not detected". */
export function booleanPhrase(label: string, value: boolean): string {
  if (value) return label;
  // "water_leak: false" is "water leak not detected" ("water not leak" says nothing); "door_open: false" "door not open".
  if (label.includes(' ')) return NOT_A_THING.test(label) ? label.replace(/ (\S+)$/, ' not $1') : `${label} not detected`;
  return NOT_A_THING.test(label) ? `not ${label}` : `no ${label}`;
}

/** Devices whose state has a field the question's words ask about in the words above, with those readings. */
export function devicesAskedAbout(devices: readonly Entity[], keys: readonly string[]): Array<{ device: Entity; phrases: string[] }> {
  // Over many devices only the words known to ask about a field count: "is the front door locked" is never the
  // fridge because its state has a `door` field.
  const parts = askedParts(keys, false);
  if (parts.size === 0) return [];
  return devices.map((device) => ({ device, phrases: fieldsAsked(device, parts).map((f) => f.phrase) })).filter((x) => x.phrases.length > 0);
}
