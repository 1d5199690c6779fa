import type { Entity } from '../../src-shared/protocol/entities';

/** The `{id, name, type}` shape §6 uses in paths and lists (`type` is the entity type). */
export interface EntitySummary {
  id: string;
  name: string;
  type: Entity['entity_type'];
}

export function entitySummary(entity: Entity): EntitySummary {
  return { id: entity.id, name: entity.name, type: entity.entity_type };
}

export function byName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}
