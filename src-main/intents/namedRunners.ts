// A schedule or automation that names the devices it runs in its own content ("devices": ["Varmepumpe stue", …],
// "device": "Varmekabler bad") with no `manages`/`automates` edge runs them all the same: read as edges, "what's the
// schedule for the bathroom floor heating" said "No schedule or automation runs Varmekabler bad" beside a schedule
// listing it. Only a field named for devices or targets counts, and only a device's exact name.
import type { Entity } from '../../src-shared/protocol/entities';

const FIELDS = ['device', 'devices', 'target', 'targets', 'device_name', 'devices_affected'];

/** Adds each device a runner names in its content to `runners` (device id → its schedules and automations). */
export function addNamedRunners(runners: Map<string, Entity[]>, automations: readonly Entity[], devices: readonly Entity[]): void {
  const byName = new Map(devices.map((d) => [d.name.toLowerCase(), d]));
  for (const runner of automations) {
    for (const field of FIELDS) {
      const value = runner.content[field];
      const names = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      for (const name of names) {
        const device = byName.get(name.toLowerCase());
        if (!device) continue;
        const list = runners.get(device.id);
        if (!list) runners.set(device.id, [runner]);
        else if (!list.includes(runner)) list.push(runner);
      }
    }
  }
}
