import type { Entity, EntityContent } from '../../src-shared/protocol/entities';
import type { TargetPatch } from './ProposalRequest';

export interface EntityChanges {
  name?: string;
  content?: EntityContent;
}

/** The exact `update_entity` changes for a patch against one entity version. */
export function buildEntityChanges(entity: Entity, patch: TargetPatch): EntityChanges {
  const changes: EntityChanges = {};
  if (patch.name !== undefined) changes.name = patch.name;
  const content: EntityContent = { ...(patch.content ?? {}) };
  if (patch.state) {
    const current = entity.content['state'];
    const base = current !== null && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>) : {};
    content['state'] = { ...base, ...patch.state };
  }
  if (Object.keys(content).length > 0) changes.content = content;
  return changes;
}
