// A way is walked inside one house. "from the kitchen to the well yard" in a home whose flat has a "Kitchen" and whose
// village house has a "Village kitchen" and the well yard: the kitchen end read as the flat's room, and the answer said
// the two ends are in different houses. When the ends fall in two houses and the word said for one end is also every
// word of the name of one room in the other end's house, that room is the end meant; with none or several, the ends
// stay as read (and the answer still says they are in different houses).
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { siteOf, type Site } from './homeSites';
import { STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';

export function sameHouseEnds(snapshot: HomeSnapshot, from: Entity, fromText: string, to: Entity, toText: string): [Entity, Entity] {
  const [fromSite, toSite] = [siteOf(snapshot, from), siteOf(snapshot, to)];
  if (!fromSite || !toSite || fromSite.name === toSite.name) return [from, to];
  const movedFrom = roomNamedIn(snapshot, fromText, from, toSite);
  const movedTo = roomNamedIn(snapshot, toText, to, fromSite);
  if (movedFrom && !movedTo && movedFrom.id !== to.id) return [movedFrom, to];
  if (movedTo && !movedFrom && movedTo.id !== from.id) return [from, movedTo];
  return [from, to];
}

/** The one room of a site (other than the end as read) whose name has every word said for the end. */
function roomNamedIn(snapshot: HomeSnapshot, text: string, current: Entity, site: Site): Entity | undefined {
  const words = tokenize(text).map((t) => t.key).filter((k) => !STOP_WORDS.has(k));
  if (words.length === 0) return undefined;
  const rooms = [...snapshot.byId.values()].filter((e) => {
    if (e.entity_type !== 'room' || e.id === current.id || siteOf(snapshot, e)?.name !== site.name) return false;
    const name = tokenize(e.name).map((t) => t.key);
    return words.every((w) => name.includes(w));
  });
  const [one] = rooms;
  return rooms.length === 1 ? one : undefined;
}
