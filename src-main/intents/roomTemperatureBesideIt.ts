// "cat e la bunica in camera" (how warm is it at grandma's, in her room) read as a temperature of the thing named
// "Buton bunica": a button, a plug or a heater with no thermometer in a room whose sensor reads the temperature. The
// question is the room's temperature, said as the sensor's and beside the thing, never "Buton bunica has no
// temperature setting" while the room's sensor reads 20.3°C. Only for a temperature asked (not a setting).
import type { Entity } from '../../src-shared/protocol/entities';
import { joinNames } from './AnswerBuilder';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { readingsOf } from './stateQuantities';

/** Kinds whose temperature is the room's (not a fridge's inside, a boiler's water or an AC's own intake). */
const ROOM_READERS: ReadonlySet<string> = new Set(['sensor', 'humidity_sensor', 'thermostat', 'air_quality_sensor', 'weather_station']);
const SETTING_WORDS: ReadonlySet<string> = new Set(['set', 'setpoint', 'target', 'setting']);
const MAX_SAID = 3;

/** The room's temperature beside a device that reads none, or undefined (a setting asked, no room, no sensor there). */
export function roomTemperatureBesideIt(input: IntentAnswerInput, device: Entity): string | undefined {
  if (input.match.words.some((w) => SETTING_WORDS.has(w))) return undefined;
  const room = input.snapshot.placeOfDevice.get(device.id);
  if (!room) return undefined;
  const there = input.snapshot.devices.filter((d) => {
    if (d.id === device.id || input.snapshot.placeOfDevice.get(d.id)?.id !== room.id) return false;
    const kinds = input.snapshot.kindsOfDevice.get(d.id);
    return kinds !== undefined && [...kinds.keys()].some((k) => ROOM_READERS.has(k)) && readingsOf(d, 'temperature').some((r) => r.role === 'measured');
  });
  if (there.length === 0 || there.length > MAX_SAID) return undefined;
  input.answer.cite(room, ...there);
  const lines = there.map((d) => `${d.name} reads ${readingsOf(d, 'temperature').filter((r) => r.role === 'measured').map((r) => `${r.value}${r.unit}`).join(', ')}`);
  return `${device.name} measures no temperature itself; in ${room.name}, ${joinNames(lines)}.`;
}
