// Read models for the home browser: the zones → rooms → devices tree and an entity's detail page.
import type { DeviceSummary, EntityDetail, EntityRef, HomeTree, RelatedEdge, RoomNode, TreeEntryView, ZoneNode } from '../../src-preload/contract';
import { AppError } from '../../src-shared/errors';
import type { Entity, EntityType, Relationship, RelationshipType } from '../../src-shared/protocol/entities';
import type { GraphStore } from '../graph/GraphStore';

const TREE_TYPES: readonly EntityType[] = ['home', 'zone', 'room', 'device'];
/** The edges that place a device in a room and a room in a zone. */
const PLACEMENT_TYPES: readonly RelationshipType[] = ['located_in', 'part_of', 'contained_in'];

export function toEntityRef(entity: Entity): EntityRef {
  return { id: entity.id, name: entity.name, entity_type: entity.entity_type, version: entity.version };
}

export function toDeviceSummary(entity: Entity): DeviceSummary {
  const summary: DeviceSummary = toEntityRef(entity);
  const state = entity.content['state'];
  if (state && typeof state === 'object' && !Array.isArray(state)) summary.state = state as Record<string, unknown>;
  const kind = entity.content['type'];
  if (typeof kind === 'string') summary.kind = kind;
  const battery = entity.content['battery_pct'];
  if (typeof battery === 'number') summary.state = { ...summary.state, battery_pct: battery };
  return summary;
}

const byName = <T extends { name: string }>(a: T, b: T): number => a.name.localeCompare(b.name);

export class HomeBrowserQueries {
  constructor(private readonly store: GraphStore) {}

  async getTree(): Promise<HomeTree> {
    const [entities, placement] = await Promise.all([
      this.store.listEntities(),
      this.store.getRelationships({ types: PLACEMENT_TYPES }),
    ]);
    const parentsOf = new Map<string, string[]>();
    for (const rel of placement) {
      const list = parentsOf.get(rel.from_entity_id) ?? [];
      list.push(rel.to_entity_id);
      parentsOf.set(rel.from_entity_id, list);
    }
    const ofType = (type: EntityType): Entity[] => entities.filter((e) => e.entity_type === type);

    const roomNodes = new Map<string, RoomNode>();
    for (const room of ofType('room')) roomNodes.set(room.id, { ...toEntityRef(room), devices: [] });
    const unplacedDevices: DeviceSummary[] = [];
    for (const device of ofType('device')) {
      const rooms = (parentsOf.get(device.id) ?? []).filter((id) => roomNodes.has(id));
      if (rooms.length === 0) unplacedDevices.push(toDeviceSummary(device));
      for (const roomId of rooms) roomNodes.get(roomId)?.devices.push(toDeviceSummary(device));
    }
    for (const node of roomNodes.values()) node.devices.sort(byName);

    const zones: ZoneNode[] = ofType('zone').map((zone) => ({ ...toEntityRef(zone), rooms: [] }));
    const zoneById = new Map(zones.map((z) => [z.id, z]));
    const placedRooms = new Set<string>();
    for (const [roomId, node] of roomNodes) {
      for (const parentId of parentsOf.get(roomId) ?? []) {
        const zone = zoneById.get(parentId);
        if (zone) {
          zone.rooms.push(node);
          placedRooms.add(roomId);
        }
      }
    }
    for (const zone of zones) zone.rooms.sort(byName);

    const others: HomeTree['others'] = {};
    for (const entity of entities) {
      if (TREE_TYPES.includes(entity.entity_type)) continue;
      (others[entity.entity_type] ??= []).push(toEntityRef(entity));
    }
    for (const list of Object.values(others)) list?.sort(byName);

    return {
      homes: ofType('home').map(toEntityRef).sort(byName),
      zones: zones.sort(byName),
      unzonedRooms: [...roomNodes.values()].filter((r) => !placedRooms.has(r.id)).sort(byName),
      unplacedDevices: unplacedDevices.sort(byName),
      others,
    };
  }

  /** Changed entities as tree entries (the home browser patches their branches); a missing one comes back as null. */
  async getTreeEntries(ids: readonly string[]): Promise<TreeEntryView[]> {
    const entities = await this.store.getEntities(ids);
    return Promise.all(
      ids.map(async (id): Promise<TreeEntryView> => {
        const entity = entities.get(id);
        if (!entity) return { id, entity: null, parentIds: [] };
        const placement = TREE_TYPES.includes(entity.entity_type) ? await this.store.getRelationships({ fromId: id, types: PLACEMENT_TYPES }) : [];
        return { id, entity: entity.entity_type === 'device' ? toDeviceSummary(entity) : toEntityRef(entity), parentIds: placement.map((r) => r.to_entity_id) };
      }),
    );
  }

  async getEntityDetail(id: string): Promise<EntityDetail> {
    const entity = await this.store.getEntity(id);
    if (!entity) throw new AppError('not_found', 'That item is not in the home graph (it may have been deleted).');
    const [versions, outgoingRels, incomingRels] = await Promise.all([
      this.store.getVersions(id),
      this.store.getRelationships({ fromId: id }),
      this.store.getRelationships({ toId: id }),
    ]);
    const others = await this.store.getEntities([
      ...outgoingRels.map((r) => r.to_entity_id),
      ...incomingRels.map((r) => r.from_entity_id),
    ]);
    const edge = (rel: Relationship, otherId: string): RelatedEdge[] => {
      const other = others.get(otherId);
      return other ? [{ relationship: rel, relationship_type: rel.relationship_type, other: toEntityRef(other) }] : [];
    };
    const outgoing = outgoingRels.flatMap((r) => edge(r, r.to_entity_id));
    const incoming = incomingRels.flatMap((r) => edge(r, r.from_entity_id));
    const procedures = incoming
      .filter((e) => e.relationship_type === 'procedure_for')
      .flatMap((e) => (others.get(e.other.id) ? [others.get(e.other.id) as Entity] : []));
    const manuals = outgoing
      .filter((e) => e.relationship_type === 'documented_by')
      .flatMap((e) => (others.get(e.other.id) ? [others.get(e.other.id) as Entity] : []));
    return {
      entity,
      versions: versions.map((v) => ({ version: v.version, user_id: v.user_id, parent_versions: v.parent_versions })).reverse(),
      outgoing,
      incoming,
      procedures,
      manuals,
    };
  }
}
