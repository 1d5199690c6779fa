// "da keiki sleeping? wat da temp in dea": a first sentence that names a place (or things that are all in one room),
// then the question, whose "there" is that place. Read whole, the two sentences matched nothing; the question alone
// had no place. The question is read with the place's name for its "there"; anything else is left as typed.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { phraseKey } from './deviceKinds';
import { findMentions, STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';

/** Two sentences, the first short and the second with "there": cheap checks before any lookup. */
const TWO = /^([^?.!]{3,60})[?.!]+\s+([^?.!]*\bthere\b[^?.!]*[?.!]?)$/i;
const THERE = /\b(in|out|up|down|over)?\s*there\b/i;

export function thereFromBefore(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!/\bthere\b/i.test(text)) return undefined;
  const two = TWO.exec(text.trim());
  if (!two) return undefined;
  const place = placeSaid(two[1] ?? '', snapshot);
  return place ? (two[2] ?? '').replace(THERE, `in the ${place.name}`) : undefined;
}

/** The one room or zone the sentence names, or the one room of every device it names, by whole names or name words. */
function placeSaid(sentence: string, snapshot: HomeSnapshot): Entity | undefined {
  const places = new Set<Entity>();
  const words = tokenize(sentence).map((t) => t.key).filter((k) => k.length >= 4 && !STOP_WORDS.has(k));
  for (const mention of findMentions(tokenize(sentence), snapshot)) for (const place of mention.entities.place ?? []) places.add(place);
  if (places.size === 0) {
    for (const entity of snapshot.byId.values()) {
      const named = ` ${phraseKey(entity.name)} `;
      if (!words.some((w) => named.includes(` ${w} `))) continue;
      if (entity.entity_type === 'room' || entity.entity_type === 'zone') places.add(entity);
      const room = entity.entity_type === 'device' ? snapshot.placeOfDevice.get(entity.id) : undefined;
      if (room) places.add(room);
    }
  }
  const [only] = places;
  return places.size === 1 ? only : undefined;
}
