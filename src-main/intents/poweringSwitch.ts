// "turn on the terrace lights" where the terrace has no light, only "Terassin valosarja", a plug "for the string lights
// on the terrace": a plug or relay whose own name or description says the kind asked for is what switches that thing,
// so switching it is proposed, saying what it is. Only a switch, only by its own words, and only when it is the one.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindById, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { weakerEvidence } from './noneGuard';

const SWITCH = kindById('switch');

/** The one switch among `pool` that says it powers the kind, with what it says; undefined when none or several do. */
export function poweringSwitch(snapshot: HomeSnapshot, pool: readonly Entity[], kind: DeviceKind): { device: Entity; says: string } | undefined {
  if (!SWITCH || kind.id === SWITCH.id) return undefined;
  const switches = pool.filter((d) => d.entity_type === 'device' && kindMatch(snapshot, d, SWITCH) !== undefined);
  const saying = weakerEvidence(snapshot, kind, switches).maybe.filter((m) => m.field === 'description' || m.field === 'name');
  const [one] = saying;
  if (!one || saying.length > 1) return undefined;
  const description = one.device.content['description'];
  return { device: one.device, says: one.field === 'description' && typeof description === 'string' ? description : one.device.name };
}
