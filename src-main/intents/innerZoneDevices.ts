// A building zone holds floor zones, and they hold the rooms ("Mas Empordà" → "Mas planta baixa" → "Entrada del mas").
// The devices-in-room tool looks one level down (zone → rooms), so the devices of a floor's rooms are missed when the
// building is asked about ("the alarm at the mas"); this adds the devices that lie in the zone through an inner zone,
// and nothing else (a room's own devices and those the tool lists stay as the tool says). Also whether a place lies
// inside a zone at any depth, which the zone nicknames and the rooms of a zone read too.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';

const MAX_DEPTH = 6;

/** The devices inside `zone` through a zone inside it, leaving out `known` (ids the tool listed). */
export function devicesThroughInnerZones(snapshot: HomeSnapshot, zone: Entity, known: ReadonlySet<string>): Entity[] {
  if (zone.entity_type !== 'zone') return [];
  const inner = [...snapshot.byId.values()].filter((z) => z.entity_type === 'zone' && z.id !== zone.id && placeWithin(snapshot, z, zone));
  if (inner.length === 0) return [];
  return snapshot.devices.filter((device) => {
    const at = snapshot.placeOfDevice.get(device.id);
    return !known.has(device.id) && at !== undefined && inner.some((z) => placeWithin(snapshot, at, z));
  });
}

/** Whether a room or zone lies inside the zone (any depth). */
export function placeWithin(snapshot: HomeSnapshot, place: Entity, zone: Entity): boolean {
  let at = snapshot.parentOfPlace.get(place.id);
  for (let depth = 0; at && depth < MAX_DEPTH; depth++) {
    if (at.id === zone.id) return true;
    at = snapshot.parentOfPlace.get(at.id);
  }
  return false;
}
