// "turn on the light in my living room" in a home with a "Living Room" upstairs and a "Suite Living Room" in the
// basement flat: "my" says the speaker's own, and the room whose name is exactly the words is only the house's. Whose
// living room is the speaker's is not in the data, so a command on the kind there goes back as a question over the
// rooms so named ("which one: the Living Room's pot lights or the Suite Living Room's light?"), never a proposal for the
// house's room picked by its bare name. Without "my" ("the living room") the room of that exact name stays meant.
// When only one of the rooms so named holds the kind and it is not the room of the exact name ("the light in my
// bathroom": the family "Bathroom" has none, "Nan's bathroom" has one), that room is the speaker's: saying the plain
// room has none would be a wrong none about the one "my" can mean.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import type { IntentMatch } from './IntentEngine';
import { nameKeyOf } from './entityNameKey';

const MAX_OFFERED = 6;

export function myPlaceAmongSeveral(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const slot = match.slots['target'];
  if (match.category !== 'control' || slot?.type !== 'group' || !slot.kind || !slot.place || slot.place.entity_type !== 'room') return match;
  const key = phraseKey(slot.place.name);
  if (!phraseKey(slot.text).includes(`my ${key}`)) return match;
  const kind = slot.kind;
  const rooms = [...snapshot.byId.values()].filter((e) => e.entity_type === 'room' && (e.id === slot.place?.id || nameKeyOf(e).endsWith(` ${key}`)));
  if (rooms.length < 2) return match;
  const candidates: Entity[] = rooms.flatMap((r) => devicesWithin(snapshot, r).filter((d) => snapshot.kindsOfDevice.get(d.id)?.has(kind.id) === true));
  const places = new Set(candidates.map((c) => snapshot.placeOfDevice.get(c.id)?.id));
  const only = places.size === 1 ? rooms.find((r) => places.has(r.id)) : undefined;
  if (only && only.id !== slot.place.id) return { ...match, slots: { ...match.slots, target: { ...slot, place: only } } };
  if (places.size < 2 || candidates.length > MAX_OFFERED) return match;
  return { ...match, slots: { ...match.slots, target: { type: 'ambiguous', text: slot.text, expected: 'device', candidates, withPlaces: true } } };
}
