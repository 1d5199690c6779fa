// "the front door lamp" fuzzily matched to a device whose own name says another kind: set aside when the words end in
// a kind that device is not of and the home has devices of that kind (SlotResolver keeps the near match otherwise).
import type { Entity } from '../../src-shared/protocol/entities';
import { kindForPhrase } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { membersOfKind } from './kindMembers';
import { editDistance } from './mentions';

/** True when the words end in a kind the entity (a device) is not of, and the home has devices of that kind. */
export function otherKindThanSaid(snapshot: HomeSnapshot, keys: readonly string[], entity: Entity): boolean {
  if (entity.entity_type !== 'device') return false;
  for (let len = Math.min(3, keys.length - 1); len >= 1; len--) {
    const kind = kindForPhrase(keys.slice(keys.length - len).join(' '));
    if (!kind) continue;
    // Only a device whose own name says another kind ("Front Door Lamp") is set aside: a name in words the lexicon
    // does not know ("WiFi ruuter") proves nothing, and its near match is still the best reading.
    // "wifi router" near "WiFi ruuter": the name says the kind in its own spelling, so the near match stands.
    const said = keys[keys.length - 1] ?? '';
    const spelledInName = entity.name.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => w.length >= 4 && said.length >= 4 && editDistance(w, said, 2) <= 2);
    return !spelledInName && namesAnotherKind(snapshot, entity) && kindMatch(snapshot, entity, kind) === undefined && membersOfKind(snapshot, kind).length > 0;
  }
  return false;
}

function namesAnotherKind(snapshot: HomeSnapshot, entity: Entity): boolean {
  for (const why of snapshot.kindsOfDevice.get(entity.id)?.values() ?? []) if (why === 'name' || why === 'alias') return true;
  return false;
}
