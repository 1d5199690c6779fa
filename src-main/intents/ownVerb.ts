// A command said with the everyday verb of another kind of device: "turn off the alarm" ("Alarmanlage aus") is
// disarming an alarm panel that has no power switch, and "open the lock" ("ifungue" about a smart lock) is unlocking a
// lock that has no motor. Read from what the device's own data can do, never from its name: a device that can do the
// verb as said keeps it ("turn off" a siren plug with a switch stays a switch).
import type { Entity } from '../../src-shared/protocol/entities';
import { actionSpec, type Reading } from './controlActions';

/** The said verb → the verb the device's data takes for it. */
const OWN_VERBS: Record<string, string[]> = {
  turn_on: ['arm'],
  turn_off: ['disarm'],
  open: ['unlock'],
  close: ['lock'],
};

/** The one verb the device can take for the command said, when it can't take the command itself. */
export function ownVerbFor(intent: string, device: Entity, reading: Reading): string | undefined {
  if (device.entity_type !== 'device') return undefined;
  const said = actionSpec(intent, reading);
  if (typeof said === 'string' || said.can(device)) return undefined;
  return (OWN_VERBS[intent] ?? []).find((verb) => {
    const spec = actionSpec(verb, reading);
    return typeof spec !== 'string' && spec.can(device);
  });
}
