// "is there a schedule for the heating at the dacha" where "the heating" is the thermostat and the schedule runs the
// boiler that thermostat controls: "There is no schedule for the thermostat" would be a wrong none, since the heating
// it stands for does run on one. The schedules of the devices a device controls are named with it instead.
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';

/** The links through which a device drives another (a thermostat `controls` its boiler). */
const DRIVES = new Set(['controls']);

/** The schedules that run the devices at the other end of `controls` edges (to_entity_id outgoing, from_entity_id incoming). */
function schedulesAcross(snapshot: HomeSnapshot, edges: readonly Relationship[], connected: readonly Entity[], end: 'to_entity_id' | 'from_entity_id'): { device: Entity; schedule: Entity }[] {
  const out: { device: Entity; schedule: Entity }[] = [];
  for (const edge of edges) {
    if (!DRIVES.has(edge.relationship_type)) continue;
    const device = connected.find((e) => e.id === edge[end]);
    if (!device || device.entity_type !== 'device') continue;
    for (const runner of snapshot.runnersOfDevice.get(device.id) ?? []) if (runner.entity_type === 'schedule') out.push({ device, schedule: runner });
  }
  return out;
}

/** The schedules that run the devices this one controls, each with the device it runs. */
export function schedulesOfControlled(snapshot: HomeSnapshot, outgoing: readonly Relationship[], connected: readonly Entity[]): { device: Entity; schedule: Entity }[] {
  return schedulesAcross(snapshot, outgoing, connected, 'to_entity_id');
}

/**
 * "when does the boiler come on" where no schedule runs the boiler but one runs the timer switch that `controls` it:
 * the boiler runs on that schedule, so "No schedule runs the boiler" would be a wrong none. Each schedule with the
 * controller it runs.
 */
export function schedulesOfController(snapshot: HomeSnapshot, incoming: readonly Relationship[], connected: readonly Entity[]): { device: Entity; schedule: Entity }[] {
  return schedulesAcross(snapshot, incoming, connected, 'from_entity_id');
}
