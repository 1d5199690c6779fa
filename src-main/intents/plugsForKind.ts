// "how many fans" then "the ones that are on", where the fans as such are off but "Mama fan", a smart plug for a
// standing fan, is on: the plug is classified a plug (deviceKinds' namedForWhatItServes), yet the household calls it
// the fan and the fan it powers runs. "No fans are on" would be a confident none the data contradicts, so the
// switches among the devices looked at whose own name (or description) says the kind are read too.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindById, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { weakerEvidence } from './noneGuard';

const SWITCH = kindById('switch');

/** The switches among `pool` (not themselves of the kind) whose name or description says they power the kind. */
export function switchesForKind(snapshot: HomeSnapshot, pool: readonly Entity[], kind: DeviceKind): Entity[] {
  if (!SWITCH || kind.id === SWITCH.id) return [];
  const switches = pool.filter((d) => d.entity_type === 'device' && kindMatch(snapshot, d, SWITCH) !== undefined && kindMatch(snapshot, d, kind) === undefined);
  if (switches.length === 0) return [];
  return weakerEvidence(snapshot, kind, switches).maybe.filter((m) => m.field === 'name' || m.field === 'description').map((m) => m.device);
}
