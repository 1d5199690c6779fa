// "and the fan for her room" read as her sitting room, where there is no fan, while "Mama fan" (a smart plug for her
// standing fan) runs in her bedroom next to it: "There are no fans in the Ibadan Parlour" is true of that room but
// reads as a confident none about what was asked. Before a none for a room, the rooms beside it (the same zone) are
// looked at: a device of the kind there, or a switch named for the kind, is said with where it is and its power.
import type { Entity } from '../../src-shared/protocol/entities';
import { joinNames } from './AnswerBuilder';
import type { DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { switchesForKind } from './plugsForKind';
import { powerStateOf } from './deviceReadings';

/** Up to how many devices beside the room are named. */
const NEARBY_MAX = 4;

/** The devices of the kind (or switches named for it) in the other rooms of the room's zone, at most a few. */
export function nearbyOfKind(snapshot: HomeSnapshot, room: Entity, kind: DeviceKind): Entity[] {
  if (room.entity_type === 'zone') return besideZone(snapshot, room, kind);
  if (room.entity_type !== 'room') return [];
  const zone = snapshot.parentOfPlace.get(room.id);
  if (!zone || zone.entity_type !== 'zone') return [];
  const beside = snapshot.devices.filter((d) => {
    const at = snapshot.placeOfDevice.get(d.id);
    return at !== undefined && at.id !== room.id && snapshot.parentOfPlace.get(at.id)?.id === zone.id;
  });
  const ofKind = beside.filter((d) => kindMatch(snapshot, d, kind) !== undefined);
  const found = [...ofKind, ...switchesForKind(snapshot, beside, kind).filter((d) => !ofKind.includes(d))];
  return found.length > 0 && found.length <= NEARBY_MAX ? found : [];
}

/** Round 42: "is there a camera at the dacha" (a zone of the house's rooms) when the camera is in the yard, a room of
 *  the garden zone through the veranda's door: the devices of the kind in the rooms joined directly (`connects_to`)
 *  to a room of the zone, outside it, are said too, so a none for the zone is not read as the answer. */
function besideZone(snapshot: HomeSnapshot, zone: Entity, kind: DeviceKind): Entity[] {
  const inZone = (place: Entity | undefined): boolean => place !== undefined && snapshot.parentOfPlace.get(place.id)?.id === zone.id;
  const rooms = new Set<string>();
  for (const [placeId, beside] of snapshot.placesBeside) {
    if (!inZone(snapshot.byId.get(placeId))) continue;
    for (const other of beside) if (!inZone(other)) rooms.add(other.id);
  }
  if (rooms.size === 0) return [];
  const found = snapshot.devices.filter((d) => rooms.has(snapshot.placeOfDevice.get(d.id)?.id ?? '') && kindMatch(snapshot, d, kind) !== undefined);
  return found.length > 0 && found.length <= NEARBY_MAX ? found : [];
}

/** " Nearby: Mama fan (Mama's Room; a switch for a fan, on)." */
export function nearbySentence(snapshot: HomeSnapshot, devices: readonly Entity[], kind: DeviceKind): string {
  if (devices.length === 0) return '';
  const each = devices.map((d) => {
    const at = snapshot.placeOfDevice.get(d.id);
    const what = kindMatch(snapshot, d, kind) === undefined ? `a switch for a ${kind.singular}` : '';
    const power = powerStateOf(d);
    const parts = [at?.name, what, power].filter((p): p is string => typeof p === 'string' && p !== '');
    return `${d.name}${parts.length > 0 ? ` (${parts.join('; ')})` : ''}`;
  });
  return ` Nearby: ${joinNames(each)}.`;
}
