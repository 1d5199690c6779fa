// A device that is not smart is watched or run through another one: a tiled stove "not smart, see the stove sensor",
// a sensor "clipped on the tiled stove". When the device has no links of its own, the one device in its room that
// its description names, or whose description names it, answers for it (its automations, app, controllers), and the
// answer says so.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

export function standInDevice(snapshot: HomeSnapshot, device: Entity): Entity | undefined {
  if (device.entity_type !== 'device') return undefined;
  const room = snapshot.placeOfDevice.get(device.id);
  if (!room) return undefined;
  const own = descriptionKey(device);
  const name = phraseKey(device.name);
  const found = snapshot.devices.filter((other) => other.id !== device.id && snapshot.placeOfDevice.get(other.id)?.id === room.id
    && (mentions(own, phraseKey(other.name)) || mentions(descriptionKey(other), name)));
  return found.length === 1 ? found[0] : undefined;
}

function descriptionKey(device: Entity): string {
  const text = device.content['description'];
  return typeof text === 'string' ? ` ${phraseKey(text)} ` : '';
}

/** The whole name as words of the description ("see the kályha szenzor"), not a part of a longer word. */
function mentions(description: string, name: string): boolean {
  return name.length >= 4 && description.includes(` ${name} `);
}
