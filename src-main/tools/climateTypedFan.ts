// Upstream exports type ceiling and standing fans as `climate`, the same category as thermostats and mini-splits, so
// the word `climate` alone is heating evidence (tier 3). A `climate` thing is read as a fan only on positive evidence
// from its data, never its name: its description or model says it is a fan, every capability is one a fan has (on/off,
// fan speed, oscillation, its light) and every state key is one a fan keeps; any temperature, setpoint, mode, heat or
// cool word anywhere keeps it heating. A mini-split typed `climate` with only on_off/fan_speed stays tier 3: nothing
// in its data says it is a fan.
import type { EntityContent } from '../../src-shared/protocol/entities';
import { evidenceWords } from './riskEvidence';

/** What a fan can do, as joined capability words ("fanSpeed 1-5" → fanspeed, "on/off" → onoff). */
const FAN_CAPABILITIES: ReadonlySet<string> = new Set(['on', 'off', 'onoff', 'power', 'fan', 'fanspeed', 'speed', 'fanlevel', 'oscillate', 'oscillation', 'oscillating', 'light', 'brightness', 'dimmer', 'dimming', 'reverse', 'direction', 'irremote', 'humidity', 'humiditysensing']);
/** What a fan's state keeps (joined key words). */
const FAN_STATE_KEYS: ReadonlySet<string> = new Set(['on', 'power', 'speed', 'fanspeed', 'fanlevel', 'light', 'brightness', 'oscillate', 'oscillating', 'oscillation', 'direction', 'humidity', 'powerw']);
/** Words that tie a thing to heating or cooling wherever they appear in its keys or capabilities. */
const CLIMATE_CONTROL_WORDS: ReadonlySet<string> = new Set(['temperature', 'setpoint', 'target', 'mode', 'hvac', 'heat', 'heating', 'heater', 'cool', 'cooling', 'thermostat', 'boost', 'eco']);

/** The joined lowercase form of a machine word without digits ("fanSpeed 1-5" → "fanspeed"). */
function joined(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}]+/gu, '');
}

function capabilityNames(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
  if (value !== null && typeof value === 'object') return Object.keys(value);
  return undefined;
}

function keyWords(value: unknown, depth = 0): string[] {
  if (depth > 4 || value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => [...evidenceWords(k), ...keyWords(v, depth + 1)]);
}

/** True when a `climate`-typed thing's own data says it is a fan and nothing about it sets a temperature. */
export function isClimateTypedFan(content: EntityContent): boolean {
  const said = ['description', 'model'].flatMap((f) => (typeof content[f] === 'string' ? evidenceWords(content[f]) : []));
  if (!said.includes('fan')) return false;
  const capabilities = capabilityNames(content['capabilities']);
  if (!capabilities || capabilities.length === 0 || !capabilities.every((c) => FAN_CAPABILITIES.has(joined(c)))) return false;
  const state = content['state'];
  const stateKeys = state !== null && typeof state === 'object' && !Array.isArray(state) ? Object.keys(state) : [];
  if (!stateKeys.every((k) => FAN_STATE_KEYS.has(joined(k)))) return false;
  const words = [...keyWords(content), ...capabilities.flatMap((c) => evidenceWords(c)), ...said];
  return !words.some((w) => CLIMATE_CONTROL_WORDS.has(w) || w.startsWith('setpoint'));
}
