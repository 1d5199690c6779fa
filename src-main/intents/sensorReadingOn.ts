// What a sensor on a device reads, said first when a device that measures nothing itself is asked for a reading: "bulk
// tank temp" is the thermometer on the tank's; round 41: "what's the humidity in the beast" and "what's t'beast
// reading" are those of the fridge thermometer stuck inside it (sheffield sf158, sf185), not the fridge's power alone.
import type { Entity } from '../../src-shared/protocol/entities';
import { asksTemperature } from './deviceSettings';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { sensorOnDevice } from './sensorOnDevice';
import { temperatureUnitOf } from './temperatureUnit';
import { joinNames } from './AnswerBuilder';
import { measured, quantityLabel, type Quantity } from './stateQuantities';

/** Words asking what a device reads, whatever the quantity ("what's t'beast reading"). */
const READING_WORDS = ['reading', 'readings', 'reads'];
/** Words asking for a humidity. */
const HUMIDITY_WORDS = ['humidity', 'humid', 'damp'];

/**
 * "Bulk tank thermometer on it reads 37.4°F. " when a temperature is asked of a device that measures none itself;
 * round 41: a humidity, or what it reads at all ("what's the beast reading": the fridge thermometer inside it), too.
 */
export function readingOfSensorOn(input: IntentAnswerInput, device: Entity): string {
  if (device.entity_type !== 'device') return '';
  const words = input.match.words;
  const quantities: Quantity[] = asksTemperature(words) ? ['temperature'] : HUMIDITY_WORDS.some((w) => words.includes(w)) ? ['humidity'] : READING_WORDS.some((w) => words.includes(w)) ? ['temperature', 'humidity'] : [];
  const asked = quantities.filter((q) => measured(device, q) === undefined);
  if (asked.length === 0 || asked.length < quantities.length) return '';
  const reads = asked.map((q) => sensorOnDevice(input.snapshot, device, q)).filter((r): r is NonNullable<typeof r> => r !== undefined);
  const [first] = reads;
  if (!first || reads.some((r) => r.sensor.id !== first.sensor.id)) return '';
  input.answer.cite(first.sensor);
  const unit = temperatureUnitOf(first.sensor, input.snapshot);
  const figures = reads.flatMap((r) => r.readings).map((r) => `${reads.length > 1 ? `${quantityLabel(r.quantity)} ` : ''}${r.value}${r.unit || (r.quantity === 'temperature' ? unit : '')}`);
  return `${first.sensor.name} on ${device.name} reads ${joinNames(figures)}. `;
}
