// What a device can do when its home lists no capabilities for it at all: a home written by hand often gives only a
// type and a state ("Ворота": type gate, state `open: false`; an alarm hub: type alarm, state `armed: true`). Such a
// device does what its type names when its state keeps the field that doing it changes; "has no motor I can open" or
// "is no alarm I can arm" would then be a confident wrong none. A home that lists capabilities is taken at its word.
import type { Entity } from '../../src-shared/protocol/entities';
import { stateOf } from './IntentAnswerInput';

/** Types of device whose job is to open and close with a motor (a door or window only reports it). */
const MOTOR_OPENERS = new Set(['gate', 'garage_door', 'garage', 'cover', 'blind', 'blinds', 'curtain', 'curtains', 'shutter', 'shutters', 'awning', 'valve', 'water_valve']);
/** Types of device that are an alarm to arm. */
const ALARMS = new Set(['alarm', 'alarm_panel', 'alarm_system', 'security_system', 'alarm_control_panel']);

function typeOf(device: Entity): string {
  const type = device.content['type'] ?? device.content['device_type'];
  return typeof type === 'string' ? type.trim().toLowerCase().replace(/[\s-]+/g, '_') : '';
}

/** The home lists no capabilities for the device (none given, not an empty list it wrote on purpose). */
function noCapabilitiesListed(device: Entity): boolean {
  return !('capabilities' in device.content);
}

/** A motor-opening device with no capabilities listed whose state keeps `open` (true/false), a numeric position or `valve`. */
export function opensByItsState(device: Entity): boolean {
  if (!noCapabilitiesListed(device) || !MOTOR_OPENERS.has(typeOf(device))) return false;
  const state = stateOf(device);
  // A main water shut-off written `valve: "open"` opens and closes that field the way `open: true` does.
  const valve = state['valve'];
  return typeof state['open'] === 'boolean' || typeof state['position'] === 'number' || (typeof valve === 'string' && /^(open|closed)$/i.test(valve.trim()));
}

/** The `armed` field of an alarm with no capabilities listed that keeps it as true/false. */
export function armedByItsState(device: Entity): string | undefined {
  if (!noCapabilitiesListed(device) || !ALARMS.has(typeOf(device))) return undefined;
  return typeof stateOf(device)['armed'] === 'boolean' ? 'armed' : undefined;
}

/** Types of light; a light with no capabilities listed that keeps a numeric `brightness` is dimmable. */
const LIGHTS = new Set(['light', 'lamp', 'bulb', 'dimmer', 'led_strip', 'light_strip']);

/** A light with no capabilities listed whose state keeps its brightness as a number ("brightness": 0 while off). */
export function dimsByItsState(device: Entity): boolean {
  return noCapabilitiesListed(device) && LIGHTS.has(typeOf(device)) && typeof stateOf(device)['brightness'] === 'number';
}

/** A robot vacuum (by its type or its description) with no capabilities listed that reports a `status`: it runs jobs. */
export function cleansByItsState(device: Entity): boolean {
  if (!noCapabilitiesListed(device) || typeof stateOf(device)['status'] !== 'string') return false;
  const description = device.content['description'];
  return /vacuum|robot_?cleaner/.test(typeOf(device)) || (typeof description === 'string' && /\brobot (vacuum|cleaner|hoover)\b/i.test(description));
}
