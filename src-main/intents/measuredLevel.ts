// "level" is how homes spell a dimmer's brightness, and also what a tank monitor or a level sensor measures (a
// propane tank at 42 %, a water tank's fill). "What can I dim" must list the lamps, never the tank: a device counts as
// dimmable through "level" only when it can also be switched or is said to dim in another spelling.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './capabilityLexicon';

/** Spellings of "level" that capabilities.json reads as dimming. */
const LEVEL_SPELLINGS = new Set(['level']);
/** Capabilities of a device that is worked, not only read (a dimmer is switched as well as set). */
const WORKED = new Set(['power', 'on_off', 'switch', 'onoff', 'toggle', 'power_control', 'brightness', 'dim', 'dimmable', 'dimmer', 'brightness_control', 'color', 'fan_speed', 'speed']);

/** True for a device whose only claim to dimming is a "level" it measures (no switching, no other dimming spelling). */
export function levelOnlyMeasured(device: Entity): boolean {
  const caps = capabilitiesOf(device);
  return caps.some((c) => LEVEL_SPELLINGS.has(c)) && !caps.some((c) => WORKED.has(c));
}
