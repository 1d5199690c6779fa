// Which action a "set … to N" is: a temperature for what heats, a level for a light, a speed step for a fan unit;
// on/off of a valve is open/close. Split out of answerControl.ts because narrowing a target and reading "it" need it too.
import { devicesWithin } from './placeClaims';
import { levelOf, setpointOf } from './deviceReadings';
import { fanSpeedKey, opensAndCloses, TEMPERATURE_RANGES, type Reading } from './controlActions';
import { capabilitiesOf, deviceType } from './deviceKinds';
import { said } from './IntentAnswerInput';
import { switchedByField } from './switchControl';

const HEATING_KINDS = Object.keys(TEMPERATURE_RANGES);

/** "set X to 21" is a temperature for thermostats and a level for lights, whatever template matched. */
export function resolveSetIntent(input: Reading): string {
  const intent = input.match.intent;
  const named = input.match.slots['target'];
  // "shut off the water", "turn the water back on": a valve is opened and closed, not switched.
  if ((intent === 'turn_on' || intent === 'turn_off') && named?.type === 'entity' && opensAndCloses(named.entity) && !switchedByField(named.entity)) {
    return intent === 'turn_on' ? 'open' : 'close';
  }
  if (intent !== 'set_level' && intent !== 'set_temperature') return intent;
  if (said(input.match, 'percent')) return 'set_level';
  if (said(input.match, 'degree', 'celsius', 'c')) return 'set_temperature';
  const slot = input.match.slots['target'];
  const device = slot?.type === 'entity' ? slot.entity : undefined;
  const place = slot?.type === 'group' && !slot.kind ? slot.place : undefined;
  // "make elsas room 21": a room with something that heats it takes a temperature.
  const placeKinds = place ? devicesWithin(input.snapshot, place).flatMap((d) => [...(input.snapshot.kindsOfDevice.get(d.id)?.keys() ?? [])].filter((k) => k !== 'oven')) : [];
  const kinds = slot?.type === 'group' ? [slot.kind?.id, ...placeKinds] : device ? [deviceType(device), ...(input.snapshot.kindsOfDevice.get(device.id)?.keys() ?? [])] : [];
  // "set the rekuperator to 3": a ventilation unit with a fan speed and no setpoint takes a speed step.
  if (device && fanSpeedKey(device) && setpointOf(device) === undefined) return 'set_level';
  const heats = kinds.some((k) => k !== undefined && HEATING_KINDS.includes(k));
  // "turn the towel rail up to 24": a device whose only number to set is a temperature setpoint takes it there.
  const onlySetpoint = device !== undefined && capabilitiesOf(device).includes('setpoint') && levelOf(device) === undefined && setpointOf(device) !== undefined;
  return heats || onlySetpoint ? 'set_temperature' : 'set_level';
}
