// The risk tier of a change to one entity (ARCHITECTURE.md "Actions, approvals, audit"): the entity and the change
// decide, not the tool name. When in doubt the tier goes up: a needless confirmation costs a click, a missing one can
// unlock a door.
import type { Entity, EntityContent } from '../../src-shared/protocol/entities';
import type { RiskTier } from './ToolDefinition';

/** Kinds of thing where any change is security- or safety-relevant. Matched as whole words of type fields and names. */
const SAFETY_WORDS = new Set([
  'lock', 'locks', 'smartlock', 'deadbolt', 'door', 'doors', 'garage', 'gate', 'alarm', 'siren', 'security',
  'oven', 'stove', 'cooktop', 'hob', 'camera', 'cameras', 'doorbell',
]);
/** Heating: renaming one is harmless; touching its content (setpoint, mode, state) is tier 3. */
const HEATING_WORDS = new Set(['thermostat', 'heating', 'heater', 'hvac', 'boiler', 'furnace', 'radiator', 'heatpump']);

const KIND_FIELDS = ['type', 'device_type', 'category', 'kind', 'class'] as const;

function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** Words describing what the entity is: its kind fields and its name (a "Front Door Lock" is a lock whatever its type says). */
export function entityKindWords(entity: Pick<Entity, 'name' | 'content' | 'entity_type'>): Set<string> {
  const result = new Set<string>([entity.entity_type, ...words(entity.name)]);
  for (const field of KIND_FIELDS) {
    const value = entity.content[field];
    if (typeof value === 'string') {
      for (const w of words(value)) result.add(w);
      result.add(value.toLowerCase().replace(/[^a-z0-9]+/g, ''));
    }
  }
  return result;
}

export interface EntityChange {
  name?: string | undefined;
  content?: EntityContent | undefined;
}

export function entityChangeTier(entity: Pick<Entity, 'name' | 'content' | 'entity_type'>, change: EntityChange): RiskTier {
  if (change.content?.['deleted'] === true) return 3;
  if (entity.entity_type === 'door') return 3;
  // Only things that act on the world escalate by kind; renaming the "Garage" room or a lock's manual is tier 2.
  if (entity.entity_type !== 'device') return 2;
  const kinds = entityKindWords(entity);
  if ([...kinds].some((w) => SAFETY_WORDS.has(w))) return 3;
  const touchesContent = change.content !== undefined && Object.keys(change.content).length > 0;
  if (touchesContent && [...kinds].some((w) => HEATING_WORDS.has(w))) return 3;
  return 2;
}
