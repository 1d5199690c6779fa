// A command target said as a bare kind the home has no device of ("turn on the pool pump"), when nothing else read
// the words (no name, no described device, nothing close): the kind itself, so the control answer says there is none
// (after the none guard has looked for a device that may be one) instead of the command being declined.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf, phraseKey, kindForPhrase, type DeviceKind } from './deviceKinds';
import { weakerEvidence } from './noneGuard';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { cachedMembers, membersOfKind } from './kindMembers';
import { isPlaceWord } from './placeVocabulary';
import type { ScoredSlot } from './SlotResolver';
import { nameKeyOf } from './entityNameKey';

export function kindNoneHere(snapshot: HomeSnapshot, kind: DeviceKind | undefined, text: string, implied: DeviceKind | 'openable' | undefined): ScoredSlot | undefined {
  if (!kind || (implied !== undefined && implied !== 'openable' && implied.id !== kind.id)) return undefined;
  return membersOfKind(snapshot, kind).length === 0 ? { value: { type: 'group', text, kind, place: undefined }, score: 0.9 } : undefined;
}

/**
 * "open the gate" where the back yard is described "…; gate to the ginnel": a description lists things in a place,
 * and a thing's word is no name of the place when a command asks for that thing (as the yard, "the gate" would be
 * the one thing there that opens, its outside tap). A word of the place's own name, or a place word ("garage",
 * "sauna"), still names the place. True when the phrase is a kind that none of the places is called by its name.
 */
export function thingNotPlace(phrase: string, places: readonly Entity[]): boolean {
  if (!kindForPhrase(phrase) || phrase.split(' ').some(isPlaceWord)) return false;
  return places.every((place) => !` ${phraseKey(place.name)} `.includes(` ${phrase} `));
}

/**
 * "turn off the pump" in a home with a "pump room (ፓምፕ ቤት)" and two pumps: a word that is only part of a place's name
 * (its head word left off) and that two or more devices' names say is those devices, so the command asks which pump,
 * never about the lights of the pump room. The place's whole name, a place word, or a word that things of several kinds share still names the place.
 */
export function devicesBesidePlaceName(phrase: string, place: Entity, devices: ScoredSlot): boolean {
  if (devices.value.type !== 'ambiguous' || phrase.split(' ').some(isPlaceWord)) return false;
  const candidates = devices.value.candidates;
  // Things of one kind only: "set cabin to 50" beside "Cabin thermostat", "Cabin door lock", … is the cabin zone.
  if (!kindForPhrase(phrase) && new Set(candidates.map((d) => d.content['type'])).size > 1) return false;
  if (candidates.length < 2 || !candidates.every((d) => d.entity_type === 'device' && ` ${phraseKey(d.name)} `.includes(` ${phrase} `))) return false;
  return !place.name.split(/[()]/).some((part) => phraseKey(part) === phrase);
}

/**
 * "turn the extractor on" where one device is called "Extractor" and another "Loo extractor": a bare kind word that is
 * one device's whole name names the others of that kind whose names say it too, so the command asks which.
 */
export function kindNamesSeveral(snapshot: HomeSnapshot, kind: DeviceKind | undefined, said: string, found: ScoredSlot): ScoredSlot {
  if (!kind || found.value.type !== 'entity' || phraseKey(found.value.entity.name) !== said) return found;
  const named = found.value.entity;
  const others = membersOfKind(snapshot, kind).filter((d) => d.id !== named.id && ` ${nameKeyOf(d)} `.includes(` ${said} `));
  if (others.length === 0 || others.length >= MAX_NAMED_ALIKE) return found;
  return { value: { type: 'ambiguous', text: found.value.text, expected: 'device', candidates: [named, ...others], withPlaces: true }, score: 0.6 };
}

/**
 * "the kettle" where one device is of the kind ("Ouma's kettle") and another is named for it ("Kettle plug", the plug
 * the kettle hangs on): the others whose names say the kind word, when few enough to ask among.
 */
export function namedWithKindWord(snapshot: HomeSnapshot, said: string, one: Entity): Entity[] {
  if (!said) return [];
  const others = snapshot.devices.filter((d) => d.id !== one.id && ` ${nameKeyOf(d)} `.includes(` ${said} `));
  return others.length < MAX_NAMED_ALIKE ? others : [];
}

/**
 * "zima tv" where one device is classified a TV and another the export types the same way ("entertainment") with
 * the same controls, but of no kind we could read (a "Hisense 32A4H"): it may well be the TV meant, so which one is
 * asked, never the classified one proposed. Only devices whose type matches and whose capabilities are all the
 * classified one's count; the home's evidence per kind is read once (noneGuard.ts).
 */
export function unclassifiedAlike(snapshot: HomeSnapshot, kind: DeviceKind, one: Entity): Entity[] {
  const type = one.content['type'];
  const caps = new Set(capabilitiesOf(one));
  if (typeof type !== 'string' || caps.size === 0) return [];
  const { unclassified } = weakerEvidence(snapshot, kind, snapshot.devices);
  const alike = unclassified.filter((d) => d.id !== one.id && d.content['type'] === type && capabilitiesOf(d).length > 0 && capabilitiesOf(d).every((c) => caps.has(c)));
  return alike.length < MAX_NAMED_ALIKE ? alike : [];
}

/** More devices than this sharing the kind word is no useful question back. */
const MAX_NAMED_ALIKE = 6;

/** A question back over more members than this is no use. */
const MAX_BARE_KIND_OPTIONS = 12;

/**
 * "turn off the light" where the name search found one device only by its description ("plug for the fairy lights")
 * while the home has many lights named in its own language: the bare kind word is any of them, so which one is asked,
 * never the one device that happens to say the English word.
 */
export function bareKindOverOne(snapshot: HomeSnapshot, kind: DeviceKind | undefined, said: string, found: ScoredSlot): ScoredSlot {
  if (!kind || found.value.type !== 'entity' || found.value.how === 'exact' || phraseKey(found.value.entity.name) === said) return found;
  const members = membersOfKind(snapshot, kind);
  if (members.length < 2) return found;
  // Too many to ask among: not found as that one device either (an honest "which one?" beats a guess).
  if (members.length > MAX_BARE_KIND_OPTIONS) return { value: { type: 'missing', text: found.value.text, expected: 'device', suggestions: [] }, score: 0.3 };
  return { value: { type: 'ambiguous', text: found.value.text, expected: 'device', candidates: [...members], withPlaces: true }, score: 0.6 };
}

/**
 * "prende la luz" where no device is called that and the name search only found a name spelled close ("Luces del
 * jardín"): the bare kind word is any device of the kind, so which one is asked (said as a count when too many).
 */
export function whichOfKind(snapshot: HomeSnapshot, kind: DeviceKind | undefined, text: string): ScoredSlot | undefined {
  if (!kind) return undefined;
  const members = membersOfKind(snapshot, kind);
  if (members.length < 2) return undefined;
  if (members.length <= MAX_BARE_KIND_OPTIONS) return { value: { type: 'ambiguous', text, expected: 'device', candidates: [...members], withPlaces: true }, score: 0.6 };
  const note = `There are ${members.length} ${kind.plural} here: which one do you mean? Say its name or its room.`;
  return { value: { type: 'missing', text, expected: 'device', suggestions: [], note }, score: 0.55 };
}

/** What a device is said to be by its name, its type or its own description: evidence a household would go by. */
const SAID_TO_BE = new Set(['name', 'alias', 'type', 'description']);

/** More members of the kind said than this are not added to a question back. */
const MAX_KIND_ADDED = 3;

/**
 * "which app is the alarm on?" where the name search found "Landing Smoke Alarm" and "Caravan CO Alarm" (their names
 * end in the word) but not "Alarm Panel", the one device of the kind "alarm" names: the members of the kind said go
 * first among the candidates, so the answer never covers only the devices that merely share the word.
 */
export function withKindSaid(snapshot: HomeSnapshot, kind: DeviceKind | undefined, found: readonly Entity[]): Entity[] {
  if (!kind) return [...found];
  // Once per snapshot and kind: a 20 000-device home has thousands of any kind to weigh (round 42, speed).
  const members = cachedMembers(snapshot, `${kind.id} said to be`, (d) => SAID_TO_BE.has(kindMatch(snapshot, d, kind) ?? ''));
  if (members.length === 0 || members.length > MAX_KIND_ADDED || found.some((e) => members.some((m) => m.id === e.id))) return [...found];
  return [...members, ...found];
}
