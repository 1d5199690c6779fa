// A ceiling or pedestal fan that keeps only its speed (`speed: 2`, `fan_speed: 0`) is switched through that speed:
// 0 is off, any step above is on. Its light (`light: "on"` on a fan with a light kit) is a part, not its switch.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './deviceKinds';
import { stateOf } from './IntentAnswerInput';

const SPEED_FIELD = /^(fan_?speed|fan_?level|speed)$/i;

/** The numeric speed field of a fan (a bare `speed` only when a capability says fan or speed), or undefined. */
export function fanSpeedSwitchKey(device: Entity): string | undefined {
  const state = stateOf(device);
  const fanCapable = capabilitiesOf(device).some((c) => /fan|speed/i.test(c));
  return Object.keys(state).find((k) => SPEED_FIELD.test(k) && typeof state[k] === 'number' && (fanCapable || /fan/i.test(k)));
}

/** "on" / "off" read from a fan's speed, or undefined when it keeps none. */
export function fanOnOff(device: Entity): 'on' | 'off' | undefined {
  const key = fanSpeedSwitchKey(device);
  const speed = key ? stateOf(device)[key] : undefined;
  return typeof speed === 'number' ? (speed > 0 ? 'on' : 'off') : undefined;
}
