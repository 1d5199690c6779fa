import type { EntityRef, HomeTree } from '../../../src-preload/contract';

/** Rooms and devices of the home tree, by name, for the "about" filter of the conversation search. */
export function entityFilterOptions(tree: HomeTree | null): { rooms: EntityRef[]; devices: EntityRef[] } {
  if (!tree) return { rooms: [], devices: [] };
  const rooms = [...tree.zones.flatMap((z) => z.rooms), ...tree.unzonedRooms];
  const devices = [...rooms.flatMap((r) => r.devices), ...tree.unplacedDevices];
  const byName = (a: EntityRef, b: EntityRef) => a.name.localeCompare(b.name);
  return { rooms: [...rooms].sort(byName), devices: [...new Map(devices.map((d) => [d.id, d])).values()].sort(byName) };
}
