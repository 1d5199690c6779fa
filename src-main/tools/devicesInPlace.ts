// Devices of a room, or of a zone/home (its own devices plus those of the rooms inside it, one level down).
// Edges follow §2: device located_in room; room located_in/part_of zone or home.
import type { Entity } from '../../src-shared/protocol/entities';
import type { GraphStore } from '../graph/GraphStore';
import { byName } from './entitySummary';

export async function devicesInPlace(store: GraphStore, place: Entity): Promise<Entity[]> {
  const placeIds = [place.id];
  if (place.entity_type !== 'room') {
    const inner = await store.getRelationships({ toId: place.id, types: ['located_in', 'part_of'] });
    const innerEntities = await store.getEntities(inner.map((r) => r.from_entity_id));
    for (const e of innerEntities.values()) if (e.entity_type === 'room') placeIds.push(e.id);
  }
  const deviceIds: string[] = [];
  for (const placeId of placeIds) {
    const edges = await store.getRelationships({ toId: placeId, types: ['located_in'] });
    for (const edge of edges) deviceIds.push(edge.from_entity_id);
  }
  const entities = await store.getEntities([...new Set(deviceIds)]);
  return [...entities.values()]
    .filter((e) => e.entity_type === 'device')
    .sort(byName);
}
