// A generated home for the server bench: `entityCount` entities (rooms, devices, notes…) and `edgeCount` edges
// pinned to their endpoints' versions. Deterministic, so runs compare.
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import { formatVersion } from '../../src-shared/protocol/version';

export function generateHome(entityCount: number, edgeCount: number): { entities: Entity[]; relationships: Relationship[] } {
  const base = Date.parse('2026-06-01T00:00:00Z') * 1000;
  const types = ['device', 'device', 'device', 'room', 'note', 'procedure', 'automation', 'manual'] as const;
  const entities: Entity[] = Array.from({ length: entityCount }, (_, i) => ({
    id: `bench-${i.toString().padStart(6, '0')}`,
    version: formatVersion(base + i, i % 1_000_000, 'bench'),
    entity_type: types[i % types.length]!,
    name: `Thing ${i}`,
    content: { manufacturer: ['Hue', 'Ikea', 'Nest'][i % 3], model: `M-${i % 97}`, capabilities: ['on_off', 'dim'], state: { power: i % 2 ? 'on' : 'off' } },
    source_type: 'generated',
    user_id: 'bench',
    parent_versions: [],
  }));
  const relationships: Relationship[] = Array.from({ length: edgeCount }, (_, i) => {
    const from = entities[(i * 7) % entityCount]!;
    const to = entities[(i * 13 + 1) % entityCount]!;
    return { id: `edge-${i}`, from_entity_id: from.id, from_entity_version: from.version, to_entity_id: to.id, to_entity_version: to.version, relationship_type: 'located_in', properties: {} };
  });
  return { entities, relationships };
}
