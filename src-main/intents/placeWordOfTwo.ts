// "is the television on in the parlor" where "the parlor" is the milking parlor's nickname and also the last word of
// the Front parlor's name, where the home's one TV is: read as the milking parlor, the answer said "there are no TVs in
// the Milking parlor", a wrong none about the place the asker meant. A place said by a word it shares with another
// place's own name, holding none of the kind asked while that other place holds some, is read as that other place.
// Only when the words said are not the first place's exact name, and only one other place fits.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { devicesWithin } from './placeClaims';
import type { IntentMatch } from './IntentEngine';

/** Articles and possessives dropped from the place's words said. */
const LEADING: ReadonlySet<string> = new Set(['the', 'our', 'my', 'a']);

export function placeWithTheKind(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const kind = match.slots['kind'];
  const place = match.slots['place'];
  if (kind?.type !== 'kind' || place?.type !== 'entity' || place.entity.entity_type !== 'room') return match;
  const said = phraseKey(place.text).split(' ').filter((w) => w !== '' && !LEADING.has(w));
  if (said.length === 0 || said.join(' ') === phraseKey(place.entity.name)) return match;
  const holds = (p: Entity): boolean => devicesWithin(snapshot, p).some((d) => kindMatch(snapshot, d, kind.kind) !== undefined);
  if (holds(place.entity)) return match;
  // Rooms that hold devices at all are where the devices are.
  const rooms = [...new Map([...snapshot.placeOfDevice.values()].map((p) => [p.id, p])).values()];
  const others = rooms.filter((p) => p.id !== place.entity.id && p.entity_type === 'room' && said.every((w) => phraseKey(p.name).split(' ').includes(w)) && holds(p));
  const [other] = others;
  if (others.length !== 1 || !other) return match;
  return { ...match, slots: { ...match.slots, place: { ...place, entity: other, how: 'synonym' } } };
}
