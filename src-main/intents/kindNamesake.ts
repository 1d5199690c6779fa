// "the water heater", "the light": the kind's own word narrows none of the kind's members, whatever one of them is
// called ("Kitchen Plinth Lights" beside a ceiling light of type light); it is never the namesake alone when others are
// of the kind. Members that are the kind only by a word in their model ("… inverter split" aircons beside a "Brownout
// inverter") and are another kind by their type or name are no such others: "the inverter" is still the one so named.
import type { Entity } from '../../src-shared/protocol/entities';
import { coveredKinds, phraseKey, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

/** "the water heater", "water heaters": the kind's own singular or plural, which narrows none of its members. */
export function isKindsOwnWord(kind: DeviceKind, said: string): boolean {
  const key = phraseKey(said.replace(/^(the|a|an|our|my|your)\s+/i, ''));
  return key === phraseKey(kind.singular) || key === phraseKey(kind.plural);
}

const STRONG = new Set(['name', 'alias', 'type']);

/** True where the kind's own word leaves two or more real members, so a name spelling it picks none of them. */
export function ownWordLeavesMany(snapshot: HomeSnapshot, kind: DeviceKind, said: string, found: readonly Entity[]): boolean {
  if (!isKindsOwnWord(kind, said)) return false;
  return found.filter((d) => !incidentalMember(snapshot, kind, d)).length > 1;
}

/** A member not of the kind by its type that its type or name says is another kind ("Furnace", type climate). */
export function incidentalMember(snapshot: HomeSnapshot, kind: DeviceKind, device: Entity): boolean {
  const kinds = snapshot.kindsOfDevice.get(device.id);
  if (kinds?.get(kind.id) === 'type') return false;
  const covered = coveredKinds(kind);
  return [...(kinds?.entries() ?? [])].some(([id, by]) => !covered.has(id) && STRONG.has(by));
}
