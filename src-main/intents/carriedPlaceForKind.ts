// "whats the dehumidifier reading out there" right after the beach house camera: "there" is the camera's room (its
// lanai), carried over from the turn before, not said; the beach house's one dehumidifier is in its bunk room. A place
// only carried over is no claim that the thing asked about is in it, so "There are no dehumidifiers in the lanai" was a
// confident none about a thing the home has. When the question names a kind with no device in the carried place but
// some in a place around it (the room's zone, its house), it is asked of the nearest such place; a kind the home has
// nowhere keeps the carried place (the none is then true), and so does a carried place with a device named with the
// word said ("heater on out there" after the well house: its "Well House Heater" is a plug, no heater by kind, and
// widening to the farmyard had turned a state question into a command over two other heaters).
import type { Entity } from '../../src-shared/protocol/entities';
import type { DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { deviceWithin } from './placeClaims';
import { membersOfKind } from './kindMembers';
import { findMentions } from './mentions';
import { tokenize } from './normalizeText';
import { escapeRegExp } from './regexText';

/** How many places up from the carried one are looked at (room → zone → house). */
const MAX_UP = 3;

/** The place to ask `text` of instead of `carried`: the nearest place around it holding every kind the text names. */
export function carriedPlaceForKind(text: string, carried: Entity, snapshot: HomeSnapshot): Entity {
  const said = kindsSaid(text, snapshot);
  if (said.length === 0) return carried;
  const kinds = said.map((m) => m.kind);
  const members = kinds.map((kind) => membersOfKind(snapshot, kind));
  // A kind with no device anywhere, or one with a device in the carried place: the place said stands.
  if (members.some((devices) => devices.length === 0)) return carried;
  const holds = (place: Entity): boolean => members.every((devices) => devices.some((d) => deviceWithin(snapshot, d, place)));
  if (holds(carried) || said.some((m) => namedWithin(snapshot, m.word, carried))) return carried;
  let at = snapshot.parentOfPlace.get(carried.id);
  for (let up = 0; at && up < MAX_UP; up++) {
    if (at.entity_type === 'home' && snapshot.homes.length <= 1) break; // the whole home is no place to narrow to
    if (holds(at)) return at;
    at = snapshot.parentOfPlace.get(at.id);
  }
  return carried;
}

/** The kinds the text names by a kind word (not inside a device's or place's name), with the word as said. */
function kindsSaid(text: string, snapshot: HomeSnapshot): Array<{ kind: DeviceKind; word: string }> {
  const kinds: Array<{ kind: DeviceKind; word: string }> = [];
  for (const mention of findMentions(tokenize(text), snapshot)) {
    if (mention.kind && !mention.entities.device?.length && !mention.entities.place?.length) kinds.push({ kind: mention.kind, word: mention.text.toLowerCase() });
  }
  return kinds;
}

/** A device in `place` whose name says `word` as a whole word. */
function namedWithin(snapshot: HomeSnapshot, word: string, place: Entity): boolean {
  const said = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(word)}(?:$|[^\\p{L}])`, 'iu');
  return snapshot.devices.some((d) => said.test(d.name) && deviceWithin(snapshot, d, place));
}
