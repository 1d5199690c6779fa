// "chartot shuqi misaghebshi" (turn on the light in the living room) where the room's one light, the chandelier,
// already reads on and a plug there says in its own words that it runs a floor lamp, which is off: the user may well
// mean that lamp. Proposing the chandelier again (a no-op by its last reading) guesses; the question asks which.
// Only switches whose own words (name, description, notes, model) say the kind, and only ones the command would change.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindById, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { weakerEvidence } from './noneGuard';

const SWITCH = kindById('switch');
/** Fields in which a plug says what it runs. */
const OWN_WORDS: ReadonlySet<string> = new Set(['name', 'description', 'notes', 'model']);

/** The switches among `pool` that say they run the kind and whose last reading the command would change. */
export function lampsOnPlugs(snapshot: HomeSnapshot, pool: readonly Entity[], kind: DeviceKind, changes: (device: Entity) => boolean): Entity[] {
  if (!SWITCH || kind.id === SWITCH.id) return [];
  const switches = pool.filter((d) => d.entity_type === 'device' && kindMatch(snapshot, d, kind) === undefined && kindMatch(snapshot, d, SWITCH) !== undefined);
  if (switches.length === 0) return [];
  return weakerEvidence(snapshot, kind, switches).maybe.filter((m) => OWN_WORDS.has(m.field) && changes(m.device)).map((m) => m.device);
}
