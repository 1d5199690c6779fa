// "what's the outside temperature" where nothing stands outdoors but a heat pump or boiler reports `outdoor_temp`:
// the field's own name says it measures outside, so it answers for the outdoor place instead of "no device reports it".
import type { Entity } from '../../src-shared/protocol/entities';
import { isOutsideWord } from './placeVocabulary';
import { readingsOf, type FieldReading, type Quantity } from './stateQuantities';

/** Field-name parts that say "measured outdoors" (`temp_out`, `outdoor_temp`, `outside_temperature`, `ext_temp`). */
const OUTDOOR_PARTS = new Set(['out', 'outdoor', 'outdoors', 'outside', 'exterior', 'ext', 'external']);

function isOutdoorField(field: string): boolean {
  return field.toLowerCase().split(/[_\s-]+/).some((part) => OUTDOOR_PARTS.has(part));
}

/** A place the data calls outdoors (its kind or type), or one the question named with an outside word. */
export function isOutdoorPlace(place: Entity | undefined, words: readonly string[]): boolean {
  if (words.some((w) => isOutsideWord(w))) return true;
  if (!place) return false;
  const kind = place.content['kind'] ?? place.content['type'];
  return typeof kind === 'string' && ['outdoor', 'outdoors', 'outside', 'exterior'].includes(kind.toLowerCase());
}

/** Measured readings of the quantity, on any of the devices, whose field name says they are taken outdoors. */
export function outdoorFieldReadings(devices: readonly Entity[], quantity: Quantity): Array<{ d: Entity; r: FieldReading }> {
  return devices.flatMap((d) => readingsOf(d, quantity).filter((r) => r.role === 'measured' && isOutdoorField(r.field)).map((r) => ({ d, r })));
}
