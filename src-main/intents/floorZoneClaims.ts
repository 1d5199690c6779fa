// "Mas primer pis", "Mas planta baixa", "Casa ground floor": a zone whose name ends in a floor ("primer pis", "planta
// baixa", "ground floor") is that floor; the words before it only say whose floor it is (the building "Mas Empordà"),
// and a word inside the floor phrase ("pis" of "primer pis") is no other place either. Such a zone makes no claim on
// the other groups of the place lexicon, so "the mas" or "the pis" (flat) names the building, not one of its floors.

import { phraseKey } from './deviceKinds';

/** Groups of the place lexicon that say a floor of a building, by their first member (as keys, like the groups). */
export const FLOOR_GROUP_HEADS: ReadonlySet<string> = new Set(['upstairs', 'downstairs'].map(phraseKey));

interface Claim {
  place: { entity_type: string };
  key: string;
  group: number;
  member: string;
  fromName?: boolean;
}

/** The claims without those a zone's name makes besides the floor that ends it. */
export function withoutFloorZoneWords<T extends Claim>(found: readonly T[], groups: readonly string[][]): T[] {
  const isFloor = (group: number): boolean => FLOOR_GROUP_HEADS.has(groups[group]?.[0] ?? '');
  const endsInFloor = (claim: Claim): boolean => claim.place.entity_type === 'zone' && claim.fromName === true && isFloor(claim.group) && ` ${claim.key}`.endsWith(` ${claim.member}`);
  // "Casa - abajo" described as the "first floor": the floor its name says is the one it is, and the description's
  // other floor ("first floor" is one up in British English, the ground floor in American) is no claim.
  const namedFloor = (claim: Claim): boolean => found.some((o) => o.place === claim.place && o.fromName === true && isFloor(o.group) && o.group !== claim.group);
  return found.filter((f) => (isFloor(f.group) || !f.fromName || !found.some((o) => o.place === f.place && o.key === f.key && endsInFloor(o))) && !(isFloor(f.group) && !f.fromName && namedFloor(f)));
}
