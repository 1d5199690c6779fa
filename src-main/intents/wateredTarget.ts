// "water the lawn" opens its valve, but "water level in the tank", "water temperature of the boiler" ask a reading:
// a word of what water has (its level, pressure, temperature, use) right after "water" makes it a noun, never the verb,
// and so does a kind whose name starts with "water" ("water heater manual").
import { kindForPhrase } from './deviceKinds';
import type { Token } from './normalizeText';

/** What water has or is measured by: after "water" these make it a thing, not "water (the plants)". */
const WATER_READINGS: ReadonlySet<string> = new Set(['level', 'levels', 'temperature', 'temp', 'pressure', 'usage', 'use', 'consumption', 'quality', 'flow', 'hardness', 'bill', 'reading', 'readings', 'supply', 'leak', 'volume', 'amount']);

/** Do the words after a sentence-opening "water" say what water has or a kind named "water …", not what to water? */
export function waterAsThing(tokens: readonly Token[]): boolean {
  if (WATER_READINGS.has(tokens[0]?.key ?? '')) return true;
  return [1, 2].some((n) => kindForPhrase(['water', ...tokens.slice(0, n).map((t) => t.key)].join(' ')) !== undefined);
}
