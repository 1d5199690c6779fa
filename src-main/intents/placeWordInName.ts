// "storage heater temp", "the storage heater on?": the word before the kind word is part of a device's name ("Ariston
// storage heater"), not a place, even when a room's description comes near it ("prep and store room"). Read as a
// place, the question looked for heaters in that room and said there are none. The place is dropped only when the
// place's own name does not say the word and no device of the kind there says the phrase.
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import type { IntentMatch } from './IntentEngine';
import { membersOfKind } from './kindMembers';
import { nameKeyOf } from './entityNameKey';

export function placeWordInName(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const kind = match.slots['kind'];
  const place = match.slots['place'];
  if (kind?.type !== 'kind' || place?.type !== 'entity' || place.entity.entity_type === 'home') return match;
  const kindWords = phraseKey(kind.text).split(' ');
  const at = match.words.indexOf(kindWords[0] ?? '');
  const before = at > 0 ? match.words[at - 1] : undefined;
  if (!before || !snapshot.deviceNameKeys.has(before)) return match;
  // The place said by its own name ("the kitchen heater") is a place.
  if (phraseKey(place.entity.name).split(' ').includes(before)) return match;
  const phrase = ` ${before} ${kindWords.join(' ')} `;
  const naming = membersOfKind(snapshot, kind.kind).filter((d) => ` ${nameKeyOf(d)} `.includes(phrase));
  if (naming.length === 0) return match;
  const there = new Set(devicesWithin(snapshot, place.entity).map((d) => d.id));
  if (naming.some((d) => there.has(d.id))) return match;
  const { place: _place, ...rest } = match.slots;
  return { ...match, slots: rest };
}
