// What a command reads of a device (split from controlActions.ts, a pure move): the one device it names, whether it
// opens and closes, the field its position or fan speed is kept in, and the setpoint range it takes, by its type or
// the kinds the home's words give it. controlActions.ts builds each intent's state change on these.
import type { Entity } from '../../src-shared/protocol/entities';
import { setpointOf } from './deviceReadings';
import { capabilitiesOf, deviceType } from './deviceKinds';
import { membersOfKind } from './kindMembers';
import { stateOf } from './IntentAnswerInput';
import { takesTemperature } from './setpointField';
import { fanSpeedCapabilityKey, fanSpeedSwitchKey } from './fanSpeedSwitch';
import { opensByItsState } from './statedAbility';
import type { Reading } from './controlActions';

/** Setpoint ranges by kind; a water heater or boiler takes its hot-water temperature ("set the water heater to 50"). */
export const TEMPERATURE_RANGES: Record<string, [number, number]> = { thermostat: [5, 30], air_conditioner: [16, 30], climate: [5, 30], heater: [5, 30], floor_heating: [5, 35], radiator_valve: [5, 30], water_heater: [30, 80], oven: [50, 275] };

/** The one device a command names: named outright, or the only device of the kind said (no place said). */
export function onlyTarget(input: Reading): Entity | undefined {
  const slot = input.match.slots['target'];
  if (slot?.type === 'entity') return slot.entity;
  if (slot?.type !== 'group' || !slot.kind || slot.place) return undefined;
  const kind = slot.kind;
  const all = slot.devices ?? membersOfKind(input.snapshot, kind);
  return all.length === 1 ? all[0] : undefined;
}

/** A reading equals the value written ("ON" is "on"). */
export function sameValue(now: unknown, to: unknown): boolean {
  return typeof now === 'string' && typeof to === 'string' ? now.toLowerCase() === to.toLowerCase() : now === to;
}

/** "open_close", or the same said of a part ("valve_open_close" on a main water shut-off). */
export function opensAndCloses(device: Entity): boolean {
  return capabilitiesOf(device).some((c) => /(^|_)open_close$/.test(c)) || opensByItsState(device);
}

/** The state field a blind's position is kept in ("position", "current_pos"), for a device that can take one. */
export function positionKey(device: Entity): string | undefined {
  const found = Object.keys(stateOf(device)).find((k) => /(^|_)pos(ition)?($|_)/.test(k) && typeof stateOf(device)[k] === 'number');
  return found ?? (capabilitiesOf(device).includes('position') ? 'position' : undefined);
}

/** The setpoint range of a device that heats or cools, by its type or any kind the home's words give it. */
export function temperatureRange(input: Reading, device: Entity): [number, number] | undefined {
  if (!takesASetpoint(device)) return undefined;
  const kinds = [deviceType(device), ...(input.snapshot.kindsOfDevice.get(device.id)?.keys() ?? [])];
  // "climate" is a broad family (purifiers, dehumidifiers, thermometers): only a member with a setpoint takes one.
  const setsTemperature = takesTemperature(device) || setpointOf(device) !== undefined;
  for (const k of kinds) {
    const range = TEMPERATURE_RANGES[k];
    // An oven-kind word in a hob's name ("Hob", "Induktionshäll") is no oven temperature: only data that says one.
    if (range && (k !== 'climate' || setsTemperature) && (k !== 'oven' || saysOvenHeat(device))) return range;
  }
  // A kind no range names ("heated towel rail") that lists a setpoint and keeps one takes a room heater's range.
  return capabilitiesOf(device).includes('setpoint') && setpointOf(device) !== undefined ? TEMPERATURE_RANGES['heater'] : undefined;
}

/** An oven-kind device whose capabilities or state fields speak of its heat ("oven_temp", "preheat", "temperature"). */
function saysOvenHeat(device: Entity): boolean {
  const said = [...capabilitiesOf(device), ...Object.keys(stateOf(device)).map((k) => k.toLowerCase())];
  return said.length === 0 || said.some((w) => /temp|heat|bake|setpoint|oven/.test(w));
}

/**
 * A wood-fired tiled stove (capabilities `wood_fired`, no readings) is a heater nothing can set: a device whose data
 * lists what it can do, none of it about temperature, heating or power, and that reports nothing, takes no setpoint.
 */
function takesASetpoint(device: Entity): boolean {
  const caps = capabilitiesOf(device);
  if (caps.length === 0 || Object.keys(stateOf(device)).length > 0) return true;
  return caps.some((c) => /temp|setpoint|heat|thermo|climate|hvac|cool|on_?off|power|switch/i.test(c));
}

/** The numeric state field a fan or ventilation unit keeps its speed step in ("fan_speed", "fan_level"). */
export function fanSpeedKey(device: Entity): string | undefined {
  const state = stateOf(device);
  // A ceiling fan that keeps a bare `speed` (with a fan capability) is set through it too.
  return Object.keys(state).find((k) => /^(fan_?(speed|level|step|stage)|ventilation_(level|stage|step)|airflow_level)$/.test(k) && typeof state[k] === 'number') ?? fanSpeedSwitchKey(device) ?? fanSpeedCapabilityKey(device);
}
