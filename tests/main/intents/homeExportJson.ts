// Small homes written inside intent tests, turned into the export file `importHomeFile` reads (one version per entity,
// edges pinned to those versions), so a test fixture lists only names, kinds and links.
export interface RawEntity { id: string; entity_type: string; name: string; content: Record<string, unknown> }
export interface RawEdge { from: string; to: string; type: string; properties?: Record<string, unknown> }

export function homeExportJson(entities: readonly RawEntity[], edges: readonly RawEdge[], edgeIdPrefix: string): string {
  const version = (i: number): string => `2026-05-01T09:00:00.000000+00:00-${String(i + 1).padStart(6, '0')}-import`;
  const versionOf = new Map(entities.map((e, i) => [e.id, version(i)]));
  return JSON.stringify({
    format: 'goodies-home',
    format_version: 1,
    exported_at: '2026-05-01T10:00:00.000Z',
    entities: entities.map((e, i) => ({ ...e, version: version(i), source_type: 'imported', user_id: 'import', parent_versions: [], checksum: null })),
    relationships: edges.map((r, i) => ({
      id: `${edgeIdPrefix}-${i + 1}`,
      from_entity_id: r.from,
      from_entity_version: versionOf.get(r.from),
      to_entity_id: r.to,
      to_entity_version: versionOf.get(r.to),
      relationship_type: r.type,
      properties: r.properties ?? {},
    })),
  });
}

/**
 * The edges of a small test home kept as lists: each room part of the home, each device located in its room from
 * `placeOf` (or in `fallbackRoom`).
 */
export function roomAndDeviceEdges(homeId: string, rooms: readonly RawEntity[], devices: readonly RawEntity[], placeOf: Readonly<Record<string, string>>, fallbackRoom: string): RawEdge[] {
  return [
    ...rooms.filter((r) => r.entity_type === 'room').map((r) => ({ from: r.id, to: homeId, type: 'part_of' })),
    ...devices.map((d) => ({ from: d.id, to: placeOf[d.id] ?? fallbackRoom, type: 'located_in' })),
  ];
}
