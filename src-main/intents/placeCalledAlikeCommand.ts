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
import { phraseKey } from './deviceKinds';
import { PLACES } from './placeLexicon';

/**
 * The one other place called by the words of `place`'s name that the sentence said (`saidWords`, keyed), when it holds
 * devices of `kind` that `can` act on; undefined otherwise (several such places, or none).
 */
export function placeCalledAlike(snapshot: HomeSnapshot, place: Entity, saidWords: readonly string[], kind: DeviceKind, can: (device: Entity) => boolean): Entity | undefined {
  const said = new Set(saidWords.map(keyOf));
  const named = place.name.split(/\s+/).filter((w) => wordKeys(w).every((k) => said.has(k)));
  const called = named.length > 0 ? placesAlsoCalled(snapshot, place, named.join(' ')) : calledByGroup(snapshot, place, said);
  const holding = called.filter((p) => devicesAt(snapshot, [p]).some((d) => can(d) && kindMatch(snapshot, d, kind) !== undefined));
  return holding.length === 1 ? holding[0] : undefined;
}

/**
 * "las persianas del salón" where "salón" picked the room named "Sala" (one word of the living-room group of
 * lexicon/places.json, in another language) and "Egongela" is described as the "living room": the places whose
 * description says a word of the group that holds both the word said and the place's name.
 */
function calledByGroup(snapshot: HomeSnapshot, place: Entity, said: ReadonlySet<string>): Entity[] {
  const name = phraseKey(place.name);
  const group = PLACES.groups.find((g) => g.includes(name) && g.some((m) => m !== name && m.split(' ').every((w) => said.has(w))));
  if (!group) return [];
  const found = new Set(group.filter((m) => m !== name).flatMap((m) => placesAlsoCalled(snapshot, place, m)));
  return [...found];
}
