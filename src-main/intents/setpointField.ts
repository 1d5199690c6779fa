// The state field a heating device keeps the temperature it should reach in, for a command that sets it. Exporters
// write it as a number ("setpoint_c": 21) or with its unit ("target": "21°C", Hive radiator valves), and list it as a
// capability ("target_temperature", "setpoint"). A change is written in the field and the form the device already
// uses, so "21°C" becomes "20°C", never a bare number beside the unit the app shows.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './deviceKinds';
import { stateOf } from './IntentAnswerInput';

/** Field names that hold a temperature to reach ("setpoint", "target_temp", "set_temp", a water heater's "target"). */
const SETPOINT_KEY = /^(setpoint|target|set|desired|temperature_setpoint)(_?temp(erature)?)?(_c)?$|^(setpoint|target)_c$/;
/** "21°C", "20.5 °C", "21 C", "76 °F": a temperature written with its unit. */
const WITH_UNIT = /^\s*(-?\d+(?:[.,]\d+)?)(\s*°?\s*[cf])\s*$/i;
/** Capabilities that say the device takes a temperature to reach. */
const SETPOINT_CAPABILITY = /(^|_)(setpoint|target_temp(erature)?|temperature_control)($|_)/;

export interface SetpointField {
  key: string;
  value: number;
  /** Set when the value is kept as text with its unit ("21°C", "76 °F"): how it writes the unit, kept on a change. */
  unitText?: string;
}

export function setpointField(device: Entity): SetpointField | undefined {
  for (const [key, raw] of Object.entries(stateOf(device))) {
    if (!SETPOINT_KEY.test(key.toLowerCase())) continue;
    if (typeof raw === 'number' && Number.isFinite(raw)) return { key, value: raw };
    const m = typeof raw === 'string' ? WITH_UNIT.exec(raw) : null;
    if (m?.[1]) return { key, value: Number(m[1].replace(',', '.')), unitText: m[2] };
  }
  return undefined;
}

/** A device whose data says it takes a temperature to reach: a setpoint field or a setpoint capability. */
export function takesTemperature(device: Entity): boolean {
  return setpointField(device) !== undefined || capabilitiesOf(device).some((c) => SETPOINT_CAPABILITY.test(c.toLowerCase()));
}

/** The value to write for a setpoint of `value` degrees, in the form the device keeps it. */
export function setpointValue(field: SetpointField | undefined, value: number): number | string {
  return field?.unitText !== undefined ? `${value}${field.unitText}` : value;
}
