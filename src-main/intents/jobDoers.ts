// "which heaters are on" with the heater off and the boiler heating: a device named as another kind (a boiler is a
// water heater) still does the kind's job when one capability of its own names that job (a capability set of one in
// the kind lexicon: `heating`, `cooling`; never a pair like volume + input, which a soundbar has too). Before
// "no heaters are on", those doing the job with an on/off state are read too, so a running boiler is never hidden
// behind "none".
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf, type DeviceKind } from './deviceKinds';

/** Devices of the pool outside `ofKind` with a capability that names the kind's job. */
export function doersOfJob(pool: readonly Entity[], kind: DeviceKind, ofKind: readonly Entity[]): Entity[] {
  const known = new Set(ofKind.map((d) => d.id));
  return pool.filter((d) => !known.has(d.id) && jobCapability(d, kind) !== undefined);
}

/** The capability of the device that names the kind's job, to say why it counts. */
export function jobCapability(device: Entity, kind: DeviceKind): string | undefined {
  const caps = capabilitiesOf(device);
  return kind.capabilitySets.find((set) => set.length === 1 && set[0] !== undefined && caps.includes(set[0]))?.[0];
}
