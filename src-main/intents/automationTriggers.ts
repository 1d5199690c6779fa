// "at what co2 level does the ventilation boost": the automations whose trigger watches a reading the question names
// (`event: "co2_above"`, `threshold_ppm: 1200`), found by the words of the trigger, whatever the automation is called.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { tokenize } from './normalizeText';

/** Words that ask for the level a trigger fires at. */
export const LEVEL_WORDS = ['level', 'threshold', 'above', 'below', 'exceed', 'exceeds', 'reach', 'reaches', 'trigger', 'triggers'];

export function automationsWatching(snapshot: HomeSnapshot, capability: string): Entity[] {
  const word = capability.toLowerCase();
  return snapshot.automations.filter((a) => {
    const trigger = a.content['trigger'];
    if (!trigger || typeof trigger !== 'object') return false;
    const said = Object.entries(trigger as Record<string, unknown>).filter(([k]) => k !== 'device').map(([k, v]) => `${k} ${typeof v === 'string' ? v : ''}`).join(' ');
    return tokenize(said.replace(/_/g, ' ')).some((t) => t.key === word);
  });
}
