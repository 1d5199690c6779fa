// A device that measures nothing itself (a wood-fired stove, an old boiler) is often read by a sensor whose own words
// say it is on that device: "surface thermometer clipped on the cserépkályha". "How hot is the stove" is then that
// sensor's reading, said as the sensor's, never "no temperature setting".
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { readingsOf, type FieldReading, type Quantity } from './stateQuantities';

/** The one other device whose description names this device and that measures the quantity, with its readings. */
export function sensorOnDevice(snapshot: HomeSnapshot, device: Entity, quantity: Quantity): { sensor: Entity; readings: FieldReading[] } | undefined {
  const name = phraseKey(device.name);
  if (name.length < 4) return undefined;
  const found = snapshot.devices.filter((d) => {
    if (d.id === device.id) return false;
    const description = d.content['description'];
    return typeof description === 'string' && ` ${phraseKey(description)} `.includes(` ${name} `) && readingsOf(d, quantity).some((r) => r.role === 'measured');
  });
  const [one] = found;
  return found.length === 1 && one ? { sensor: one, readings: readingsOf(one, quantity).filter((r) => r.role === 'measured') } : undefined;
}
