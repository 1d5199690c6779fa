// Applies changed entities to the home tree by id, instead of reloading the whole tree. Only the arrays and nodes on
// the path to a change are new objects; every other branch keeps its identity, so the tree model (and React) can
// reuse what it built for them. Changes this cannot place safely (a zone or room deleted, an entity changing type)
// return null and the caller reloads the tree.
import type { DeviceSummary, EntityRef, HomeTree, RoomNode, TreeEntryView, ZoneNode } from '../../../src-preload/contract';
import type { EntityType } from '../../../src-shared/protocol/entities';

const byName = <T extends { name: string }>(a: T, b: T): number => a.name.localeCompare(b.name);

export function applyTreeEntries(tree: HomeTree, entries: readonly TreeEntryView[]): HomeTree | null {
  let next: HomeTree | null = tree;
  for (const entry of entries) {
    next = applyEntry(next, entry);
    if (!next) return null;
  }
  return next;
}

function applyEntry(tree: HomeTree, entry: TreeEntryView): HomeTree | null {
  const before = typeIn(tree, entry.id);
  const after = entry.entity?.entity_type ?? null;
  if (before && after && before !== after) return null;
  const type = after ?? before;
  if (!type) return tree; // gone, and never in the tree
  const { entity, parentIds } = entry;
  const parents = new Set(parentIds);
  switch (type) {
    case 'device':
      return placeDevice(tree, entry.id, entity, parents);
    case 'room':
      return entity ? placeRoom(tree, entry.id, entity, parents) : null;
    case 'zone':
      return entity ? placeZone(tree, entry.id, entity) : null;
    case 'home':
      return { ...tree, homes: replaceIn(tree.homes, entry.id, entity && toRef(entity)) };
    default:
      return { ...tree, others: { ...tree.others, [type]: replaceIn(tree.others[type] ?? [], entry.id, entity && toRef(entity)) } };
  }
}

function placeDevice(tree: HomeTree, id: string, device: DeviceSummary | null, parents: ReadonlySet<string>): HomeTree {
  const touches = (room: RoomNode) => room.devices.some((d) => d.id === id) || (device !== null && parents.has(room.id));
  const patch = (room: RoomNode): RoomNode =>
    touches(room) ? { ...room, devices: withEntry(room.devices.filter((d) => d.id !== id), device && parents.has(room.id) ? device : null) } : room;
  const patchRooms = (rooms: RoomNode[]) => (rooms.some(touches) ? rooms.map(patch) : rooms);
  const inRoom = device !== null && [...tree.zones.flatMap((z) => z.rooms), ...tree.unzonedRooms].some((r) => parents.has(r.id));
  const wasUnplaced = tree.unplacedDevices.some((d) => d.id === id);
  return {
    ...tree,
    zones: tree.zones.some((z) => z.rooms.some(touches)) ? tree.zones.map((z) => (z.rooms.some(touches) ? { ...z, rooms: patchRooms(z.rooms) } : z)) : tree.zones,
    unzonedRooms: patchRooms(tree.unzonedRooms),
    unplacedDevices: wasUnplaced || (device !== null && !inRoom) ? withEntry(tree.unplacedDevices.filter((d) => d.id !== id), inRoom ? null : device) : tree.unplacedDevices,
  };
}

function placeRoom(tree: HomeTree, id: string, ref: EntityRef, parents: ReadonlySet<string>): HomeTree {
  const old = [...tree.zones.flatMap((z) => z.rooms), ...tree.unzonedRooms].find((r) => r.id === id);
  const room: RoomNode = { ...toRef(ref), devices: old?.devices ?? [] };
  const touches = (zone: ZoneNode) => zone.rooms.some((r) => r.id === id) || parents.has(zone.id);
  const zones = tree.zones.map((z) => (touches(z) ? { ...z, rooms: withEntry(z.rooms.filter((r) => r.id !== id), parents.has(z.id) ? room : null) } : z));
  const inZone = tree.zones.some((z) => parents.has(z.id));
  return { ...tree, zones, unzonedRooms: withEntry(tree.unzonedRooms.filter((r) => r.id !== id), inZone ? null : room) };
}

function placeZone(tree: HomeTree, id: string, ref: EntityRef): HomeTree {
  const old = tree.zones.find((z) => z.id === id);
  return { ...tree, zones: withEntry(tree.zones.filter((z) => z.id !== id), { ...toRef(ref), rooms: old?.rooms ?? [] }) };
}

function typeIn(tree: HomeTree, id: string): EntityType | null {
  if (tree.homes.some((h) => h.id === id)) return 'home';
  if (tree.zones.some((z) => z.id === id)) return 'zone';
  const rooms = [...tree.zones.flatMap((z) => z.rooms), ...tree.unzonedRooms];
  if (rooms.some((r) => r.id === id)) return 'room';
  if (tree.unplacedDevices.some((d) => d.id === id) || rooms.some((r) => r.devices.some((d) => d.id === id))) return 'device';
  for (const [type, refs] of Object.entries(tree.others)) if (refs?.some((r) => r.id === id)) return type as EntityType;
  return null;
}

function replaceIn(list: readonly EntityRef[], id: string, ref: EntityRef | null): EntityRef[] {
  return withEntry(list.filter((r) => r.id !== id), ref);
}

function withEntry<T extends { name: string }>(list: T[], entry: T | null): T[] {
  return entry ? [...list, entry].sort(byName) : list;
}

function toRef(entity: EntityRef): EntityRef {
  return { id: entity.id, name: entity.name, entity_type: entity.entity_type, version: entity.version };
}

