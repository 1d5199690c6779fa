// Which entity the mentions of a question mean, for the slot parse (SlotIntentParser.ts): the one device a kind or
// maker implies, a device described rather than named ("the back door lock", "the pool pump"), an opening phrase
// ("the front door"), a floor said with a room, a place word nothing here has, and how a mention was said (definite,
// plural).
import type { Entity } from '../../src-shared/protocol/entities';
import { ALL_CUES, CUES } from './cueWords';
import { capabilitiesOf, coveredKinds, kindById, phraseKey } from './deviceKinds';
import { setpointOf } from './deviceReadings';
import { describedDevices, deviceDescribedAs } from './describedDevice';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { membersOfKind } from './kindMembers';
import { isPlaceWord, openingSayings } from './placeVocabulary';
import { STOP_WORDS, type Mention } from './mentions';
import type { Token } from './normalizeText';
import { hebrewPlural } from './languages/hebrewWords';
import { devicesSaying } from './kindEvidence';
import { incidentalMember, isKindsOwnWord, ownWordLeavesMany } from './kindNamesake';
import { sharesScript } from './kindWordInOneName';
import { describingText } from './describedAs';
import { headKindOfName } from './kindsInNames';
import type { DeviceKind } from './kindLexicon';

/** Whether a device's own description or notes open by saying it is of the kind ("gas combi boiler, …"), not in a
 *  later clause about what it talks to ("IR blaster that talks to the salon mazgan"). */
function describedFirstAs(device: Entity, kind: DeviceKind): boolean {
  const text = describingText(device);
  return typeof text === 'string' && headKindOfName(text.split(/[,;:(]| and | that | which /i)[0] ?? '')?.id === kind.id;
}

/** Kinds that mean "what sets the temperature here" when the place has no device of exactly that kind. */
const TEMPERATURE_KINDS = new Set(['thermostat', 'heater', 'air_conditioner', 'climate']);

/**
 * Kinds a stand-in for a temperature kind must not be by its own words: "the AC in the stofa" is not the floor
 * heating there, "the heater in grandma's room" not the air conditioner there (one cools, the others only heat).
 */
const OPPOSED_KINDS: Readonly<Record<string, readonly string[]>> = {
  air_conditioner: ['heater', 'floor_heating', 'radiator_valve', 'water_heater', 'sauna_heater'],
  heater: ['air_conditioner', 'fan'],
};
const OWN_EVIDENCE = new Set(['name', 'alias', 'description', 'model']);

/** Whether a device's own words (name, alias, description, model) say it is a kind opposed to the one asked. */
function saysOpposedKind(snapshot: HomeSnapshot, d: Entity, asked: string): boolean {
  const opposed = OPPOSED_KINDS[asked] ?? [];
  return [...(snapshot.kindsOfDevice.get(d.id)?.entries() ?? [])].some(([id, why]) => opposed.includes(id) && OWN_EVIDENCE.has(why));
}

const DEFINITE = new Set(['the', 'my', 'our', 'your']);

/** The one device a kind ("the fridge") or maker ("the mitsubishi") names in this home (or in the place said). */
export function impliedDevice(snapshot: HomeSnapshot, kind: Mention | undefined, maker: Mention | undefined, place: Mention | undefined, definite = false): { entity: Entity; text: string } | undefined {
  // "bedroom aircon" where "bedroom" may be two places: a device of the kind in any of them (never the first one's
  // thermostat for the other one's aircon).
  const places = place?.entities.place ?? [];
  const inPlace = (d: Entity): boolean => {
    if (place && places.length === 0) return false;
    if (places.length === 0 || places.some((at) => at.entity_type === 'home')) return true;
    const room = snapshot.placeOfDevice.get(d.id);
    const parent = snapshot.parentOfPlace.get(room?.id ?? '');
    return places.some((at) => room?.id === at.id || parent?.id === at.id);
  };
  const candidates = (filter: (d: Entity) => boolean): Entity[] => snapshot.devices.filter((d) => filter(d) && inPlace(d));
  const makerKey = maker?.maker?.toLowerCase();
  const madeBy = (d: Entity): boolean => makerKey !== undefined && typeof d.content['manufacturer'] === 'string' && ` ${(d.content['manufacturer'] as string).toLowerCase()} `.includes(` ${makerKey} `);
  if (kind?.kind) {
    const k = kind.kind;
    // The kind's members are cached per snapshot, in the devices' order.
    const found = membersOfKind(snapshot, k).filter(inPlace);
    if (found.length === 1 && found[0]) return { entity: found[0], text: kind.text };
    // "the chest freezer" among several freezers: the one whose own words say "chest freezer".
    // Not the kind's own word ("the water heater" is either of two, whatever one's name spells out).
    const saying = found.length > 1 && !ownWordLeavesMany(snapshot, k, kind.text, found) ? devicesSaying(found, kind.text) : [];
    if (saying.length === 1 && saying[0]) return { entity: saying[0], text: kind.text };
    // "the google speaker" among two speakers: the one of the kind that maker made.
    const byMaker = found.length > 1 && maker ? found.filter(madeBy) : [];
    if (byMaker.length === 1 && byMaker[0]) return { entity: byMaker[0], text: kind.text };
    // "the purifier" (definite singular) among an air purifier, a humidifier and a dehumidifier (kinds it covers):
    // the one whose own name says the kind itself, and that is none of the narrower kinds.
    const narrower = [...coveredKinds(k)].filter((id) => id !== k.id);
    const itself = (kinds: ReadonlyMap<string, string> | undefined): boolean => ['name', 'alias'].includes(kinds?.get(k.id) ?? '') && !narrower.some((id) => kinds?.has(id));
    const named = found.length > 1 && definite ? found.filter((d) => itself(snapshot.kindsOfDevice.get(d.id))) : [];
    // Where its name spells the word said, only over devices of those narrower kinds: "the kitchen light" with a ceiling light (type light) and "Kitchen
    // Plinth Lights" is either one, never the strip because its name says "lights".
    const spelt = named[0] !== undefined && isKindsOwnWord(k, kind.text) && [k.singular, k.plural].some((w) => ` ${phraseKey(named[0]?.name ?? '')} `.includes(` ${phraseKey(w)} `));
    // …but a name in another script than the words ("бойлер" for "the boiler") was found by its reading: another
    // device the data says is of the kind (its description, not a guess from capabilities) is as likely meant.
    const readAcross = named[0] !== undefined && !spelt && !sharesScript(named[0].name, kind.text) && found.some((d) => d !== named[0] && !incidentalMember(snapshot, k, d, true) && describedFirstAs(d, k));
    // …and so is one named in another script ("भान्साको बत्ती" beside "Farm bhansa ko batti") that its type says is one:
    // its name was never read for a kind, so the other's name saying it is no sign it is the one meant.
    const unreadOther = named[0] !== undefined && found.some((d) => d !== named[0] && !sharesScript(d.name, kind.text) && snapshot.kindsOfDevice.get(d.id)?.get(k.id) === 'type');
    const narrowerRest = named.length === 1 && !readAcross && !unreadOther && (!spelt || found.every((d) => d === named[0] || incidentalMember(snapshot, k, d) || narrower.some((id) => snapshot.kindsOfDevice.get(d.id)?.has(id))));
    if (narrowerRest && named[0]) return { entity: named[0], text: kind.text };
    // "the speaker" with a speaker and a TV whose volume only makes it one: the device something else says it is.
    const otherKind = (d: Entity): boolean => [...(snapshot.kindsOfDevice.get(d.id)?.keys() ?? [])].some((id) => id !== k.id && (kindById(id)?.includes.length ?? 1) === 0);
    const said = found.length > 1 ? found.filter((d) => kindMatch(snapshot, d, k) !== 'capability' || !otherKind(d)) : [];
    if (said.length === 1 && said[0]) return { entity: said[0], text: kind.text };
    // "the kids room radiator" when what heats it is a radiator valve called "…thermostat": in a place, a heating
    // word means whatever there takes a temperature, if that is one device.
    if (found.length === 0 && places.length === 1 && TEMPERATURE_KINDS.has(k.id)) {
      const able = candidates((d) => (capabilitiesOf(d).includes('temperature_control') || setpointOf(d) !== undefined) && !saysOpposedKind(snapshot, d, k.id));
      if (able.length === 1 && able[0]) return { entity: able[0], text: kind.text };
    }
  }
  if (maker?.maker) {
    const found = candidates(madeBy);
    if (found.length === 1 && found[0]) return { entity: found[0], text: maker.text };
  }
  return undefined;
}

/** "which app for the front door": an opening said in words the device's name has in another language ("Hoveddør lås"). */
export function openingMention(snapshot: HomeSnapshot, tokens: readonly Token[]): Mention | undefined {
  for (let start = 0; start < tokens.length; start++) {
    for (const length of [3, 2]) {
      const span = tokens.slice(start, start + length);
      if (span.length !== length || !openingSayings(span.map((t) => t.key).join(' '))) continue;
      const found = describedDevices(snapshot, span);
      if (found.length > 0) return { start, end: start + length, text: span.map((t) => t.text).join(' '), entities: { device: found } };
    }
  }
  return undefined;
}

export function describedMention(snapshot: HomeSnapshot, tokens: readonly Token[]): Mention | undefined {
  for (let length = 3; length >= 1; length--) {
    for (let start = 0; start + length <= tokens.length; start++) {
      const span = tokens.slice(start, start + length);
      if (span.some((t) => ALL_CUES.has(t.key) || STOP_WORDS.has(t.key))) continue;
      // The whole phrase after "the" must be described: "the heat recovery *unit*", "a *pet* feeder" are not.
      const next = tokens[start + length];
      if (!DEFINITE.has(tokens[start - 1]?.key ?? '') || (next && !ALL_CUES.has(next.key) && !STOP_WORDS.has(next.key) && !next.key.endsWith('ing'))) continue;
      const found = deviceDescribedAs(snapshot, span);
      if (found) return { start, end: start + length, text: span.map((t) => t.text).join(' '), entities: { device: [found] } };
    }
  }
  return undefined;
}

/**
 * The one device that the kind and up to three words before it describe ("front door lock"), if exactly one. Words of
 * a place said right before the kind ("the entrance hall motion sensor") are that place, never a device's words.
 */
export function describedBefore(snapshot: HomeSnapshot, tokens: readonly Token[], kind: Mention, place?: Mention): { entity: Entity; text: string } | undefined {
  for (let back = 1; back <= 3 && kind.start - back >= 0; back++) {
    const words = tokens.slice(kind.start - back, kind.end);
    if (ALL_CUES.has(words[0]?.key ?? '') || STOP_WORDS.has(words[0]?.key ?? '')) break;
    if (place && place.end === kind.start && kind.start - back >= place.start) break;
    const found = describedDevices(snapshot, words);
    const [one] = found;
    if (found.length === 1 && one) return { entity: one, text: words.map((t) => t.text).join(' ') };
  }
  return undefined;
}

/**
 * "the landing upstairs" where "landing" fits a hall downstairs and one upstairs: a floor or zone said with it picks the
 * one inside it (the zone mention is then only that qualifier and is dropped).
 */
export function narrowByFloor(mentions: Mention[], snapshot: HomeSnapshot): void {
  for (const m of mentions) {
    const places = m.entities.place ?? [];
    if (places.length < 2) continue;
    for (const zone of mentions) {
      const z = zone.entities.place?.[0];
      if (zone === m || zone.entities.place?.length !== 1 || !z || z.entity_type !== 'zone') continue;
      // "outside, the yard" where "outside" is the Backyard or the zone "Yard & carport": the zone both words name is
      // meant, not the one room of it the other word also names (round 37).
      const inside = places.some((p) => p.id === z.id) ? [z] : places.filter((p) => snapshot.parentOfPlace.get(p.id)?.id === z.id);
      const [one] = inside;
      if (inside.length !== 1 || !one) continue;
      m.entities.place = [one];
      mentions.splice(mentions.indexOf(zone), 1);
      return;
    }
  }
}

/**
 * "guest room", "play area": a room word with a word before it that nothing in the question names, as a place
 * mention naming nothing (its slot is missing, so the answer says it was not found).
 */
export function unknownPlace(tokens: readonly Token[], mentions: readonly Mention[]): Mention | undefined {
  const inMention = (i: number): boolean => mentions.some((m) => i >= m.start && i < m.end);
  // "what's up in the attic" in a home without one: a word for a kind of place after "in/on/at (the)".
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || inMention(i) || !isPlaceWord(token.key)) continue;
    const before = tokens[i - 1]?.key === 'the' ? tokens[i - 2]?.key : tokens[i - 1]?.key;
    if (['in', 'on', 'at', 'to', 'from', 'into', 'onto'].includes(before ?? '')) return { start: i, end: i + 1, text: token.text, entities: {} };
  }
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i - 1];
    if (!CUES.room.includes(tokens[i]?.key ?? '') || !word || inMention(i) || inMention(i - 1)) continue;
    if (STOP_WORDS.has(word.key) || ALL_CUES.has(word.key) || !/^\p{L}{3,}$/u.test(word.key)) continue;
    return { start: i - 1, end: i + 1, text: `${word.text} ${tokens[i]?.text ?? ''}`, entities: {} };
  }
  return undefined;
}

/** "the …", "my …", "our …" before a mention, skipping a place named in between ("the hallway thermostat"). */
export function definiteBefore(tokens: readonly Token[], mentions: readonly Mention[], m: Mention): boolean {
  let at = m.start - 1;
  const placeBefore = mentions.find((p) => p.end === m.start && p.entities.place);
  if (placeBefore) at = placeBefore.start - 1;
  return ['the', 'my', 'our', 'your', 'this', 'that'].includes(tokens[at]?.key ?? '');
}

export function isPlural(tokens: readonly Token[], m: Mention): boolean {
  const last = tokens[m.end - 1];
  return !!last && ((last.text !== last.key && /s$/.test(last.text)) || hebrewPlural(last.text));
}
