// "arm it", "disarm the alarm": an alarm panel is armed and disarmed through the state field that holds its mode,
// whatever the export calls it (`armed: "disarmed"`, `mode: "disarmed"`, `alarm_state: "armed_away"`). Arming is
// tier 3 (the approval service rates alarms so); "disarm the alarm" when it is already disarmed says so.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './deviceKinds';
import { stateOf } from './IntentAnswerInput';
import { armedByItsState } from './statedAbility';

const ARM_VALUE = /^(dis)?arm(ed)?([_ -].*)?$/i;
const ARM_KEYS = ['armed', 'arm_state', 'alarm_state', 'arm_mode', 'alarm', 'mode', 'state', 'status'];

/** The state field that holds an alarm's armed/disarmed mode, by its value first, then by a usual name. */
export function armStateKey(device: Entity): string | undefined {
  const state = stateOf(device);
  const byValue = Object.keys(state).find((k) => typeof state[k] === 'string' && ARM_VALUE.test(state[k]));
  if (byValue) return byValue;
  if (!capabilitiesOf(device).some((c) => c === 'arm_disarm' || c === 'arm')) return armedByItsState(device);
  return ARM_KEYS.find((k) => k in state) ?? 'armed';
}

/**
 * What arming (or disarming) an alarm changes, or undefined when it is already so. `mode`: the mode said ("arm it
 * in night mode"): an alarm armed in another mode ("armed_home") is not already so, and the mode is written in the
 * form the field uses (`mode: "armed_home"` → "armed_night", `armed: "away"` → "night").
 */
export function armPatch(device: Entity, arm: boolean, mode?: string): Record<string, unknown> | undefined {
  const key = armStateKey(device);
  if (!key) return undefined;
  const now = stateOf(device)[key];
  const armedNow = typeof now === 'string' ? armedValue(key, now) : now === true;
  // "set it, we're heading out" while it is part set: arming with no mode said is the full set, not "already armed".
  const inMode = !arm || typeof now !== 'string' || (mode === undefined ? !PART_SET.test(now) : now.toLowerCase().includes(mode));
  if (armedNow === arm && inMode) return undefined;
  if (typeof now === 'boolean') return { state: { [key]: arm } };
  if (!arm) return { state: { [key]: 'disarmed' } };
  if (mode === undefined) return { state: { [key]: 'armed' } };
  return { state: { [key]: /^arm/i.test(key) && typeof now === 'string' && !/^arm/i.test(now) ? mode : `armed_${mode}` } };
}

/** Modes that arm only part of the house (at home, at night). */
const PART_SET = /part|night|home|stay|perimeter/i;
/** Values of an armed field that say it is not set ("disarmed", "off", "unarmed", "none"). */
const NOT_ARMED = /^(dis|un|not|off|none|no\b|idle|ready|false|0$)/i;

/** Whether a mode read armed: "armed_away" anywhere; in a field named for arming (`armed: "away"`, `armed: "partial"`)
 *  any value that does not say it is off. */
function armedValue(key: string, value: string): boolean {
  if (/^arm/i.test(value.trim())) return true;
  return /^arm/i.test(key) && value.trim() !== '' && !NOT_ARMED.test(value.trim());
}

/**
 * An alarm's mode as read ("disarmed", "armed away"), or undefined for a device with no armed/disarmed field: "is the
 * alarm on" and "is the alarm set" ask this, never an on/off or a temperature setting.
 */
export function alarmStateOf(device: Entity): string | undefined {
  const state = stateOf(device);
  if (typeof state['armed'] === 'boolean') return state['armed'] ? 'armed' : 'disarmed';
  const key = armStateKey(device);
  const value = key ? state[key] : undefined;
  if (typeof value !== 'string' || !ARM_VALUE.test(value.trim())) return undefined;
  return value.trim().toLowerCase().replace(/_/g, ' ');
}

/** "Hälytyskeskus is disarmed (not set)." */
export function alarmStateSentence(device: Entity): string | undefined {
  const mode = alarmStateOf(device);
  if (!mode) return undefined;
  return `${device.name} is ${mode}${mode.startsWith('dis') ? ' (not set)' : ''}.`;
}
