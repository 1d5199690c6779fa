// "unlock the front door" landing on the keypad outside it, "turn on the remote": a device that can't do what was
// asked but whose data says it `controls` one device that can stands for that device. The edge is the data's own word
// that it works it; a device merely next to it (same room) is never taken unasked (answerControl's lockNextTo asks).
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { linkedInto, linkedOutOf } from './linkedInto';
import { isOfKind, kindById } from './deviceKinds';
import { numberSlot } from './controlActions';
import { temperatureUnitOf } from './temperatureUnit';

const CONTROLS: ReadonlySet<string> = new Set(['controls']);
const DEVICES: ReadonlySet<string> = new Set(['device']);

/** The one device `device` controls that can do the action, or undefined (none, several, or it can do it itself). */
export async function controlledTarget(input: IntentAnswerInput, device: Entity, can: (d: Entity) => boolean): Promise<Entity | undefined> {
  if (device.entity_type !== 'device' || can(device)) return undefined;
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: device.id, include_connected: true }, (r) => `${r.relationships.outgoing.length} outgoing links`);
  const able = linkedOutOf(details, CONTROLS, DEVICES).filter(can);
  return able.length === 1 ? able[0] : undefined;
}

const THERMOSTAT = kindById('thermostat');
/** Above this no room is set: a setpoint over it is a device's own water or appliance temperature. */
const ROOM_MAX = { '°C': 32, '°F': 90 } as const;
const WATER_HEATER = kindById('water_heater');

/**
 * "bump it down to 72" about a central AC that the thermostat `controls`: the setpoint people change is the
 * thermostat's (the AC's own setpoint follows it), so the temperature is proposed there. Only with one such
 * thermostat, and never for a water heater or boiler (its water temperature is its own).
 */
export async function thermostatOver(input: IntentAnswerInput, device: Entity, can: (d: Entity) => boolean): Promise<Entity | undefined> {
  if (device.entity_type !== 'device' || !THERMOSTAT || isOfKind(device, THERMOSTAT) || (WATER_HEATER && isOfKind(device, WATER_HEATER))) return undefined;
  // "set the daikin to 40": no room is heated to that; it is the heat pump's own water temperature, never the room's.
  const said = numberSlot(input);
  if (said !== undefined && said > ROOM_MAX[temperatureUnitOf(device, input.snapshot)]) return undefined;
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: device.id, include_connected: true }, (r) => `${r.relationships.incoming.length} incoming links`);
  const keepers = linkedInto(details, CONTROLS, DEVICES).filter((d) => isOfKind(d, THERMOSTAT) && can(d));
  return keepers.length === 1 ? keepers[0] : undefined;
}

/** Links that say an alarm hub works a sensor (hub → sensor) or a sensor reports to its hub (sensor → hub). */
const WORKS_SENSOR: ReadonlySet<string> = new Set(['manages', 'controls', 'monitors']);
const REPORTS_TO: ReadonlySet<string> = new Set(['part_of', 'connects_to', 'reports_to']);

/**
 * "disarm it, we're arriving" after "any motion on the veranda": the motion sensor is no alarm, but the data says which
 * alarm hub `manages` it (or that it is part of one): arming and disarming it is that alarm's. Only with one such hub.
 */
export async function alarmOver(input: IntentAnswerInput, device: Entity, can: (d: Entity) => boolean): Promise<Entity | undefined> {
  if (device.entity_type !== 'device' || can(device)) return undefined;
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: device.id, include_connected: true }, (r) => `${r.relationships.incoming.length} incoming links`);
  const hubs = [...linkedInto(details, WORKS_SENSOR, DEVICES), ...linkedOutOf(details, REPORTS_TO, DEVICES)].filter(can);
  const ids = new Set(hubs.map((h) => h.id));
  return ids.size === 1 ? hubs[0] : undefined;
}
