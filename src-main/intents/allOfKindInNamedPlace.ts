// "all the annex lights off" where "annex" names the zone "Nan's annex" but no place exactly: "all" and a plural kind
// said last are every one of that kind in the place the words before it name (closely: an exact name, an alias or a
// name word, never a loose spelling match), not the one device whose name shares a word ("Annex hall light").
import { kindForPhrase } from './deviceKinds';
import type { Token } from './normalizeText';
import { stripPrefix, type ScoredSlot } from './slotValue';

/** Below this a place was found only loosely (a near spelling): no group is built on it. */
const CLOSE_PLACE = 0.95;

export async function allOfKindInNamedPlace(body: readonly Token[], text: string, resolvePlace: (tokens: readonly Token[]) => Promise<ScoredSlot>): Promise<ScoredSlot | undefined> {
  const keys = body.map((t) => t.key);
  for (let suffix = Math.min(3, body.length - 1); suffix >= 1; suffix--) {
    const kind = kindForPhrase(keys.slice(body.length - suffix).join(' '));
    if (!kind) continue;
    const words = stripPrefix(body.slice(0, body.length - suffix));
    if (words.length === 0) return undefined;
    const place = await resolvePlace(words);
    return place.value.type === 'entity' && place.score >= CLOSE_PLACE ? { value: { type: 'group', text, kind, place: place.value.entity }, score: 1 } : undefined;
  }
  return undefined;
}
