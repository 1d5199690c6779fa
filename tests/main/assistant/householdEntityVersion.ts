import type { Entity } from '../../../src-shared/protocol/entities';
import type { VersionClock } from '../../../src-shared/protocol/version';

/** The next version of an entity as another client would write it (a new version whose parent is the current one). */
export function householdEntityVersion(current: Entity, patch: Record<string, unknown>, clock: VersionClock, userId: string): Entity {
  return { ...current, version: clock.next(userId), content: { ...current.content, ...patch }, user_id: userId, parent_versions: [current.version] };
}
