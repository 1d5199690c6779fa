// A place word that names only a zone, through its description ("bathroom" of the zone "Upstairs": "bedrooms +
// bathroom"), is no claim over a room whose own name says it ("Apartment bathroom"). A room the word names in another
// language ("genkan" of "玄関") keeps its claim. Without this, "turn on
// the bathroom fan" with a fan in each bathroom proposed the upstairs one: the rooms named so join the places, and a
// command over them asks which.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { tokenize } from './normalizeText';

const NAME_KEYS = new WeakMap<HomeSnapshot, Array<{ place: Entity; keys: string }>>();

export function withRoomsNamedSo(snapshot: HomeSnapshot, phrase: string, places: readonly Entity[]): Entity[] {
  let named = NAME_KEYS.get(snapshot);
  if (!named) {
    const all = [...snapshot.byId.values()].filter((e) => e.entity_type === 'room' || e.entity_type === 'zone');
    NAME_KEYS.set(snapshot, (named = all.map((place) => ({ place, keys: ` ${tokenize(place.name).map((t) => t.key).join(' ')} ` }))));
  }
  const says = named.filter((n) => n.keys.includes(` ${phrase} `)).map((n) => n.place);
  if (places.length === 0 || places.some((p) => p.entity_type !== 'zone') || says.length === 0 || places.some((p) => says.includes(p))) return [...places];
  return [...places, ...says.filter((p) => !places.includes(p))];
}
