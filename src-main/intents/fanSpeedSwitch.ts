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

/**
 * The speed field of a fan that says it has a speed (capability `speed` or `fan_speed`) while its state keeps none
 * yet (an off fan: `{"power": "off"}`): "set the porch fan to 2" sets that field, never "can't be dimmed".
 */
export function fanSpeedCapabilityKey(device: Entity): string | undefined {
  const type = device.content['type'];
  const caps = capabilitiesOf(device);
  if (caps.includes('fan_speed')) return 'fan_speed';
  return caps.includes('speed') && typeof type === 'string' && /fan/i.test(type) ? 'speed' : undefined;
}
