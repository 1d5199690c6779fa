// "is his radio on" right after the caravan's leisure battery: "his" points at the person talked about, and the place
// of the last answer is only a guess at where his things are. When that place has nothing of the kind the noun names
// (no radio on the decking), reading the turn as "the radio in <place>" answers about the place's other devices ("no
// devices there are on"), and "put it on" then proposes the decking lights. The rewrite is kept only when the place
// has a thing of that kind (or named by that word), or the noun names no kind and no device at all.
import type { Entity } from '../../src-shared/protocol/entities';
import { isOfKind, kindForPhrase, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import { isPlaceWord } from './placeVocabulary';

/** "his light", "her lamp": a thing of the person whose room the last answer was about. */
const THEIR_THING = /\b(?:his|her|their)\s+([a-z]+)\b/i;
/** Words for a place that are no one-word place name of their own ("her room", "their place"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['room', 'place', 'house', 'home', 'flat', 'side', 'end', 'floor']);

/** The turn with "his <noun>" read as "the <noun> in <place>", or undefined when the place has no such thing. */
export function theirThingThere(text: string, there: Entity, snapshot: HomeSnapshot): string | undefined {
  const noun = THEIR_THING.exec(text)?.[1];
  if (!noun) return undefined;
  const key = phraseKey(noun);
  const kind = kindForPhrase(key);
  // A device is that thing by its kind, or by a word of its name ("Grandad's Radio" where "radio" is no known kind).
  const is = (d: Entity): boolean => (kind ? isOfKind(d, kind) : false) || phraseKey(d.name).split(' ').includes(key);
  // "the fan for her room": a place word is where, never a thing to look for in the place.
  if (!isPlaceWord(key) && !PLACE_NOUNS.has(key) && (kind || snapshot.devices.some(is)) && !devicesWithin(snapshot, there).some(is)) return undefined;
  return inTheirPlace(text, there);
}

/** "is his light on" read as "is the light in <place> on": every "his <noun>" put in the place. */
export function inTheirPlace(text: string, there: Entity): string {
  return text.replace(THEIR_THING, (_m, said: string) => `the ${said} in ${there.name}`);
}
