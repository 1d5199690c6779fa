// A home that writes no unit anywhere may still show which one it means: a room air conditioner or thermostat set to
// 68 is in °F (no room is cooled to 68 °C). Without this "put it on 66" for a US window unit proposed 66 °C and asked
// for a safety confirmation. Only room-climate devices count: a water heater or a heat pump's tank is set to 55 °C.
import type { Entity } from '../../src-shared/protocol/entities';
import { stateOf } from './IntentAnswerInput';

const ROOM_CLIMATE_TYPES: ReadonlySet<string> = new Set(['climate', 'thermostat', 'ac', 'air_conditioner', 'aircon', 'hvac', 'mini_split', 'window_ac']);
const SETPOINT_FIELDS: readonly string[] = ['setpoint', 'target', 'target_temperature', 'target_temp'];
/** A room setpoint at or above this is no °C one; at or below the top it is a °F one. */
const F_LOW = 45;
const F_HIGH = 95;

/** Whether the device is a room-climate device whose unit-less setpoint can only be in °F. */
export function setpointSaysFahrenheit(device: Entity): boolean {
  const type = device.content['type'];
  if (typeof type !== 'string' || !ROOM_CLIMATE_TYPES.has(type.toLowerCase())) return false;
  const state = stateOf(device);
  return SETPOINT_FIELDS.some((field) => {
    const value = state[field];
    return typeof value === 'number' && value >= F_LOW && value <= F_HIGH;
  });
}
