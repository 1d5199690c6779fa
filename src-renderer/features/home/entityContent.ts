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
      .map(([k, v]) => `${humanizeKey(k)}: ${formatValue(v)}`)
      .join(', ');
  }
  return String(value);
}

export function entityContentView(entity: Pick<Entity, 'content' | 'entity_type'>): ContentView {
  const rawSteps = entity.content['steps'];
  const steps = Array.isArray(rawSteps) ? rawSteps.map(stepText) : null;
  const rows = Object.entries(entity.content)
    .filter(([k]) => !HIDDEN_KEYS.has(k) || (k === 'steps' && !steps))
    .map(([key, value]) => ({ key: humanizeKey(key), value: formatValue(value) }));
  return { steps, rows };
}
