// A ceiling fan that only says its speed (`speed: 0`, `speed: 3`) is off at 0 and on above: "which fans are on" reads
// it, rather than "no fans with an on/off state". Only for a device that lists a fan capability and says nothing else
// about its power (a robot vacuum's `fan_speed` while docked is not "on").
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './deviceKinds';
import { stateOf } from './IntentAnswerInput';

const SPEED_FIELDS = ['speed', 'fan_speed', 'fanSpeed', 'fan_level', 'speed_level', 'fan_pct'];

/** "on" / "off" from a fan's numeric speed, or undefined. */
export function fanSpeedOnOff(device: Entity): 'on' | 'off' | undefined {
  if (!capabilitiesOf(device).some((c) => c.includes('fan'))) return undefined;
  const state = stateOf(device);
  const speed = SPEED_FIELDS.map((k) => state[k]).find((v): v is number => typeof v === 'number');
  return speed === undefined ? undefined : speed > 0 ? 'on' : 'off';
}
