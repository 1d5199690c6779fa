// "water the lawn" opens its valve, but "water level in the tank", "water temperature of the boiler" ask a reading:
// a word of what water has (its level, pressure, temperature, use) right after "water" makes it a noun, never the verb,
// and so does a kind whose name starts with "water" ("water heater manual"). Watering said with no thing or with a
// place alone is the irrigation there (wateringOf, wateringInPlace).
import type { Entity } from '../../src-shared/protocol/entities';
import { kindForPhrase } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import type { Token } from './normalizeText';
import type { ScoredSlot } from './SlotResolver';

/** What water has or is measured by: after "water" these make it a thing, not "water (the plants)". */
const WATER_READINGS: ReadonlySet<string> = new Set(['level', 'levels', 'temperature', 'temp', 'pressure', 'usage', 'use', 'consumption', 'quality', 'flow', 'hardness', 'bill', 'reading', 'readings', 'supply', 'leak', 'volume', 'amount']);

/** Do the words after a sentence-opening "water" say what water has or a kind named "water …", not what to water? */
export function waterAsThing(tokens: readonly Token[]): boolean {
  if (WATER_READINGS.has(tokens[0]?.key ?? '')) return true;
  return [1, 2].some((n) => kindForPhrase(['water', ...tokens.slice(0, n).map((t) => t.key)].join(' ')) !== undefined);
}

/** Words that say when or how long, never what ("water now for a while", "regá ahora un rato"). */
const WHEN_WORDS: ReadonlySet<string> = new Set(['now', 'right', 'away', 'for', 'a', 'an', 'while', 'bit', 'little', 'few', 'minute', 'min', 'hour', 'quick', 'quickly', 'please', 'again', 'today', 'then']);
/** Only irrigation: a water valve may be the home's main shut-off, never opened for "water now". */
const WATERERS = ['irrigation'];

/**
 * "water now for a while", "water the parque": watering said with no thing, or with a place, is the irrigation of the
 * home or of that place: its one irrigation device, or which of them. Undefined when the words name something else.
 */
function wateringOf(snapshot: HomeSnapshot, tokens: readonly Token[], text: string): ScoredSlot | undefined {
  if (!tokens.every((t) => WHEN_WORDS.has(t.key) || /^\d+$/.test(t.key))) return undefined;
  const waterers = snapshot.devices.filter((d) => WATERERS.some((k) => snapshot.kindsOfDevice.get(d.id)?.has(k)));
  return oneOrWhich(waterers, text);
}

/** The target of "water …": the irrigation for no thing said or for a place said alone, else the words as read. */
export async function wateredTarget(snapshot: HomeSnapshot, tokens: readonly Token[], text: string, read: () => Promise<ScoredSlot>): Promise<ScoredSlot> {
  const now = wateringOf(snapshot, tokens, text);
  if (now) return now;
  const slot = await read();
  if (slot.value.type !== 'group' || slot.value.kind || !slot.value.place) return slot;
  const place = slot.value.place;
  const there = devicesWithin(snapshot, place).filter((d) => WATERERS.some((k) => snapshot.kindsOfDevice.get(d.id)?.has(k)));
  return oneOrWhich(there, slot.value.text) ?? slot;
}

function oneOrWhich(devices: readonly Entity[], text: string): ScoredSlot | undefined {
  const [one] = devices;
  if (!one || devices.length > 6) return undefined;
  return devices.length === 1 ? { value: { type: 'entity', text, entity: one, how: 'synonym' }, score: 0.9 } : { value: { type: 'ambiguous', text, expected: 'device', candidates: [...devices], withPlaces: true }, score: 0.6 };
}
