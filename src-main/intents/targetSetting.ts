// "stell de Entfeuchter uf 50", "set the dehumidifier to 45": a device that takes no brightness, volume or position
// but keeps one numeric target of something other than a temperature (`target_humidity: 55`) is set through that
// target. Without this the command was answered "Entfeuchter can't be dimmed", a confident no for a device that takes
// exactly that number. A temperature target is set_temperature's; a device with two such targets is not guessed.
import type { Entity } from '../../src-shared/protocol/entities';
import { settingsOf } from './deviceSettings';
import { stateOf } from './IntentAnswerInput';

/** Field words that make a target ("target_humidity", "humidity_setpoint", "desired_rh"). */
const TARGET_PART = /(^|[_\s-])(target|setpoint|desired)([_\s-]|$)/i;

/** The one numeric non-temperature target field of a device, or undefined (none, or more than one). */
export function numericTargetField(device: Entity): string | undefined {
  const state = stateOf(device);
  const targets = settingsOf(device).filter((s) => TARGET_PART.test(s.field.replace(/([a-z0-9])([A-Z])/g, '$1_$2')) && typeof state[s.field] === 'number');
  return targets.length === 1 ? targets[0]?.field : undefined;
}
