// What a state field measures, whatever the exporter called it: `current` next to a `setpoint` is a temperature,
// `freezer_c` a temperature in °C, `watts`/`power_w` electrical power, `rh`/`humidity_pct` humidity, `pm25`/`co2`
// air quality. Read from the field name, its unit suffix and the device (a plug's `current` is not a temperature), so
// "what temperature is it in the living room" finds the thermostat's `current: 21.4` and never says "no device
// reports the temperature" while one does under another name.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './capabilityLexicon';
import { stateOf } from './IntentAnswerInput';
import { numberIn, quantityOfUnit } from './valueUnits';

export type Quantity = 'temperature' | 'humidity' | 'power' | 'energy' | 'air_quality' | 'pressure';

export interface FieldReading {
  /** The state field as the home wrote it ("current", "freezer_c"). */
  field: string;
  value: number;
  quantity: Quantity;
  /** A measurement, or what the device is set to reach. */
  role: 'measured' | 'setpoint';
  /** "°C", " W", "%", "" (air quality figures carry no unit we can trust). */
  unit: string;
}

/** Field words that mean "what it is set to" (`set_temp` too: a field that starts "set" is a setting, not a reading). */
const SETPOINT = /(^|_)(setpoint|set_point|target|desired|heat_setpoint|cool_setpoint)(_|$)|^set_/;
/** Field names that are "the reading now" on a device whose setpoint says what it reads (a thermostat, a heater). */
const BARE_CURRENT = new Set(['current', 'actual', 'ambient', 'measured', 'now', 'reading', 'value', 'current_value']);
const AIR = new Set(['pm25', 'pm2_5', 'pm1', 'pm10', 'co2', 'voc', 'tvoc', 'aqi', 'iaq', 'air_quality', 'eco2']);

const PRESSURE_UNITS: Readonly<Record<string, string>> = { bar: ' bar', mbar: ' mbar', psi: ' psi', hpa: ' hPa', kpa: ' kPa' };

/** Words of a question that ask for a quantity ("how humid", "air quality", "watts"). */
const QUANTITY_WORDS: ReadonlyArray<[Quantity, readonly string[]]> = [
  ['humidity', ['humidity', 'humid', 'damp', 'moisture']],
  ['air_quality', ['quality', 'pm25', 'pm2', 'co2', 'voc', 'aqi', 'pollution', 'air']],
  // What solar panels or a generator put out is power too: "what are the panels producing", "generation today".
  ['power', ['watt', 'watts', 'wattage', 'draw', 'drawing', 'pulling', 'consuming', 'consumption', 'power', 'importing', 'exporting', 'grid', 'usage', 'electricity', 'leccy', 'lecky', 'producing', 'generating', 'production', 'generation', 'output', 'yield']],
  ['energy', ['kwh', 'energy']],
  ['pressure', ['pressure']],
  ['temperature', ['temperature', 'temp', 'hot', 'cold', 'warm', 'degree', 'celsius']],
];

/** Every word that asks for a quantity: words in their own right ("drawing" is never a slip of "drain"). */
export function quantityWords(): string[] {
  return QUANTITY_WORDS.flatMap(([, words]) => words);
}

/** A word that asks for a reading ("power", "humidity", "temperature"): never a slip of some other word. */
export function isQuantityWord(key: string): boolean {
  return QUANTITY_WORDS.some(([, words]) => words.includes(key));
}

/** "Damp in the cellar?", "well house warm enough": a word of a quantity said with a place asks its reading there, not
 *  what is in it. "air" is left out: it is as often the air conditioner ("is the air on in the bedroom"). */
export function asksQuantity(keys: ReadonlySet<string>): boolean {
  return [...keys].some((k) => k !== 'air' && isQuantityWord(k));
}

/** The quantity a question's word keys ask for, temperature when none is named. */
export function quantityAsked(keys: ReadonlySet<string>): Quantity {
  // "air temp", "air humidity": "air" says where the reading is taken, the other word what it is (not air quality).
  const airOnly = keys.has('air') && QUANTITY_WORDS.some(([q, words]) => q !== 'air_quality' && words.some((w) => keys.has(w)));
  for (const [quantity, words] of QUANTITY_WORDS) if (words.some((w) => keys.has(w) && !(airOnly && w === 'air'))) return quantity;
  return 'temperature';
}

export function quantityLabel(quantity: Quantity): string {
  return quantity === 'air_quality' ? 'air quality' : quantity;
}

/**
 * What one state field measures on this device, if it is a quantity at all. A unit written in the value ("48°C",
 * "0 W") says it when the name does not, and is the unit said.
 */
export function quantityOfField(device: Entity, field: string, value?: unknown): Pick<FieldReading, 'quantity' | 'role' | 'unit'> | undefined {
  const named = quantityOfFieldName(device, field);
  const written = numberIn(value)?.unit ?? '';
  const byUnit = quantityOfUnit(written);
  if (named && (!byUnit || byUnit === named.quantity)) return written ? { ...named, unit: written } : named;
  if (!byUnit || /(^|_)(battery|filter|life)(_|$)/.test(field.toLowerCase())) return named;
  return { quantity: byUnit, role: SETPOINT.test(field.toLowerCase().replace(/[\s-]+/g, '_')) ? 'setpoint' : 'measured', unit: written };
}

function quantityOfFieldName(device: Entity, field: string): Pick<FieldReading, 'quantity' | 'role' | 'unit'> | undefined {
  const key = field.toLowerCase().replace(/[\s-]+/g, '_');
  const parts = key.split('_');
  const last = parts[parts.length - 1] ?? '';
  if (parts.includes('battery') || parts.includes('filter') || parts.includes('life')) return undefined;
  const role = SETPOINT.test(key) ? 'setpoint' : 'measured';
  if (/humid/.test(key) || parts.includes('rh')) return { quantity: 'humidity', role, unit: '%' };
  if (parts.some((p) => AIR.has(p)) || AIR.has(key)) return { quantity: 'air_quality', role, unit: '' };
  if (last === 'kwh' || parts.includes('energy')) return { quantity: 'energy', role, unit: ' kWh' };
  if (last === 'kw') return { quantity: 'power', role, unit: ' kW' };
  if (/watt/.test(key) || last === 'w' || key === 'power') return { quantity: 'power', role, unit: ' W' };
  // Water, heating-circuit and air pressure ("pressure": "2.9 bar", "pressure_bar", "baro_hpa").
  if (parts.includes('pressure') || ['bar', 'mbar', 'psi', 'hpa', 'kpa'].includes(last)) return { quantity: 'pressure', role, unit: PRESSURE_UNITS[last] ?? '' };
  if (last === 'f' || parts.includes('fahrenheit')) return { quantity: 'temperature', role, unit: '°F' };
  if (/temp/.test(key) || last === 'c' || parts.includes('celsius')) return { quantity: 'temperature', role, unit: '°C' };
  // A bare "setpoint"/"current" is of the one quantity the device deals in: a humidity on a dehumidifier that
  // measures humidity and no temperature (`humidity: 58, target: 50` is 50 %, never 50°F), a temperature on
  // something that takes one; elsewhere (a plug's "current") it is not said to be one.
  if ((role === 'setpoint' || BARE_CURRENT.has(key)) && dealsInHumidityOnly(device)) return { quantity: 'humidity', role, unit: '%' };
  if ((role === 'setpoint' || BARE_CURRENT.has(key)) && takesTemperature(device)) return { quantity: 'temperature', role, unit: '°C' };
  return undefined;
}

/** Field names that say a temperature by themselves ("temp_c", "water_temp", "heat_f"). */
const TEMPERATURE_FIELD = /temp|celsius|fahrenheit|(^|_)(c|f)$/;

/** A device whose own fields and capabilities say humidity and nothing of a temperature: its bare target is a humidity. */
function dealsInHumidityOnly(device: Entity): boolean {
  const caps = capabilitiesOf(device);
  if (caps.some((c) => /temp|heat|cool|thermo/.test(c))) return false;
  const keys = Object.keys(stateOf(device)).map((k) => k.toLowerCase().replace(/[\s-]+/g, '_'));
  if (keys.some((k) => TEMPERATURE_FIELD.test(k))) return false;
  return caps.some((c) => /humid/.test(c)) || keys.some((k) => /humid/.test(k) || k.split('_').includes('rh'));
}

/** A device that is set to a temperature or measures one: a `setpoint` in its state or a temperature capability. */
function takesTemperature(device: Entity): boolean {
  const caps = capabilitiesOf(device);
  if (caps.includes('temperature_control') || caps.includes('temperature')) return true;
  return Object.keys(stateOf(device)).some((k) => SETPOINT.test(k.toLowerCase()));
}

/** Every numeric state field of the device that measures (or sets) the quantity. */
export function readingsOf(device: Entity, quantity: Quantity): FieldReading[] {
  const out: FieldReading[] = [];
  for (const [field, raw] of Object.entries(stateOf(device))) {
    // `19.6` or `"19.6°C"`: exporters write a reading either way.
    const value = numberIn(raw)?.value;
    if (value === undefined) continue;
    const found = quantityOfField(device, field, raw);
    if (found?.quantity === quantity) out.push({ field, value, ...found });
  }
  return out;
}

/** The measured value of a quantity, the plainest field first ("temperature" before "freezer_c"). */
export function measured(device: Entity, quantity: Quantity): FieldReading | undefined {
  const all = readingsOf(device, quantity).filter((r) => r.role === 'measured');
  return all.find((r) => r.field.toLowerCase().startsWith(quantity)) ?? all[0];
}

/** Capabilities that measure a quantity ("air_quality", "humidity"): a device listed for one says its reading. */
const CAPABILITY_QUANTITY: Readonly<Record<string, Quantity>> = {
  humidity: 'humidity', temperature: 'temperature', air_quality: 'air_quality', energy: 'power', power_monitoring: 'power', energy_monitoring: 'power',
};

/** "pm25 7", "21.4°C (current)": what the device measures of the quantity a capability stands for, if anything. */
export function capabilityReading(device: Entity, capability: string): string | undefined {
  const quantity = CAPABILITY_QUANTITY[capability];
  const reading = quantity ? measured(device, quantity) : undefined;
  if (!reading) return fieldsOfCapability(device, capability);
  return `${reading.field.replace(/_/g, ' ')} ${reading.value}${reading.unit}`;
}

/** Capability words that say nothing of what is measured ("ink_level": the ink is what counts). */
const GENERIC_CAPABILITY_PARTS = new Set(['level', 'levels', 'status', 'state', 'control', 'monitoring', 'sensor', 'reading', 'value', 'on', 'off', 'detection']);

/**
 * "ink black 12, ink color 55" for capability "ink_level": the state fields that share a telling word with the
 * capability (exporters name the field after what it measures, not after the capability).
 */
function fieldsOfCapability(device: Entity, capability: string): string | undefined {
  const words = capability.toLowerCase().split(/[_\s-]+/).filter((w) => w.length >= 3 && !GENERIC_CAPABILITY_PARTS.has(w));
  if (words.length === 0) return undefined;
  const said = Object.entries(stateOf(device))
    .filter(([field, value]) => (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') && field.toLowerCase().split(/[_\s-]+/).some((p) => words.includes(p)))
    .map(([field, value]) => `${field.replace(/_/g, ' ')} ${String(value)}${typeof value === 'number' && /(level|pct|percent)$/.test(capability) ? '%' : ''}`);
  return said.length > 0 ? said.join(', ') : undefined;
}
