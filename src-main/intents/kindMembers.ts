// The devices of a kind, per snapshot and kind (snapshots are immutable): the resolvers ask "which devices are
// thermostats" of 20 000 devices on every question that names a kind, so each answer is computed once per graph version.
import type { Entity } from '../../src-shared/protocol/entities';
import type { DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';

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

/** Whether a list is the snapshot's whole device list (itself or a copy in the same order), as most questions ask. */
export function isEveryDevice(snapshot: HomeSnapshot, devices: readonly Entity[]): boolean {
  if (devices === snapshot.devices) return true;
  if (devices.length !== snapshot.devices.length) return false;
  for (let i = 0; i < devices.length; i++) if (devices[i] !== snapshot.devices[i]) return false;
  return true;
}

/** The devices of the list that are of the kind, in its order: over the whole home, the cached members (copied). */
export function membersOfKindAmong(snapshot: HomeSnapshot, devices: readonly Entity[], kind: DeviceKind): Entity[] {
  if (isEveryDevice(snapshot, devices)) return [...membersOfKind(snapshot, kind)];
  return devices.filter((d) => kindMatch(snapshot, d, kind) !== undefined);
}

/** Names the name search offers for a phrase; a question back over a kind said alone offers up to `MAX_WHICH`. */
export const NAME_SEARCH_LIMIT = 6;
export const MAX_WHICH = 12;

/**
 * "turn on the fan" with eight fans, each named "… fan": the name search stops at six names, but the
 * question back offers every one of the kind (a list cut short would hide the one meant), up to twelve.
 */
export function everyOneOfKind(snapshot: HomeSnapshot, kind: DeviceKind | undefined, found: readonly Entity[]): Entity[] | undefined {
  if (!kind || found.length < NAME_SEARCH_LIMIT) return undefined;
  const ofKind = membersOfKind(snapshot, kind);
  const ids = new Set(ofKind.map((d) => d.id));
  if (ofKind.length <= found.length || ofKind.length > MAX_WHICH || !found.every((e) => ids.has(e.id))) return undefined;
  return [...ofKind];
}
