// "set the casita thermostat to 74" where the casita holds a mini-split that keeps a setpoint and an oil heater on a
// plug whose data lists only on/off: a setpoint goes to what keeps one. The heater's kind takes a room heater's range
// (controlActions.ts), so alone it is still offered; beside a device that keeps a setpoint, a device whose own data
// says what it can do, none of it a temperature, is no target of the setting.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './deviceKinds';
import { setpointOf } from './deviceReadings';
import { stateOf } from './IntentAnswerInput';

const SPEAKS_OF_TEMPERATURE = /temp|setpoint|thermo|heat|cool|climate|hvac/i;

/** The devices of a setpoint command that keep one, when some do and the rest only list other abilities. */
export function setpointKeepers(able: Entity[]): Entity[] {
  const keepers = able.filter((d) => setpointOf(d) !== undefined);
  if (keepers.length === 0 || keepers.length === able.length) return able;
  const rest = able.filter((d) => !keepers.includes(d));
  return rest.every(saysNoTemperature) ? keepers : able;
}

/** Capabilities listed, none about a temperature, and no state field about one. */
function saysNoTemperature(device: Entity): boolean {
  const caps = capabilitiesOf(device);
  if (caps.length === 0 || caps.some((c) => SPEAKS_OF_TEMPERATURE.test(c))) return false;
  return !Object.keys(stateOf(device)).some((k) => SPEAKS_OF_TEMPERATURE.test(k));
}
