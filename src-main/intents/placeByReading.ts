// "co2 in the living room" where two rooms answer to "living room" (the Diwaniya and the Upstairs Lounge), only one of
// which has anything that reads CO2: that room is the one meant. Asking "which one?" among places where one cannot
// answer at all is a question back the household should not need; with two or more that can, it is still asked.
import type { IntentMatch } from './IntentEngine';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import { readingsOf, type Quantity } from './stateQuantities';
import { isOutdoorPlace } from './outdoorReadings';

const QUANTITIES: ReadonlySet<string> = new Set<Quantity>(['temperature', 'humidity', 'power', 'energy', 'air_quality', 'pressure']);

/** A readings question whose place is ambiguous, narrowed to the one candidate place with a device reading the quantity. */
export function placeByReading(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  if (match.intent !== 'readings') return match;
  const place = match.slots['place'];
  const asked = match.slots['quantity'];
  if (place?.type !== 'ambiguous' || asked?.type !== 'text' || !QUANTITIES.has(asked.text)) return match;
  // "how cold is it outside": the outdoor answer takes figures read anywhere outdoors (outdoorReadings.ts), not one garden's.
  if (isOutdoorPlace(undefined, match.words) || place.candidates.some((c) => isOutdoorPlace(c, []))) return match;
  const quantity = asked.text as Quantity;
  const able = place.candidates.filter((c) => devicesWithin(snapshot, c).some((d) => readingsOf(d, quantity).length > 0));
  const [one] = able;
  if (able.length !== 1 || !one) return match;
  return { ...match, slots: { ...match.slots, place: { type: 'entity', text: place.text, entity: one, how: 'synonym' } } };
}
