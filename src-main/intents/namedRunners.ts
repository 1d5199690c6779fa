// A schedule may name the devices it runs in its own content (`"devices": ["Washing Machine", "Dishwasher"]`,
// `"device": "Varmekabler bad"`) with no `manages` link in the graph. Read only through links, "when does the washing
// machine run" was answered "No schedule or automation runs it": a confident none about a device the home's own
// schedule names. The devices a schedule or automation names so (by their exact name, in a field named for devices or
// targets) are run by it, the way a linked one is.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';

const RUNNERS: ReadonlySet<string> = new Set(['schedule', 'automation']);
const FIELDS = ['device', 'devices', 'target', 'targets', 'device_name', 'devices_affected'];

/** Adds to `runnersOfDevice` the schedules and automations that name a device in their content. */
export function linkRunnersByName(snapshot: HomeSnapshot): void {
  const byName = new Map<string, Entity>();
  for (const d of snapshot.devices) byName.set(d.name.toLowerCase(), d);
  for (const runner of snapshot.byId.values()) {
    if (!RUNNERS.has(runner.entity_type)) continue;
    for (const field of FIELDS) {
      const value = runner.content[field];
      const names = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
      for (const name of names) {
        const device = typeof name === 'string' ? byName.get(name.toLowerCase()) : undefined;
        if (!device) continue;
        const list = snapshot.runnersOfDevice.get(device.id);
        if (!list) snapshot.runnersOfDevice.set(device.id, [runner]);
        else if (!list.includes(runner)) list.push(runner);
      }
    }
  }
}
