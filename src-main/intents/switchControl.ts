// How a device is switched on and off (or started and stopped), read from its data rather than from one spelling:
// a capability written `on/off`, `remote_on_off`, `remote_control`, `power`; a state field the home keeps (`power`,
// `on`, `output`, `switch`, `relay`, `running`); or what the device does when it runs (a washer's `remote_start`, a
// robot vacuum's `cleaning`, an irrigation controller's `zones`, a speaker's playback). A command writes the field the
// device already uses. A device with none of these (a button, a fridge that only reports, a sensor) can't be switched.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf, kindForPhrase } from './deviceKinds';
import { stateOf } from './IntentAnswerInput';
import { fanSpeedSwitchKey } from './fanSpeedSwitch';
import { cleansByItsState } from './statedAbility';

export interface Switch {
  /** The state field written. */
  key: string;
  /** A fan's speed is switched by number: 0 is off, on is its lowest step unless it already runs. */
  on: string | boolean | number;
  off: string | boolean | number;
  /** Started and stopped rather than switched (a washer, a robot vacuum, the irrigation). */
  runs: boolean;
}

/** Capabilities that say the device is switched on and off remotely, however they are spelled. */
const SWITCH_CAPABILITY = /^(remote_)?(on_?off|power(_control|_switch)?|switch|toggle|remote_control|start_?stop|remote_power)$/;
/** Capabilities that say the device runs a job when started (a cycle, a cleaning, watering). */
// A bare `start` (with `dock` or `park` beside it) is a robot's: a vacuum or a mower starts its job.
const RUN_CAPABILITY = /^(remote_start|start|start_job|cycles?|clean|cleaning|room_cleaning|zone_cleaning|vacuum|vacuuming|mop|mopping|mow|mowing|irrigation|watering|program_start)$/;
/** A dishwasher's `program` with its `remaining_time`: a connected appliance whose program run the app follows, so it
 *  is started and stopped (without it a running dishwasher "can't be switched off", a wrong none), unless the home says
 *  it is only watched (`remote_monitor`). A program alone (a dryer switched through its plug) says no more than before. */
const PROGRAM_CAPABILITY = /^(programs?|programmes?)$/;
const PROGRAM_RUN_CAPABILITY = /^(remaining|remaining_time|time_remaining|time_left)$/;
const MONITORED_ONLY = /^remote_monitor(ing)?$/;
/** Watering zones ("zones" alone is also an alarm panel's). */
const WATERS = /rain|valve|irrigat|sprinkl|water/;
/** Capabilities of a media device, which is turned on and off through its power. */
const MEDIA_CAPABILITY = /^(play_pause|audio_playback|media_playback|playback|volume|volume_control)$/;
/** Boolean (or "on"/"off") fields that hold a device's switch. */
const SWITCH_KEYS = ['on', 'switch', 'relay', 'output', 'power_state', 'is_on', 'ison', 'device_on', 'switch_state', 'state'];
/** Activities a device does while a same-named boolean field is true, switched through that field. */
const ACTIVITY_SWITCHES = ['heating', 'charging'];
/** Capabilities and types of a car charger that starts and stops charging. */
const CHARGE_CAPABILITY = /^(charge|charging|charge_control|ev_charging)$/;
const CHARGER_TYPE = /charger|wallbox|evse|charging_station/i;
/** Boolean fields that hold whether a job runs. */
const RUN_FLAGS = ['running', 'active', 'watering', 'cleaning', 'is_running'];
/** String fields that hold a job's status ("running", "docked", "finished"). */
const RUN_STATUS_KEYS = ['status', 'cycle', 'state', 'phase', 'program_status', 'run_state'];
/** Values of a status that say the job is not running. */
// The first word counts: "parked - winter break" is idle.
const IDLE = /^(off|idle|stopped|docked|parked|charging|finished|done|standby|paused|ready|returning|complete|completed|end|winterized)\b/i;

/** How the device is switched, or undefined when nothing in its data says it can be. */
export function switchOf(device: Entity): Switch | undefined {
  // Field names as exported ("POWER": "OFF" from a Tasmota relay): looked up whatever their case, written as they are.
  const s = byLowerKey(stateOf(device));
  const power = s.get('power');
  if (power && (typeof power.value === 'string' || typeof power.value === 'boolean')) return field(power.key, power.value, false);
  for (const key of SWITCH_KEYS) {
    const v = s.get(key);
    if (v && isOnOff(v.value)) return field(v.key, v.value, false);
  }
  const caps = capabilitiesOf(device);
  // "fan": "off" on a cooker hood (capability "fan_speed"), "light": "off" on a floodlight camera (capability
  // "floodlight"): a field named as a kind of thing that a capability also says, on or off, is that thing's switch.
  const named = [...s.values()].find((v) => {
    const key = v.key.toLowerCase();
    // "element": "on" with an "element_on/off" capability (a geyser's element): the capability says it is switched.
    return isOnOff(v.value) && ((kindForPhrase(key.replace(/_/g, ' ')) !== undefined && caps.some((c) => c.includes(key))) || caps.includes(`${key}_on_off`));
  });
  // A fan kept by its speed is switched through it; a light kit's `light: "on"` is not the fan's switch.
  const speed = fanSpeedSwitchKey(device);
  if (speed && !(named && /fan/i.test(named.key))) return { key: speed, on: 1, off: 0, runs: false };
  if (named) return field(named.key, named.value, false);
  // An electric towel rail or convector kept as `heating: true|false` with a `heating` capability, an EV charger kept
  // as `charging: true|false` with a `charging` capability: that field is its switch (a boiler's `status: "heating"`
  // is a reading, not a switch). Charging is started and stopped.
  for (const activity of ACTIVITY_SWITCHES) {
    const flag = s.get(activity);
    if (flag && typeof flag.value === 'boolean' && caps.includes(activity)) return field(flag.key, flag.value, activity === 'charging');
  }
  if (runsJobs(device)) {
    const flag = RUN_FLAGS.map((k) => s.get(k)).find((v) => typeof v?.value === 'boolean');
    if (flag) return { key: flag.key, on: true, off: false, runs: true };
    const status = RUN_STATUS_KEYS.map((k) => s.get(k)).find((v) => typeof v?.value === 'string')?.key;
    const cleans = caps.some((c) => /clean|vacuum|mop/.test(c)) || /vacuum|clean/i.test(String(device.content['type'] ?? '')) || cleansByItsState(device);
    // A car charger with `start`/`stop` runs while it charges ("charging" is a robot's idle at its dock, not its).
    const charges = CHARGER_TYPE.test(String(device.content['type'] ?? ''));
    return { key: status ?? 'status', on: cleans ? 'cleaning' : charges ? 'charging' : 'running', off: 'stopped', runs: true };
  }
  // An EV charger with a `charge` capability and a charging status ("charging", "connected") is started and stopped
  // through that status: "stop charging the car" is a command for it, not "it can't be switched off".
  const status = s.get('status');
  if (caps.some((c) => CHARGE_CAPABILITY.test(c)) && CHARGER_TYPE.test(String(device.content['type'] ?? '')) && typeof status?.value === 'string') return { key: status.key, on: 'charging', off: 'stopped', runs: true };
  // A bathroom fan kept as `running: false`: what runs when it is on, for a device that runs no job.
  const running = s.get('running') ?? s.get('is_running');
  if (running && typeof running.value === 'boolean') return field(running.key, running.value, false);
  if (caps.some((c) => SWITCH_CAPABILITY.test(c) || MEDIA_CAPABILITY.test(c))) return { key: 'power', on: 'on', off: 'off', runs: false };
  return undefined;
}

function isOnOff(value: unknown): boolean {
  return typeof value === 'boolean' || (typeof value === 'string' && /^(on|off)$/i.test(value.trim()));
}

function byLowerKey(state: Record<string, unknown>): Map<string, { key: string; value: unknown }> {
  const out = new Map<string, { key: string; value: unknown }>();
  for (const [key, value] of Object.entries(state)) if (!out.has(key.toLowerCase())) out.set(key.toLowerCase(), { key, value });
  return out;
}

/** Whether the device reads as switched that way now (for saying what it last read). */
export function isSwitched(device: Entity, sw: Switch, on: boolean): boolean {
  const now = stateOf(device)[sw.key];
  if (now === undefined) return false;
  if (typeof now === 'boolean') return now === on;
  if (typeof now === 'number' && typeof sw.off === 'number') return on ? now > sw.off : now === sw.off;
  const text = String(now).trim().toLowerCase();
  if (sw.runs && typeof sw.on === 'string') return on ? text === sw.on || text === 'running' : text !== sw.on && IDLE.test(text);
  return text === String(on ? sw.on : sw.off).toLowerCase();
}

/** The state change that switches it, in the field and the form (true/"on"/"ON") the device already uses. */
export function switchPatch(device: Entity, sw: Switch, on: boolean): Record<string, unknown> {
  const now = stateOf(device)[sw.key];
  const to = on ? sw.on : sw.off;
  if (typeof now === 'string' && typeof to === 'string' && now === now.toUpperCase() && now !== now.toLowerCase()) return { [sw.key]: to.toUpperCase() };
  return { [sw.key]: to };
}

function field(key: string, value: unknown, runs: boolean): Switch {
  if (typeof value === 'boolean') return { key, on: true, off: false, runs };
  return { key, on: 'on', off: 'off', runs };
}

/** A switch kept in a state field ("power": "on"), not only promised by a capability (a valve's "on/off"). */
export function switchedByField(device: Entity): boolean {
  const sw = switchOf(device);
  return sw !== undefined && sw.key in stateOf(device);
}

/** A device that runs a job when started (a cycle, a cleaning, watering): what "run the …" can start. */
export function runsJobs(device: Entity): boolean {
  const caps = capabilitiesOf(device);
  // An irrigation controller typed so ("type": "irrigation", capabilities zones and run) waters when started.
  return caps.some((c) => RUN_CAPABILITY.test(c)) || runsPrograms(caps) || (caps.includes('zones') && (caps.some((c) => WATERS.test(c)) || WATERS.test(String(device.content['type'] ?? '')))) || cleansByItsState(device);
}

function runsPrograms(caps: readonly string[]): boolean {
  return caps.some((c) => PROGRAM_CAPABILITY.test(c)) && caps.some((c) => PROGRAM_RUN_CAPABILITY.test(c)) && !caps.some((c) => MONITORED_ONLY.test(c));
}
