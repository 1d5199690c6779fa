// "mete vantilatè cuartico a sou 2" read as "set fan cuartico to 2" once became "set Aire del cuartico to 2°F": a
// number said to a device that keeps a temperature is a setpoint only when it is one that device's kind could be set
// to. A value far outside its kind's range (a room at 2 °F, a water heater at 300 °C) is a fan step, a level or a slip,
// never a proposal: the command is declined as a temperature rather than proposed absurd.
import type { TemperatureUnit } from './temperatureUnit';

/** How far outside a kind's usual range (in °C) a said setpoint may still be meant: people set 60 °F or 88 °F. */
const SLACK_BELOW = 10;
const SLACK_ABOVE = 15;

/** Is `value`, said in `unit`, a temperature a device whose kind is set within `range` (°C) could be set to? */
export function setpointInReach(value: number, unit: TemperatureUnit, range: readonly [number, number]): boolean {
  const celsius = unit === '°F' ? ((value - 32) * 5) / 9 : value;
  return celsius >= range[0] - SLACK_BELOW && celsius <= range[1] + SLACK_ABOVE;
}
