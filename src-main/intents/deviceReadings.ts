// Reading device state the way real homes write it: every exporter names fields differently ("battery_pct" on the
// device, "battery" in its state; "setpoint_c", "setpoint", "target_temperature"; "door": "open" or "open": true).
// Also finds the device that answers for a door (its lock, sensor or opener), by edge or else by sharing its room.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { kindById } from './deviceKinds';
import { stateOf } from './IntentAnswerInput';
import { booleanPhrase, fieldMeaning } from './fieldMeanings';
import { measured, readingsOf } from './stateQuantities';
import { numberIn } from './valueUnits';
import { fanSpeedOnOff } from './fanSpeedState';

/** The first value that is a number, also one written with its unit ("19.6°C", "73%"); another unit is not one. */
function firstNumber(...values: unknown[]): number | undefined {
  for (const v of values) {
    const n = numberIn(v);
    if (n && ['', '°C', '%'].includes(n.unit)) return n.value;
  }
  return undefined;
}

export function batteryOf(device: Entity): number | undefined {
  const s = stateOf(device);
  const named = firstNumber(...[device.content['battery_pct'], s['battery'], s['battery_pct'], s['battery_level'], device.content['battery']].map(percentValue));
  if (named !== undefined) return named;
  // Other spellings of the same percentage ("battery_percent", "batt", "bat_pct"): a field named only as the battery.
  return firstNumber(...Object.entries(s).filter(([k]) => BATTERY_FIELD.test(k)).map(([, v]) => percentValue(v)));
}

/** A battery written as text with its unit ("41%") is the same percentage as 41. */
function percentValue(value: unknown): unknown {
  const written = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value)?.[1] : undefined;
  return written !== undefined ? Number(written) : value;
}

/** A state field that holds the battery (a percentage or a word), under any of the usual spellings. */
export function isBatteryField(key: string): boolean {
  return BATTERY_FIELD.test(key) || key === 'battery_state' || key === 'battery_status';
}

// Ring's "battery_life"; a power station's "soc" (state of charge) is its battery.
const BATTERY_FIELD = /^((battery|batt|bat)_?(pct|percent|percentage|level|lvl|life)?|soc|state_of_charge)$/i;

export function runsOnBattery(device: Entity): boolean {
  return device.content['power_source'] === 'battery' || batteryOf(device) !== undefined || capabilitiesOf(device).includes('battery');
}

export function setpointOf(device: Entity): number | undefined {
  const s = stateOf(device);
  // Any other field named as a target ("target_temp", "desired_c") before a bare "temperature_c" some heaters use.
  const named = readingsOf(device, 'temperature').find((r) => r.role === 'setpoint')?.value;
  // A bare "temperature_c" is a setting only on a device that controls temperature: a freezer's is its reading.
  const controls = capabilitiesOf(device).some((c) => /control|heating|setpoint/.test(c));
  return firstNumber(s['setpoint_c'], s['setpoint'], s['target_temperature'], s['target_c'], s['temperature_setpoint'], named, controls ? s['temperature_c'] : undefined);
}

export function currentTemperatureOf(device: Entity): number | undefined {
  const s = stateOf(device);
  return firstNumber(s['current_c'], s['temperature'], s['current_temperature'], s['ambient_c'], s['temperature_c'], s['current_temperature_c'], s['indoor_c']) ?? measured(device, 'temperature')?.value;
}

export function humidityOf(device: Entity): number | undefined {
  const s = stateOf(device);
  return firstNumber(s['humidity'], s['humidity_pct'], s['relative_humidity'], s['humidity_percent']) ?? measured(device, 'humidity')?.value;
}

/** "locked" / "unlocked" …, from `lock: "locked"` or `locked: true` (homes write it both ways). */
export function lockStateOf(device: Entity): string | undefined {
  const s = stateOf(device);
  const key = lockField(device);
  if (key && typeof s[key] === 'string') return s[key];
  return typeof s['locked'] === 'boolean' ? (s['locked'] ? 'locked' : 'unlocked') : undefined;
}

/**
 * The state field holding the lock's word, however it is spelled ("lock", "lock_state", "lockState", "LockState"), or
 * `locked: "locked"` (a word, not a boolean).
 */
function lockField(device: Entity): string | undefined {
  const s = stateOf(device);
  return Object.keys(s).find((k) => ['lock', 'lock_state', 'lockstate'].includes(k.toLowerCase()) || (k.toLowerCase() === 'locked' && typeof s[k] === 'string'));
}

/** The state change that locks or unlocks a device, in the field the home already uses. */
export function lockPatch(device: Entity, value: 'locked' | 'unlocked'): Record<string, unknown> | undefined {
  if (lockStateOf(device) === value) return undefined;
  return typeof stateOf(device)['locked'] === 'boolean' ? { locked: value === 'locked' } : { [lockField(device) ?? 'lock']: value };
}

/** "open" / "closed" from whichever field the home uses. */
export function openStateOf(device: Entity): string | undefined {
  const s = stateOf(device);
  for (const key of OPEN_KEYS) {
    const v = s[key];
    if (typeof v === 'string') return v;
  }
  // A lock's door sensor, however spelled ("doorsensor", "doorState", "door_sensor"): the door's open or closed.
  const sensor = Object.entries(s).find(([k, v]) => typeof v === 'string' && DOOR_SENSOR_FIELDS.has(snakeCase(k).replace(/_/g, '')) && OPEN_WORDS.test(v.trim()))?.[1];
  if (typeof sensor === 'string') return sensor.trim().toLowerCase();
  for (const key of OPEN_FLAGS) {
    const v = s[key];
    if (typeof v === 'boolean') return v ? 'open' : 'closed';
  }
  // A gate or valve that says "state": "closed"; a light's "state": "OFF" is no open/closed reading.
  const said = s['state'];
  if (typeof said === 'string' && OPEN_WORDS.test(said.trim())) return said.trim().toLowerCase();
  // Blinds and covers give a position: 100 is fully open (up), 0 closed (down), in between partly open.
  for (const key of POSITION_KEYS) {
    const v = s[key];
    if (typeof v === 'number' && Number.isFinite(v)) return v >= 100 ? 'open' : v <= 0 ? 'closed' : `partly open (${v}%)`;
  }
  return undefined;
}

/** Values that say open or closed in a field of any name; narrower than OPEN_WORDS ("stopped" is a vacuum's status). */
const OPEN_VALUE_WORDS = /^(open|opened|closed|opening|closing|shut|ajar)$/i;

/**
 * The state field whose value says open or closed ("gate", "state", "status" …), whatever it is called: where a command
 * writes the new state. Reading does not scan like this: a named part ("bypass": "closed") is not the device's state.
 */
export function openStateKey(device: Entity): string | undefined {
  const s = stateOf(device);
  return Object.keys(s).find((k) => typeof s[k] === 'string' && OPEN_VALUE_WORDS.test(String(s[k]).trim()));
}

/** A state field that openStateOf reads (what "is it open" is about, rather than a named part such as a bypass). */
export function isOpenField(key: string): boolean {
  return [...OPEN_KEYS, ...OPEN_FLAGS, ...POSITION_KEYS, 'state'].includes(key);
}

const OPEN_KEYS = ['door', 'contact', 'valve', 'valve_state', 'window', 'gate', 'cover', 'position'];
const DOOR_SENSOR_FIELDS: ReadonlySet<string> = new Set(['doorsensor', 'doorstate', 'doorstatus', 'contactstate']);
const OPEN_FLAGS = ['open', 'door_open', 'is_open', 'valve_open'];
const OPEN_WORDS = /^(open|opened|closed|shut|opening|closing|ajar|partly open|stopped)$/i;
export const POSITION_KEYS = ['current_pos', 'current_position', 'position', 'pos', 'position_pct'];

/** Fields a dimmer or light gives its brightness in ("bri" on Hue, "brightness" on others). */
export const LEVEL_KEYS = ['level', 'brightness', 'bri', 'brightness_pct', 'bri_pct', 'dim_pct', 'dim_level'];

/** A light's brightness in percent, whichever field the home uses. */
export function levelOf(device: Entity): number | undefined {
  const s = stateOf(device);
  return firstNumber(...LEVEL_KEYS.map((k) => s[k]));
}

const DOING_FIELDS: ReadonlySet<string> = new Set(['run_state', 'operation_state', 'program_state', 'cycle_status', 'cycle_state', 'machine_state', 'activity', 'operation_status', 'phase', 'mission_phase']);

/** "operationState" → "operation_state": exporters spell the same field in camelCase or snake_case. */
function snakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

// `device_on` is how Tapo plugs say it, `power_on`/`switch_on` others.
const SWITCH_KEYS = ['switch', 'relay', 'output', 'power_state', 'is_on', 'ison', 'device_on', 'power_on', 'switch_on'];
/** Modes an air conditioner or heat pump runs in: any of them is on, "off" is off (`hvac_mode`, or a bare `mode`). */
const HVAC_MODES = /^(off|heat|heating|cool|cooling|auto|heat_cool|dry|fan|fan_only)$/i;

/** "on" / "off" / "running" / "idle" / "charging" …, from whichever field the home uses. */
export function powerStateOf(device: Entity): string | undefined {
  const s = stateOf(device);
  for (const key of ['power', 'playback', 'status', 'cycle', 'state']) {
    const v = s[key];
    if (typeof v === 'string') return v;
  }
  // What an appliance or robot says it is doing, under its maker's field ("run_state", "operationState",
  // "programState", "activity": "PARKED_IN_CS"), said in words.
  const doing = Object.entries(s).find(([k, v]) => typeof v === 'string' && DOING_FIELDS.has(snakeCase(k)))?.[1];
  if (typeof doing === 'string') return doing.replace(/_/g, ' ').toLowerCase();
  if (typeof s['charging'] === 'boolean') return s['charging'] ? 'charging' : 'not charging';
  // A player or an irrigation controller that only says what it is doing: `playing: true`, `running: false`.
  for (const key of ['playing', 'running']) if (typeof s[key] === 'boolean') return s[key] ? key : `not ${key}`;
  if (typeof s['on'] === 'boolean') return s['on'] ? 'on' : 'off';
  // An air conditioner says it by its mode: `hvac_mode: "heat"` is on (heating), `mode: "off"` off.
  const mode = [s['hvac_mode'], s['mode']].find((v): v is string => typeof v === 'string' && HVAC_MODES.test(v.trim()));
  if (mode) return /^off$/i.test(mode.trim()) ? 'off' : `on (${mode.trim().toLowerCase().replace(/_/g, ' ')} mode)`;
  // A heater that only says whether it heats (`heating: true`): heating is on. An electric towel rail or convector
  // with a `heating` capability is also switched through that field (switchControl.ts).
  if (typeof s['heating'] === 'boolean') return s['heating'] ? 'on' : 'off';
  // A relay or smart switch says its output as "switch"/"relay"/"output": "on"/"off" or true/false (Shelly, Tasmota).
  for (const key of SWITCH_KEYS) {
    const v = s[key];
    if (typeof v === 'boolean') return v ? 'on' : 'off';
    if (typeof v === 'string' && /^(on|off)$/i.test(v.trim())) return v.trim().toLowerCase();
  }
  // A geyser's `element: "on"` with an `element_on/off` capability: the part its data says is switched is its power.
  const caps = capabilitiesOf(device);
  const part = Object.entries(s).find(([k, v]) => typeof v === 'string' && /^(on|off)$/i.test(v.trim()) && caps.includes(`${k.toLowerCase()}_on_off`));
  if (part) return String(part[1]).trim().toLowerCase();
  return fanSpeedOnOff(device);
}

/** The device that answers for a door or window: linked by part_of/monitors/controls, or the one of that kind in its room. */
export function partnerOf(snapshot: HomeSnapshot, edges: Array<{ type: string; other: Entity }>, subject: Entity, want: 'lock' | 'open'): Entity | undefined {
  const fits = (d: Entity): boolean => {
    if (d.entity_type !== 'device') return false;
    if (want === 'lock') {
      const lock = kindById('lock');
      // A pet door in the door ("dog flap in the back door") locks the pet's way through, never the door.
      const petDoor = kindById('pet_door');
      if (petDoor !== undefined && kindMatch(snapshot, d, petDoor) !== undefined) return false;
      return (lock !== undefined && kindMatch(snapshot, d, lock) !== undefined) || capabilitiesOf(d).includes('lock_unlock');
    }
    return capabilitiesOf(d).includes('open_close') || openStateOf(d) !== undefined;
  };
  for (const e of edges) if (['part_of', 'monitors', 'controls'].includes(e.type) && fits(e.other)) return e.other;
  const room = snapshot.placeOfDevice.get(subject.id) ?? roomOfEdges(edges);
  const inRoom = room ? snapshot.devices.filter((d) => snapshot.placeOfDevice.get(d.id)?.id === room.id && fits(d)) : [];
  if (inRoom.length === 1) return inRoom[0];
  // Several in the room: the one sharing a word with the door's name ("Garage Entry Door" → "Garage Entry Lock").
  const words = new Set(subject.name.toLowerCase().split(/\W+/).filter((w) => w.length > 2 && w !== 'door'));
  const named = inRoom.filter((d) => d.name.toLowerCase().split(/\W+/).some((w) => words.has(w)));
  if (named.length === 1) return named[0];
  // A door with no edge and no room ("Main door"): the one lock whose own name or description says the door's whole
  // name ("smart lock on the main door"). Without this the answer was "Main door has no lock". (A sensor that reads
  // "open" fits an opener too, so openers are left to edges and rooms.)
  return inRoom.length === 0 && want === 'lock' ? sayingName(partnersOf(snapshot, want, fits), subject.name) : undefined;
}

/** Every lock (or opener) of a snapshot, found once per snapshot (snapshots are immutable; 20 000 devices). */
const PARTNERS = new WeakMap<HomeSnapshot, Map<string, Entity[]>>();

function partnersOf(snapshot: HomeSnapshot, want: string, fits: (d: Entity) => boolean): Entity[] {
  let byWant = PARTNERS.get(snapshot);
  if (!byWant) PARTNERS.set(snapshot, (byWant = new Map()));
  let found = byWant.get(want);
  if (!found) byWant.set(want, (found = snapshot.devices.filter(fits)));
  return found;
}

/** The one device whose name or description says the whole name (as phrase keys), if exactly one does. */
function sayingName(devices: readonly Entity[], name: string): Entity | undefined {
  const key = ` ${phraseKey(name)} `;
  if (key.trim() === '') return undefined;
  const saying = devices.filter((d) => [d.name, d.content['description']].some((t) => typeof t === 'string' && ` ${phraseKey(t)} `.includes(key)));
  return saying.length === 1 ? saying[0] : undefined;
}

function roomOfEdges(edges: Array<{ type: string; other: Entity }>): Entity | undefined {
  return edges.find((e) => e.type === 'located_in' && e.other.entity_type === 'room')?.other;
}

/** State keys every answer already says in its own words (power, level, battery, lock, open) or that are bookkeeping. */
const SAID_ELSEWHERE = new Set(['power', 'playback', 'status', 'cycle', 'state', 'on', ...SWITCH_KEYS, 'level', 'battery', 'battery_pct', 'battery_level', 'lock', 'locked', 'lock_state', 'open', 'door', 'contact']);
/** Unit suffixes of state keys ("remaining_min", "energy_kwh"), read as a unit after the number. */
const UNIT_SUFFIX: Record<string, string> = { min: ' min', mins: ' min', minutes: ' min', s: ' s', sec: ' s', h: ' h', hours: ' h', pct: '%', percent: '%', c: '°C', f: '°F', kwh: ' kWh', w: ' W', db: ' dB', ppm: ' ppm', mbps: ' Mbps' };

/**
 * The other readings of a device's state, as words: "remaining 34 min", "fan speed 3", "not charging". What a
 * question about speed, time left or mode needs, whichever field names the exporter used.
 */
export function otherReadings(device: Entity, skip: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(stateOf(device))) {
    if (SAID_ELSEWHERE.has(key) || skip.includes(key)) continue;
    const phrase = readingPhrase(key, value);
    if (phrase) out.push(phrase);
  }
  return out;
}

/** One state field in words: "remaining_min: 34" → "remaining 34 min", "door_open: false" → "door not open". */
export function readingPhrase(key: string, value: unknown): string | undefined {
  const meaning = fieldMeaning(key, value);
  if (meaning) return meaning;
  const parts = key.split('_');
  const unit = parts.length > 1 ? UNIT_SUFFIX[parts[parts.length - 1] ?? ''] : undefined;
  const label = (unit ? parts.slice(0, -1) : parts).join(' ');
  if (typeof value === 'boolean') return booleanPhrase(label, value);
  if (typeof value === 'number' && Number.isFinite(value)) return `${label} ${value}${unit ?? ''}`;
  if (typeof value === 'string' && value.length <= 60) return `${label} ${value.replace(/_/g, ' ')}`;
  if (value !== null && typeof value === 'object') return `${label} ${JSON.stringify(value)}`;
  return undefined;
}

/**
 * Devices with a state field a word of the question names ("any leaks?" → `leak: false`), with that field in words:
 * a question about a reading the home has under its own field name is never answered "nothing matches".
 */
export function devicesReporting(devices: readonly Entity[], keys: readonly string[]): Array<{ device: Entity; reading: string }> {
  const asked = keys.filter((k) => k.length >= 3);
  if (asked.length === 0) return [];
  const byPart = fieldPartsOf(devices);
  const out: Array<{ device: Entity; reading: string }> = [];
  const seen = new Set<Entity>();
  for (const [part, list] of byPart) {
    if (!asked.some((k) => part === k || (k.length >= 5 && part.length >= 5 && part.slice(0, 5) === k.slice(0, 5)))) continue;
    for (const { device, field } of list) {
      if (seen.has(device)) continue;
      seen.add(device);
      const reading = readingPhrase(field, stateOf(device)[field]);
      if (reading) out.push({ device, reading });
    }
  }
  return out;
}

/** State field words → the devices and fields, kept per device list (a snapshot's list lives until the graph changes). */
const FIELD_PARTS = new WeakMap<readonly Entity[], Map<string, Array<{ device: Entity; field: string }>>>();

function fieldPartsOf(devices: readonly Entity[]): Map<string, Array<{ device: Entity; field: string }>> {
  const known = FIELD_PARTS.get(devices);
  if (known) return known;
  const map = new Map<string, Array<{ device: Entity; field: string }>>();
  for (const device of devices) {
    for (const field of Object.keys(stateOf(device))) {
      for (const part of new Set(field.toLowerCase().split(/[_\s-]+/))) {
        const list = map.get(part);
        if (list) list.push({ device, field });
        else map.set(part, [{ device, field }]);
      }
    }
  }
  FIELD_PARTS.set(devices, map);
  return map;
}
