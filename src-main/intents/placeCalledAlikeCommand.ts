// "turn the TV off in the living room" where "living room" is the name of the tenant's "Flat living room" (no TV) and
// the description of the family's "Is-Salott" ("the living room, …", its TV): the place picked by name holds none of
// the kind, and the one other place the home calls by the same words holds some, so the command is about that place.
// A none would be wrong there (placeAlsoCalled.ts answers the question form; this is the command's).
import type { Entity } from '../../src-shared/protocol/entities';
import type { DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { devicesAt, placesAlsoCalled } from './placeAlsoCalled';
import { keyOf, wordKeys } from './normalizeText';

/**
 * The one other place called by the words of `place`'s name that the sentence said (`saidWords`, keyed), when it holds
 * devices of `kind` that `can` act on; undefined otherwise (several such places, or none).
 */
export function placeCalledAlike(snapshot: HomeSnapshot, place: Entity, saidWords: readonly string[], kind: DeviceKind, can: (device: Entity) => boolean): Entity | undefined {
  const said = new Set(saidWords.map(keyOf));
  const named = place.name.split(/\s+/).filter((w) => wordKeys(w).every((k) => said.has(k)));
  if (named.length === 0) return undefined;
  const holding = placesAlsoCalled(snapshot, place, named.join(' ')).filter((p) => devicesAt(snapshot, [p]).some((d) => can(d) && kindMatch(snapshot, d, kind) !== undefined));
  return holding.length === 1 ? holding[0] : undefined;
}
