// "at what co2 level does the ventilation boost": the automations whose trigger watches a reading the question names
// (`event: "co2_above"`, `threshold_ppm: 1200`), found by the words of the trigger, whatever the automation is called.
import type { Entity } from '../../src-shared/protocol/entities';
import { canonicalCapability, capabilitiesOf } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { tokenize, type Token } from './normalizeText';

const LOCK_VERBS: ReadonlySet<string> = new Set(['unlock', 'unlocks', 'unlocked', 'lock', 'locks', 'locked']);
/** Words that ask for the level a trigger fires at. */
const LEVEL_WORDS = ['level', 'threshold', 'above', 'below', 'exceed', 'exceeds', 'reach', 'reaches', 'trigger', 'triggers'];

export function automationsWatching(snapshot: HomeSnapshot, capability: string): Entity[] {
  const word = capability.toLowerCase();
  return snapshot.automations.filter((a) => {
    const trigger = a.content['trigger'];
    if (!trigger || typeof trigger !== 'object') return false;
    const said = Object.entries(trigger as Record<string, unknown>).filter(([k]) => k !== 'device').map(([k, v]) => `${k} ${typeof v === 'string' ? v : ''}`).join(' ');
    return tokenize(said.replace(/_/g, ' ')).some((t) => t.key === word);
  });
}

/** "what happens when the laundry floods": the one device in the place that senses what the words name (a leak sensor). */
export function sensorThere(snapshot: HomeSnapshot, tokens: readonly Token[], place: Entity): Entity | undefined {
  // "what happens when someone unlocks the genkan": the verb names the thing acted on, the one lock there.
  if (tokens.some((t) => LOCK_VERBS.has(t.key))) {
    const locks = snapshot.devices.filter((d) => snapshot.placeOfDevice.get(d.id)?.id === place.id && capabilitiesOf(d).includes('lock'));
    if (locks.length === 1) return locks[0];
  }
  const sensed = new Set(tokens.map((t) => canonicalCapability(t.key)).filter((c): c is string => c !== undefined));
  if (sensed.size === 0) return undefined;
  const there = snapshot.devices.filter((d) => snapshot.placeOfDevice.get(d.id)?.id === place.id && capabilitiesOf(d).some((c) => sensed.has(c)));
  return there.length === 1 ? there[0] : undefined;
}

/** "at what co2 level does … boost": the one automation whose trigger watches a reading the question names. */
export function oneAutomationWatching(snapshot: HomeSnapshot, tokens: readonly Token[]): Entity | undefined {
  if (!tokens.some((t) => LEVEL_WORDS.includes(t.key))) return undefined;
  const watched = tokens.find((t) => snapshot.capabilities.has(t.key));
  const watching = watched ? automationsWatching(snapshot, watched.key) : [];
  return watching.length === 1 ? watching[0] : undefined;
}
