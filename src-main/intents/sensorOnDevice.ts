// A device that measures nothing itself (a wood-fired stove, an old boiler) is often read by a sensor whose own words
// say it is on that device: "surface thermometer clipped on the cserépkályha". "How hot is the stove" is then that
// sensor's reading, said as the sensor's, never "no temperature setting".
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { IntentAnswerInput } from './IntentAnswerInput';
import type { HomeSnapshot } from './HomeIndex';
import { readingsOf, type FieldReading, type Quantity } from './stateQuantities';
import { withoutMarks } from './normalizeText';

/** The one other device whose description names this device and that measures the quantity, with its readings. */
export function sensorOnDevice(snapshot: HomeSnapshot, device: Entity, quantity: Quantity): { sensor: Entity; readings: FieldReading[] } | undefined {
  const name = phraseKey(device.name);
  if (name.length < 4) return undefined;
  const found = snapshot.devices.filter((d) => {
    if (d.id === device.id) return false;
    const description = d.content['description'];
    return typeof description === 'string' && ` ${phraseKey(description)} `.includes(` ${name} `) && readingsOf(d, quantity).some((r) => r.role === 'measured');
  });
  const [one] = found.length > 0 ? found : onWhatItIs(snapshot, device, quantity).concat(namedAfterIt(snapshot, device, quantity)).slice(0, 1);
  return found.length <= 1 && one ? { sensor: one, readings: readingsOf(one, quantity).filter((r) => r.role === 'measured') } : undefined;
}

/**
 * "sensor on the fireplace's side stone" next to a "soapstone fireplace (varaava takka)": the sensor names the device
 * by what it is, in the words of the device's own description, not by its name. Only one such sensor in the same room.
 */
function onWhatItIs(snapshot: HomeSnapshot, device: Entity, quantity: Quantity): Entity[] {
  const room = snapshot.placeOfDevice.get(device.id)?.id;
  const own = device.content['description'];
  if (!room || typeof own !== 'string') return [];
  const words = new Set(phraseKey(own).split(' ').filter((w) => w.length >= 4));
  const found = snapshot.devices.filter((d) => {
    if (d.id === device.id || snapshot.placeOfDevice.get(d.id)?.id !== room) return false;
    const description = d.content['description'];
    if (typeof description !== 'string') return false;
    const on = / on (?:the |its |a )?([\p{L}]+)/iu.exec(description)?.[1]?.toLowerCase().replace(/'s$/, '');
    return on !== undefined && words.has(phraseKey(on)) && readingsOf(d, quantity).some((r) => r.role === 'measured');
  });
  return found.length === 1 ? found : [];
}

/**
 * "Senzor temperatură ladă" beside the "Lada frigorifica" in the same room: the one sensor whose name carries a word of
 * the device's name (marks optional) reads it.
 */
function namedAfterIt(snapshot: HomeSnapshot, device: Entity, quantity: Quantity): Entity[] {
  const room = snapshot.placeOfDevice.get(device.id)?.id;
  if (!room) return [];
  const own = new Set(withoutMarks(device.name).split(/[^\p{L}]+/u).filter((w) => w.length >= 4));
  const found = snapshot.devices.filter(
    (d) => d.id !== device.id && snapshot.placeOfDevice.get(d.id)?.id === room && withoutMarks(d.name).split(/[^\p{L}]+/u).some((w) => own.has(w)) && readingsOf(d, quantity).some((r) => r.role === 'measured'),
  );
  return found.length === 1 ? found : [];
}

/** " Takan lämpötila-anturi on it reads 41.3°C." after "no state reading" for a device a sensor reads; cited. */
export function sensorOnItSaid(input: IntentAnswerInput, device: Entity): string {
  const read = sensorOnDevice(input.snapshot, device, 'temperature');
  if (!read) return '';
  input.answer.cite(read.sensor);
  return ` ${read.sensor.name} on it reads ${read.readings.map((r) => `${r.value}${r.unit}`).join(', ')}.`;
}
