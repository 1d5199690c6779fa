// "schlafzimmer heizung aus", "turn off the bedroom heating" about a radiator valve (a TRV) whose data keeps only a
// temperature and a setpoint: it has no switch, so "can't be switched off from here" was a confident none, while such
// a valve is off at its lowest setpoint (it closes, keeping only frost protection). "Off" is proposed as that setpoint,
// saying so. Only for a radiator valve: an air conditioner's or a boiler's lowest setpoint is no "off".
import type { Entity } from '../../src-shared/protocol/entities';
import { setpointOf } from './deviceReadings';
import { stateOf } from './IntentAnswerInput';
import type { HomeSnapshot } from './HomeIndex';
import { switchOf } from './switchControl';

/** The lowest setpoint of a radiator valve (frost protection), as the radiator-valve range in controlActions.ts. */
export const VALVE_LOWEST = 5;
/** Fields that would say another way to switch it off (a mode "off", an hvac mode): left to what reads them. */
const MODE_KEYS = /^(mode|hvac_?mode|operation_?mode|system_?mode|preset)$/i;

/** The setpoint that is "off" for this device, or undefined when "turn off" means no setpoint for it. */
export function offSetpointOf(snapshot: HomeSnapshot, device: Entity, intent: string): number | undefined {
  if (intent !== 'turn_off' || device.entity_type !== 'device' || switchOf(device) !== undefined) return undefined;
  if (!snapshot.kindsOfDevice.get(device.id)?.has('radiator_valve') || setpointOf(device) === undefined) return undefined;
  if (Object.keys(stateOf(device)).some((k) => MODE_KEYS.test(k))) return undefined;
  return VALVE_LOWEST;
}

/** What is said before the proposal: why "off" is a setpoint. */
export function offAtLowestNote(device: Entity): string {
  return `${device.name} has no off switch; a radiator valve is off at its lowest setting (frost protection). `;
}
