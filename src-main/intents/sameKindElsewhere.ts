// "and the one in the main bedroom?", "the bedroom one", "and in the wohnzimmer?" right after a question or command
// about one device named with its place ("is the aircon in the lounge on"): the same question about the same kind of
// device in the place said. Put in the device's place as a whole, the place alone would be asked whether it is on
// ("is the main bedroom on": "no devices there are on", about the wrong thing).
import { substitutions, type Focus } from './ConversationFocus';
import { kindById, kindsOfEntity, kindsNamedIn, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { endsInPlaceWord, isPlaceWord } from './placeVocabulary';
import { kindInPlaceAsked } from './kindInPlaceAsked';

const LEAD = String.raw`^(?:and\s+|what\s+about\s+|how\s+about\s+|or\s+)?`;
/** "the one in the bad", "and the one out in the shed?". */
const ONE_IN = new RegExp(`${LEAD}(?:the\\s+)?one\\s+(?:(?:out|up|down|over|back)\\s+)?(?:in|on|at|by|from)\\s+(.+?)\\s*[?.!]*$`, 'iu');
/** "and the bedroom one?", "the gästezimmer one". */
const PLACE_ONE = new RegExp(`${LEAD}(?:the\\s+)?(.+?)\\s+one\\s*[?.!]*$`, 'iu');
/** "and in the main bedroom?", "and out in the shed". */
const IN_PLACE = new RegExp(`${LEAD}(?:(?:out|up|down|over|back)\\s+)?(?:in|on|at)\\s+(.+?)\\s*[?.!]*$`, 'iu');

/** The last question asked again of "the <kind> in <place said>", or nothing when the turn names no place alone. */
export function sameKindElsewhere(text: string, focus: Focus, snapshot: HomeSnapshot): string[] {
  // "and is there one in the garage?": whether that kind is there at all (kindInPlaceAsked.ts).
  const existence = kindInPlaceAsked(text, focus, snapshot);
  if (existence) return [existence];
  if (focus.slots['place'] || focus.slots['room']) return [];
  const name = focus.slots['device'] ? 'device' : 'target';
  const slot = focus.slots[name];
  // "dehumidifier on?" then "the one in the bomb shelter": the kind asked of, in the place said.
  const kindSlot = focus.slots['kind'];
  if (!slot && kindSlot?.type === 'kind' && ONE_IN.test(text.trim())) return ofKindIn(text, focus, snapshot, kindSlot.text);
  if (slot?.type !== 'entity' && slot?.type !== 'group') return [];
  // "turn off the fan in the lounge" holds a group of one in its slot; the one device the answer was about is the thing.
  const devices = focus.listed.filter((e) => e.entity_type === 'device');
  const device = slot.type === 'entity' && slot.entity.entity_type === 'device' ? slot.entity : devices.length === 1 ? devices[0] : undefined;
  // Only a turn that names a place alone is asked again (ofKindIn): the device's kinds are worked out only for one.
  if (!device || !namesPlaceAlone(text)) return [];
  // The device's own kind, not a broad family ("air conditioner", not "climate").
  const kind = [...kindsOfEntity(device).keys()].map(kindById).find((k) => k !== undefined && k.includes.length === 0);
  return kind ? ofKindIn(text, { ...focus, slots: { [name]: slot } }, snapshot, kind.singular) : [];
}

/** "the one in …", "the … one", "in …": the shapes ofKindIn reads a place from (the same patterns, no `g` flag). */
function namesPlaceAlone(text: string): boolean {
  const trimmed = text.trim();
  return ONE_IN.test(trimmed) || PLACE_ONE.test(trimmed) || IN_PLACE.test(trimmed);
}

/** The focus's question with its slot said as "<kind> in <the place the turn names>", if the turn names only a place. */
function ofKindIn(text: string, focus: Focus, snapshot: HomeSnapshot, kind: string): string[] {
  const trimmed = text.trim();
  const place = (ONE_IN.exec(trimmed) ?? PLACE_ONE.exec(trimmed) ?? IN_PLACE.exec(trimmed))?.[1];
  if (!place || !namesPlaceOnly(place, snapshot)) return [];
  const where = /^(the|my|our)\s/i.test(place) || /['’]s?\s+\p{L}+$/u.test(place) ? place : `the ${place}`;
  return substitutions(focus, `${kind} in ${where}`);
}

/** A place and nothing else: a room or zone's name, a place word or an owner's room ("maries room"), no device. */
function namesPlaceOnly(phrase: string, snapshot: HomeSnapshot): boolean {
  const key = phraseKey(phrase.replace(/^(the|my|our)\s+/i, ''));
  if (!key || kindsNamedIn(key).size > 0) return false;
  const named = snapshot.phrases.get(key) ?? [];
  if (named.some((e) => e.entity_type === 'device')) return false;
  if (named.some((e) => e.entity_type === 'room' || e.entity_type === 'zone')) return true;
  return isPlaceWord(key) || key.split(' ').length <= 3 && endsInPlaceWord(key);
}
