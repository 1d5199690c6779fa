// "what salt range does the pool want", "what's the normal humidity range": "range" after a quantity, a capability of
// the home's devices or a word that qualifies values is a span of values, not the kitchen range (an oven). Read as
// the oven, the question was answered "There are no ovens in La piscina" (a wrong none about the pool's salt).
import type { HomeSnapshot } from './HomeIndex';
import { isQuantityWord } from './stateQuantities';

/** Words that qualify a span of values ("the recommended range", "the safe range"). */
const VALUE_WORDS = new Set(['normal', 'safe', 'ideal', 'recommended', 'target', 'acceptable', 'operating', 'ph', 'chlorine', 'salinity', 'ppm', 'price', 'speed', 'setpoint', 'temperature', 'temp']);
const RANGE_WORDS = new Set(['range', 'ranges']);

/** Is the word at `pos` "range" said of values (the word before it a quantity, a capability here or a value word)? */
export function isValueRange(keys: readonly string[], pos: number, snapshot: HomeSnapshot): boolean {
  if (!RANGE_WORDS.has(keys[pos] ?? '')) return false;
  const before = keys[pos - 1] ?? '';
  return VALUE_WORDS.has(before) || isQuantityWord(before) || snapshot.capabilities.has(before);
}
