// "la del dormitori", "the bedroom one" right after "Which one do you mean: Persiana hab gran, Persiana sala or Tendal
// terrassa?" in a home with four bedrooms: the place word names several rooms, but only one of them holds a device
// that was offered (or listed), so that room is the one the reply means. With none or several such rooms it names no
// one place, and the reply is left to the other readers (a question back, as before).
import type { Entity } from '../../src-shared/protocol/entities';
import type { Focus } from './ConversationFocus';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';

export function onlyPlaceOfOffered(places: readonly Entity[], focus: Focus | undefined, snapshot: HomeSnapshot): Entity | undefined {
  const offered = focus?.clarify?.candidates ?? focus?.listed.filter((e) => e.entity_type === 'device');
  if (places.length < 2 || !offered || offered.length < 2) return undefined;
  const holding = places.filter((p) => {
    const there = new Set(devicesWithin(snapshot, p).map((d) => d.id));
    return offered.some((d) => there.has(d.id));
  });
  // A zone and a room inside it are one place said twice ("upstairs" and "upstairs bedroom"): the narrowest is meant.
  const narrowest = holding.filter((p) => !holding.some((q) => q !== p && snapshot.parentOfPlace.get(q.id)?.id === p.id));
  return narrowest.length === 1 ? narrowest[0] : undefined;
}
