// "mete vantilatè cuartico a sou 2" read as "set fan cuartico to 2" once became "set Aire del cuartico to 2°F": a
// number said to a device that keeps a temperature is a setpoint only when it is one that device's kind could be set
// to. A value far below its kind's range (a room at 2 °F) is a fan step, a level or a slip, never a proposal: the
// command is declined as a temperature rather than proposed absurd. Above the range nothing is refused: a sauna typed
// as a heater keeps 80 °C, a water heater typed as a heater 130 °F.
import type { TemperatureUnit } from './temperatureUnit';

/** How far below a kind's usual range (in °C) a said setpoint may still be meant: people set an AC to 60 °F. */
const SLACK_BELOW = 10;

/** A value this close to the device's own setpoint (in its unit) is a setpoint whatever its kind's range: a sauna
 *  heater typed as a heater keeps 80 °C, and "heat the sauna to 75" is meant. */
const NEAR_OWN = 20;

/**
 * Is `value`, said in `unit`, a temperature a device whose kind is set within `range` (°C) could be set to, or one
 * near the setpoint it keeps (`own`, in the same unit)?
 */
export function setpointInReach(value: number, unit: TemperatureUnit, range: readonly [number, number], own?: number): boolean {
  if (own !== undefined && Math.abs(value - own) <= NEAR_OWN) return true;
  const celsius = unit === '°F' ? ((value - 32) * 5) / 9 : value;
  return celsius >= range[0] - SLACK_BELOW;
}
