// "is the mamad door locked", "the pantry door": a place said right before "door" names the one door located in that
// place, when it has exactly one. Left as a place and a bare "door", it is read as "is any door locked" and answered
// with the home's locks, which says nothing about the door asked of.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import type { Mention } from './mentions';
import type { Token } from './normalizeText';

/** The doors located in a place. */
function doorsIn(snapshot: HomeSnapshot, place: Entity): Entity[] {
  return [...snapshot.placeOfDevice].filter(([id, at]) => at.id === place.id && snapshot.byId.get(id)?.entity_type === 'door').map(([id]) => snapshot.byId.get(id)).filter((e): e is Entity => e !== undefined);
}

/** Replaces a place mention followed by "door" with that place's one door (in place; mentions are in word order). */
export function placeDoorMentions(snapshot: HomeSnapshot, tokens: readonly Token[], mentions: Mention[]): void {
  for (const [i, m] of mentions.entries()) {
    const [place, more] = m.entities.place ?? [];
    if (!place || more || m.kind || Object.keys(m.entities).length !== 1 || tokens[m.end]?.key !== 'door') continue;
    if (mentions.some((o) => o.start <= m.end && o.end > m.end)) continue;
    const [door, other] = doorsIn(snapshot, place);
    if (!door || other) continue;
    mentions[i] = { start: m.start, end: m.end + 1, text: tokens.slice(m.start, m.end + 1).map((t) => t.text).join(' '), entities: { device: [door] } };
  }
}
