// The entities at the far end of an entity's edges of some types, read from one get_entity_details result: incoming
// ("what manages it", "which rules switch it") or outgoing ("which app runs it", "what the keypad controls"). The
// answers that follow a device's edges share these two filters.
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';

/** The connected entities of one of `types` that point at the entity by an edge of one of `edges`. */
export function linkedInto(details: GetEntityDetailsResult, edges: ReadonlySet<string>, types: ReadonlySet<string>): Entity[] {
  const ids = new Set(details.relationships.incoming.filter((r) => edges.has(r.relationship_type)).map((r) => r.from_entity_id));
  return (details.connected_entities ?? []).filter((e) => ids.has(e.id) && types.has(e.entity_type));
}

/** The connected entities of one of `types` that the entity points at by an edge of one of `edges`. */
export function linkedOutOf(details: GetEntityDetailsResult, edges: ReadonlySet<string>, types: ReadonlySet<string>): Entity[] {
  const ids = new Set(details.relationships.outgoing.filter((r) => edges.has(r.relationship_type)).map((r) => r.to_entity_id));
  return (details.connected_entities ?? []).filter((e) => ids.has(e.id) && types.has(e.entity_type));
}
