// A building zone holds floor zones, and they hold the rooms ("Mas Empordà" → "Mas planta baixa" → "Entrada del mas").
// The devices-in-room tool looks one level down (zone → rooms), so the devices of a floor's rooms are missed when the
// building is asked about ("the alarm at the mas"); this adds the devices that lie in the zone through an inner zone,
// and nothing else (a room's own devices and those the tool lists stay as the tool says).
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';

const MAX_DEPTH = 6;

/** The devices inside `zone` through a zone inside it, leaving out `known` (ids the tool listed). */
export function devicesThroughInnerZones(snapshot: HomeSnapshot, zone: Entity, known: ReadonlySet<string>): Entity[] {
  if (zone.entity_type !== 'zone') return [];
  return snapshot.devices.filter((device) => !known.has(device.id) && throughInnerZone(snapshot, device, zone));
}

function throughInnerZone(snapshot: HomeSnapshot, device: Entity, zone: Entity): boolean {
  let at = snapshot.placeOfDevice.get(device.id);
  let inner = false;
  for (let depth = 0; at && depth < MAX_DEPTH; depth++) {
    if (at.id === zone.id) return inner;
    if (depth > 0 && at.entity_type === 'zone') inner = true;
    at = snapshot.parentOfPlace.get(at.id);
  }
  return false;
}
