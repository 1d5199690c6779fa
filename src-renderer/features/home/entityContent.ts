// Entity content as readable rows: procedures become ordered steps, everything else key/value pairs.
import type { Entity } from '../../../src-shared/protocol/entities';

export interface ContentView {
  steps: string[] | null;
  rows: Array<{ key: string; value: string }>;
}

const HIDDEN_KEYS = new Set(['steps', 'deleted']);

export function humanizeKey(key: string): string {
  const spaced = key.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Keys whose generic wording reads badly ("Ip", "Battery pct"): the words people use. */
const LABELS: Record<string, string> = {
  ip: 'IP address', mac: 'MAC address', battery_pct: 'Battery', area_m2: 'Area', setpoint_c: 'Set to', current_c: 'Temperature now',
  power_source: 'Power source', on_off: 'On/off', lock_unlock: 'Lock/unlock', open_close: 'Open/close', duration_min: 'Duration',
};

/** A unit from the key's suffix: `_pct` → %, `_m2` → m², `_c` → °C, … */
const UNITS: Array<[RegExp, string]> = [
  [/_pct$|^level$/, '%'], [/_m2$/, 'm²'], [/_c$/, '°C'], [/_f$/, '°F'], [/_w$/, 'W'], [/_kwh$/, 'kWh'], [/_min$/, 'min'], [/_s$/, 's'], [/_mm$/, 'mm'], [/_cm$/, 'cm'], [/_l$/, 'l'],
];

/** The label for a content key: a known word, else the key humanized without its unit suffix. */
export function labelFor(key: string): string {
  const known = LABELS[key];
  if (known) return known;
  const unit = UNITS.find(([pattern]) => pattern.test(key));
  return humanizeKey(unit && key !== 'level' ? key.replace(/_[a-z0-9]+$/, '') : key);
}

function withUnit(key: string, value: unknown): string {
  const unit = UNITS.find(([pattern]) => pattern.test(key))?.[1];
  const text = formatValue(value);
  return unit && typeof value === 'number' ? `${text}${unit === '%' || unit.startsWith('°') ? '' : ' '}${unit}` : text;
}

function stepText(step: unknown): string {
  if (typeof step === 'string') return step;
  if (step && typeof step === 'object') {
    const s = step as Record<string, unknown>;
    for (const k of ['text', 'instruction', 'description', 'step', 'action', 'title']) if (typeof s[k] === 'string') return s[k] as string;
  }
  return formatValue(step);
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.every((v) => typeof v !== 'object' || v === null) ? value.map(formatValue).join(', ') : value.map(formatValue).join('; ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${labelFor(k)}: ${withUnit(k, v)}`)
      .join(', ');
  }
  return String(value);
}

export function entityContentView(entity: Pick<Entity, 'content' | 'entity_type'>): ContentView {
  const rawSteps = entity.content['steps'];
  const steps = Array.isArray(rawSteps) ? rawSteps.map(stepText) : null;
  const rows = Object.entries(entity.content)
    .filter(([k]) => !HIDDEN_KEYS.has(k) || (k === 'steps' && !steps))
    .map(([key, value]) => ({ key: labelFor(key), value: key === 'capabilities' && Array.isArray(value) ? value.map((c) => labelFor(String(c)).toLowerCase()).join(', ') : withUnit(key, value) }));
  return { steps, rows };
}
