// "is the heating off?" where the home's thermostats have only a setpoint and a temperature: "there are no thermostats
// with an on/off state" reads as a confident "none", and hides the very devices asked about. When a few devices of the
// kind are there, each is named and cited with what it reads, so the asker can judge ("setpoint 21, temperature
// 19.5°C"); over more than a few, the short answer stays.
import type { Entity } from '../../src-shared/protocol/entities';
import { otherReadings, readingPhrase } from './deviceReadings';
import { stateOf, type IntentAnswerInput } from './IntentAnswerInput';

/** More devices than this are no useful list of readings in one answer. */
const MAX_NAMED = 10;
/** Readings said per device. */
const MAX_READINGS = 2;

/** What an opening reads (a window's "contact open"): the readings said elsewhere for a device, but here the only ones. */
const OPENING_KEYS = ['open', 'contact', 'door'];

/** "None of the 3 thermostats has an on/off state; what they read: …", or undefined over more than a few. */
export function readingsWithoutOnOff(input: IntentAnswerInput, devices: readonly Entity[], what: string, where: string): string | undefined {
  if (devices.length === 0 || devices.length > MAX_NAMED) return undefined;
  input.answer.cite(...devices);
  const each = devices.map((d) => {
    const state = stateOf(d);
    const opening = OPENING_KEYS.filter((k) => k in state).map((k) => readingPhrase(k, state[k])).filter((p): p is string => p !== undefined);
    const readings = [...opening, ...otherReadings(d)].slice(0, MAX_READINGS);
    return readings.length > 0 ? `${d.name}: ${readings.join(', ')}` : `${d.name}: no reading`;
  });
  const lead = devices.length === 1 ? `${devices[0]?.name ?? 'It'} has no on/off state` : `None of the ${devices.length} ${what}${where} has an on/off state`;
  return `${lead}; what ${devices.length === 1 ? 'it reads' : 'they read'}: ${each.join('; ')}.`;
}
