// "is there a schedule for the heating at the dacha" where "the heating" is the thermostat and the schedule runs the
// boiler that thermostat controls: "There is no schedule for the thermostat" would be a wrong none, since the heating
// it stands for does run on one. The schedules of the devices a device controls are named with it instead.
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';

/** The links through which a device drives another (a thermostat `controls` its boiler). */
const DRIVES = new Set(['controls']);

/** The schedules that run the devices this one controls, each with the device it runs. */
export function schedulesOfControlled(snapshot: HomeSnapshot, outgoing: readonly Relationship[], connected: readonly Entity[]): { device: Entity; schedule: Entity }[] {
  const out: { device: Entity; schedule: Entity }[] = [];
  for (const edge of outgoing) {
    if (!DRIVES.has(edge.relationship_type)) continue;
    const device = connected.find((e) => e.id === edge.to_entity_id);
    if (!device || device.entity_type !== 'device') continue;
    for (const runner of snapshot.runnersOfDevice.get(device.id) ?? []) if (runner.entity_type === 'schedule') out.push({ device, schedule: runner });
  }
  return out;
}

/**
 * "when does the boiler come on" where no schedule runs the boiler but one runs the timer switch that `controls` it:
 * the boiler runs on that schedule, so "No schedule runs the boiler" would be a wrong none. Each schedule with the
 * controller it runs.
 */
export function schedulesOfController(snapshot: HomeSnapshot, incoming: readonly Relationship[], connected: readonly Entity[]): { device: Entity; schedule: Entity }[] {
  const out: { device: Entity; schedule: Entity }[] = [];
  for (const edge of incoming) {
    if (!DRIVES.has(edge.relationship_type)) continue;
    const device = connected.find((e) => e.id === edge.from_entity_id);
    if (!device || device.entity_type !== 'device') continue;
    for (const runner of snapshot.runnersOfDevice.get(device.id) ?? []) if (runner.entity_type === 'schedule') out.push({ device, schedule: runner });
  }
  return out;
}
