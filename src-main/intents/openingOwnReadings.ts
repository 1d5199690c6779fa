// A door or window may carry its reading beside its other facts instead of under `state` ("Bedroom Sash Window":
// {"contact": "open"}, "Back Door": {"contact": "closed", "locked": false}). Those fields are its state: without them a
// blind in the same room answered for the window ("closed (by Bedroom Blind)") while the window itself read open.
// A `state` that is one word ("open") is that reading too. Only reading fields are taken (a door's "lock": "mortice" or "material" is a fact, not a reading), once per entity.
import type { Entity } from '../../src-shared/protocol/entities';

const OPENINGS: ReadonlySet<string> = new Set(['door', 'window']);
const READING_KEYS = ['contact', 'locked', 'open'] as const;
const SAID_OPEN = /^(open|opened|closed|shut|ajar)$/i;
const READ = new WeakMap<Entity, Record<string, unknown>>();

/** The reading fields a door or window states at the top of its content, or undefined for anything else. */
export function openingOwnReadings(entity: Entity): Record<string, unknown> | undefined {
  if (!OPENINGS.has(entity.entity_type)) return undefined;
  let found = READ.get(entity);
  if (!found) {
    found = {};
    for (const key of READING_KEYS) {
      const v = entity.content[key];
      if ((key === 'contact' && typeof v === 'string') || (key !== 'contact' && typeof v === 'boolean')) found[key] = v;
    }
    // "Shed door": {"state": "open"}: the state said as one word is its contact reading.
    const said = entity.content['state'];
    if (found['contact'] === undefined && typeof said === 'string' && SAID_OPEN.test(said.trim())) found['contact'] = said.trim().toLowerCase();
    READ.set(entity, found);
  }
  return Object.keys(found).length > 0 ? found : undefined;
}
