// The devices of a kind, per snapshot and kind (snapshots are immutable): the resolvers ask "which devices are
// thermostats" of 20 000 devices on every question that names a kind, so each answer is computed once per graph version.
import type { Entity } from '../../src-shared/protocol/entities';
import type { DeviceKind } from './deviceKinds';
import { kindMatch, type HomeSnapshot } from './HomeIndex';

const MEMBERS = new WeakMap<HomeSnapshot, Map<string, Entity[]>>();

/** Devices for which `test` holds, cached under `key` (a kind id, or a kind id plus the rule's name). */
/** Shared between callers: never mutated. */
export function cachedMembers(snapshot: HomeSnapshot, key: string, test: (device: Entity) => boolean): readonly Entity[] {
  let byKey = MEMBERS.get(snapshot);
  if (!byKey) MEMBERS.set(snapshot, (byKey = new Map()));
  let members = byKey.get(key);
  if (!members) byKey.set(key, (members = snapshot.devices.filter(test)));
  return members;
}

/** Devices the snapshot classifies as the kind (`kindMatch`). */
export function membersOfKind(snapshot: HomeSnapshot, kind: DeviceKind): readonly Entity[] {
  return cachedMembers(snapshot, kind.id, (d) => kindMatch(snapshot, d, kind) !== undefined);
}
