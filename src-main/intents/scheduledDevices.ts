// "which devices have schedules": no device may list a "schedule" capability while the home's schedules manage devices
// (a "Teasmade Morning" schedule that manages the teasmade plug). Read as a capability alone, that question was
// answered "no device can schedules": a confident none about devices that are on schedules. The devices the home's
// schedules run are the answer then, each with its schedule (from the snapshot's runners, no graph walk per question).
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';

const SCHEDULING: ReadonlySet<string> = new Set(['schedule', 'timer']);

/** The devices a schedule of the home runs, with their schedules; empty when the capability is another one. */
export function scheduledDevices(snapshot: HomeSnapshot, capability: string): Array<{ device: Entity; schedules: Entity[] }> {
  if (!SCHEDULING.has(capability)) return [];
  const found: Array<{ device: Entity; schedules: Entity[] }> = [];
  for (const [id, runners] of snapshot.runnersOfDevice) {
    const device = snapshot.byId.get(id);
    const schedules = runners.filter((r) => r.entity_type === 'schedule');
    if (device && schedules.length > 0) found.push({ device, schedules });
  }
  return found.sort((a, b) => a.device.name.localeCompare(b.device.name));
}
