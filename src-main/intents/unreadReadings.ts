// Before the engine says "no device in the hall reports the temperature" or "the thermostat has no temperature
// setting", it looks at what the devices do report that it could not place: a number under a name it doesn't know
// ("rad": 19.9, "cylinder": 48) or a figure written with its unit ("19.6°C"). When there are such readings the answer
// shows them and says it isn't sure: the household sees the figure, and a confident wrong "none" is never said.
import type { Entity } from '../../src-shared/protocol/entities';
import { isBatteryField, LEVEL_KEYS } from './deviceReadings';
import { stateOf } from './IntentAnswerInput';
import { quantityOfField, type Quantity } from './stateQuantities';

/** Units a written figure may carry for each quantity ("19.6°C", "2.1 kW"). */
const UNITS: Readonly<Record<Quantity, RegExp>> = {
  temperature: /°|\b(deg|degrees?|celsius|fahrenheit)\b|\d\s*[cf]\b/i,
  humidity: /%|\brh\b/i,
  power: /\d\s*k?w\b|\bwatts?\b/i,
  energy: /\d\s*kwh\b/i,
  air_quality: /\b(ppm|ppb|µg|ug)\b/i,
  pressure: /\d\s*(bar|psi|kpa|hpa|mbar)\b/i,
};

/** Where a bare number of each quantity can lie in a home (a plug's "current 0.4" can't be told from a cold room). */
const PLAUSIBLE: Readonly<Record<Quantity, [number, number]>> = {
  temperature: [-40, 250], humidity: [1, 100], power: [0, 50_000], energy: [0, 1_000_000], air_quality: [0, 5000],
  pressure: [0, 2000],
};

/** Field names whose numbers are known to be something else: a level, a volume, a duration, a signal. */
const NOT_A_QUANTITY = /(^|_)(volume|vol|speed|rssi|signal|channel|count|mode|min|mins|minutes|s|sec|seconds|h|hours|days|db|mbps|version|firmware|id)(_|$)/;

/** Unit suffixes of field names and the quantity each belongs to: "valve_pct" is never a temperature. */
const SUFFIX_QUANTITY: Readonly<Record<string, Quantity>> = {
  pct: 'humidity', percent: 'humidity', c: 'temperature', f: 'temperature', w: 'power', kw: 'power', kwh: 'energy', ppm: 'air_quality', bar: 'pressure', psi: 'pressure',
};

/** A field's value that could hold the quantity although no field name says so, in words ("current 19.6°C"). */
function couldBe(device: Entity, field: string, value: unknown, quantity: Quantity): string | undefined {
  const key = field.toLowerCase().replace(/[\s-]+/g, '_');
  if (isBatteryField(key) || LEVEL_KEYS.includes(key) || NOT_A_QUANTITY.test(key)) return undefined;
  const suffix = SUFFIX_QUANTITY[key.split('_').pop() ?? ''];
  if (suffix && suffix !== quantity && key.includes('_')) return undefined;
  const label = key.replace(/_/g, ' ');
  if (typeof value === 'string') {
    const text = value.trim();
    return /^-?\d/.test(text) && text.length <= 24 && UNITS[quantity].test(text) ? `${label} ${text}` : undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  // A number under a name the engine placed as some quantity is not unread; one placed as nothing may be this one.
  const [low, high] = PLAUSIBLE[quantity];
  return quantityOfField(device, field) === undefined && value >= low && value <= high ? `${label} ${value}` : undefined;
}

/** The devices (at most `limit`) with readings that could be the quantity, each with those readings in words. */
export function unreadReadings(devices: readonly Entity[], quantity: Quantity, limit = 6): Array<{ device: Entity; phrases: string[] }> {
  const out: Array<{ device: Entity; phrases: string[] }> = [];
  for (const device of devices) {
    const phrases = Object.entries(stateOf(device))
      .map(([field, value]) => couldBe(device, field, value, quantity))
      .filter((p): p is string => p !== undefined);
    if (phrases.length > 0) out.push({ device, phrases });
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * "I'm not sure which reading in Hall is the temperature; these could be: Hive: current 19.6°C, target 20.0°C", or
 * undefined when nothing could be it. `which` says what is unsure ("reading in Hall is the temperature").
 */
export function hedgedReadings(devices: readonly Entity[], quantity: Quantity, which: string): { text: string; devices: Entity[] } | undefined {
  const found = unreadReadings(devices, quantity);
  if (found.length === 0) return undefined;
  const clause = found.map(({ device, phrases }) => `${device.name}: ${phrases.join(', ')}`).join('; ');
  return { text: `I'm not sure which ${which}; these could be: ${clause}.`, devices: found.map((f) => f.device) };
}
