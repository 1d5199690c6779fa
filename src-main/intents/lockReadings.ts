// Everything in a home that reads locked or unlocked: the lock devices and the doors and gates that carry their own
// lock reading ("Vrata kůlna": {"has_lock": true, "locked": false}). Without the doors, "is anything unlocked?" said
// "No, nothing is unlocked" while the shed gate stood unlocked. A door whose lock device is listed already (the
// device's name holds the door's, in the same place: "Front Door" and "Front Door Lock") is not said twice.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { lockStateOf } from './deviceReadings';

export function lockReadings(snapshot: HomeSnapshot): Entity[] {
  const locks = snapshot.devices.filter((d) => lockStateOf(d) !== undefined);
  const doors = [...snapshot.byId.values()].filter((e) => e.entity_type !== 'device' && lockStateOf(e) !== undefined);
  const place = (e: Entity): string | undefined => snapshot.placeOfDevice.get(e.id)?.id;
  const listed = (door: Entity): boolean => locks.some((l) => l.name.toLowerCase().includes(door.name.toLowerCase()) && (place(l) === undefined || place(door) === undefined || place(l) === place(door)));
  return [...locks, ...doors.filter((d) => !listed(d))];
}
