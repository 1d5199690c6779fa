// The entities at the far end of an entity's incoming edges of some types ("what manages it", "which rules switch
// it"), read from one get_entity_details result: the answers that follow edges into a device share this one filter.
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';

/** The connected entities of one of `types` that point at the entity by an edge of one of `edges`. */
export function linkedInto(details: GetEntityDetailsResult, edges: ReadonlySet<string>, types: ReadonlySet<string>): Entity[] {
  const ids = new Set(details.relationships.incoming.filter((r) => edges.has(r.relationship_type)).map((r) => r.from_entity_id));
  return (details.connected_entities ?? []).filter((e) => ids.has(e.id) && types.has(e.entity_type));
}
