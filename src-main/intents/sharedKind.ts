// The kind a list of devices shares, for reading "them", "one" and "the one in …" after that list as the kind.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindById, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

/** The narrowest kind every listed device is (leak sensors, not "sensor"), if they share one. */
export function sharedKind(listed: readonly Entity[], snapshot: HomeSnapshot): DeviceKind | undefined {
  const [first, ...rest] = listed;
  if (!first) return undefined;
  const common = [...(snapshot.kindsOfDevice.get(first.id)?.keys() ?? [])].filter((id) => rest.every((d) => snapshot.kindsOfDevice.get(d.id)?.has(id)));
  return common.map((id) => kindById(id)).find((k): k is DeviceKind => k !== undefined && !k.includes?.length);
}
