// What `update_entity` writes, as a pure plan: the new immutable version of each entity and its edges re-pinned to it.
// Shared by the tool (one entity) and the approval gate (every target of a proposal in one unit of work), so versions,
// parents and pins are decided in exactly one place.
import { entitySchema, type Entity, type EntityContent, type Relationship } from '../../src-shared/protocol/entities';

export interface EntityUpdate {
  current: Entity;
  changes: { name?: string | undefined; content?: EntityContent | undefined };
}

export interface EntityUpdatePlan {
  entities: Entity[];
  relationships: Relationship[];
  /** Entity id → the version the plan writes. */
  newVersions: Map<string, string>;
}

/**
 * `edgesOf(id)` returns the current edges touching an entity; `mint()` a fresh version for the acting user.
 * Edges are pinned to endpoint versions and the server drops edges pinned to a non-current version (§2), so they are
 * re-sent with the new versions; an edge between two updated entities gets both new pins. A deleted entity's edges are
 * left pinned to the old version on purpose: they should die with it.
 */
export function planEntityUpdates(updates: readonly EntityUpdate[], edgesOf: (id: string) => Relationship[], mint: () => string, userId: string): EntityUpdatePlan {
  const entities: Entity[] = [];
  const newVersions = new Map<string, string>();
  const deleted = new Set<string>();
  for (const { current, changes } of updates) {
    // A new local head on top of the current one; the store shows local over server whatever the versions sort like.
    // Naming the current version as the only parent makes the push a fast-forward on the server (§3).
    const version = mint();
    const next = entitySchema.parse({
      id: current.id,
      version,
      entity_type: current.entity_type,
      name: changes.name ?? current.name,
      content: { ...current.content, ...(changes.content ?? {}) },
      source_type: current.source_type,
      user_id: userId,
      parent_versions: [current.version],
    });
    entities.push(next);
    newVersions.set(current.id, version);
    if (next.content['deleted'] === true) deleted.add(current.id);
  }
  const edges = new Map<string, Relationship>();
  for (const { current } of updates) {
    if (deleted.has(current.id)) continue;
    for (const edge of edgesOf(current.id)) edges.set(edge.id, edge);
  }
  const pin = (id: string, old: string): string => (deleted.has(id) ? old : newVersions.get(id) ?? old);
  const relationships = [...edges.values()].map((edge) => ({
    ...edge,
    from_entity_version: pin(edge.from_entity_id, edge.from_entity_version),
    to_entity_version: pin(edge.to_entity_id, edge.to_entity_version),
  }));
  return { entities, relationships, newVersions };
}
