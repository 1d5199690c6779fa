// What the home snapshot says lies in a place: the devices within a room or zone (any depth, cached per snapshot),
// and those a spot puts there. Kept apart from HomeIndex.ts, which builds the snapshot, so that the index stays one job.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';

/** Devices proper: the snapshot's device list also holds windows (a kind), which "every device" never means. */
export function onlyDevices(list: readonly Entity[]): Entity[] {
  return list.filter((e) => e.entity_type === 'device');
}

/** Devices a spot puts in the place (or a room inside it) while the graph links them to the home only. */
export function spokenlyWithin(snapshot: HomeSnapshot, place: Entity): Entity[] {
  return snapshot.spokenlyPlaced.filter((d) => deviceWithin(snapshot, d, place));
}

/** Devices located in a place or in any room/zone inside it (any depth), from the snapshot. */
export function devicesWithin(snapshot: HomeSnapshot, place: Entity): Entity[] {
  if (place.entity_type === 'home' && snapshot.homes.length <= 1) return snapshot.devices;
  return [...(devicesByPlace(snapshot).get(place.id) ?? [])];
}

/** Place id → the devices within it (any depth, as `deviceWithin` walks), in the snapshot's order; once per snapshot. */
const devicesByPlace = perSnapshot((snapshot: HomeSnapshot): Map<string, Entity[]> => {
  const byPlace = new Map<string, Entity[]>();
  for (const device of snapshot.devices) {
    const seen = new Set<string>();
    let at = snapshot.placeOfDevice.get(device.id);
    for (let depth = 0; at && depth < 6; depth++) {
      if (!seen.has(at.id)) {
        seen.add(at.id);
        const list = byPlace.get(at.id);
        if (list) list.push(device);
        else byPlace.set(at.id, [device]);
      }
      at = snapshot.parentOfPlace.get(at.id);
    }
  }
  return byPlace;
});

/** Whether a device's room is the place or inside it. */
export function deviceWithin(snapshot: HomeSnapshot, device: Entity, place: Entity): boolean {
  let at = snapshot.placeOfDevice.get(device.id);
  for (let depth = 0; at && depth < 6; depth++) {
    if (at.id === place.id) return true;
    at = snapshot.parentOfPlace.get(at.id);
  }
  return false;
}
