// "how's the pool", "how is the plant room doing": a place asked how it is answers with what each device there reads
// (a few readings each, low batteries said), not the bare list of its devices.
import type { Entity } from '../../src-shared/protocol/entities';
import { withFreshness } from './answerText';
import { batteryOf, isBatteryField, readingPhrase } from './deviceReadings';
import { devicesWithin } from './placeClaims';
import { inScope, stateOf, type IntentAnswerInput } from './IntentAnswerInput';

const MAX_DEVICES = 8;
const MAX_READINGS = 4;
const LOW_BATTERY_PCT = 20;

function readingsOfDevice(device: Entity): string {
  const phrases = Object.entries(stateOf(device))
    .filter(([k]) => !isBatteryField(k))
    // `on: false` reads "not on" elsewhere; in a list of devices "off" says it plainly.
    .map(([k, v]) => (k === 'on' && typeof v === 'boolean' ? (v ? 'on' : 'off') : readingPhrase(k, v)))
    .filter((p): p is string => p !== undefined)
    .slice(0, MAX_READINGS);
  const battery = batteryOf(device);
  if (battery !== undefined && battery < LOW_BATTERY_PCT) phrases.push(`battery ${battery}% (low)`);
  return phrases.length > 0 ? phrases.join(', ') : 'no reading';
}

export function placeStateSummary(input: IntentAnswerInput, place: Entity): string {
  const devices = inScope(input, devicesWithin(input.snapshot, place));
  input.answer.cite(place, ...devices.slice(0, MAX_DEVICES));
  if (devices.length === 0) return `I know of no devices in ${place.name}, so I have no readings for it.`;
  const lines = devices.slice(0, MAX_DEVICES).map((d) => `${d.name}: ${readingsOfDevice(d)}`);
  const more = devices.length > MAX_DEVICES ? ` (and ${devices.length - MAX_DEVICES} more devices)` : '';
  return withFreshness(`In ${place.name}: ${lines.join('; ')}${more}.`, input.context.freshness.label);
}
