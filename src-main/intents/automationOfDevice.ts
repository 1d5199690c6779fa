// "what does the hallway motion automation do": the words name a device by its reading ("hallway motion" is the
// hallway's motion sensor) and ask about its automation. Answered with the device's state it says nothing of what the
// automation does; the one automation set off by or acting on the device is described instead (what it does to each
// thing), or, with several, the device's automations are listed.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { rulesDeviceSetsOff } from './setOffByDevice';
import type { SlotValue } from './SlotResolver';

/** The question asked of the device's automation: what the one does, or which there are. */
export function automationAskedOf(snapshot: HomeSnapshot, device: Entity): { intent: string; slots: Record<string, SlotValue> } {
  const runs = snapshot.runnersOfDevice.get(device.id) ?? [];
  const setOff = rulesDeviceSetsOff(snapshot, device);
  const rules = snapshot.automations.filter((a) => a.entity_type === 'automation' && (runs.includes(a) || setOff.includes(a)));
  const [one, other] = rules;
  if (one && !other) return { intent: 'automation_targets', slots: { automation: { type: 'entity', text: one.name, entity: one, how: 'synonym' } } };
  return { intent: 'automations_for_device', slots: { device: { type: 'entity', text: device.name, entity: device, how: 'synonym' } } };
}
