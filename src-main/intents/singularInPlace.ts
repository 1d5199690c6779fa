// "dim the lamp in the front room" where the front room has a Big light, a Solas lamp and a Standard lamp: one thing
// was said, by a word narrower than the kind's own ("lamp", not "light"), and the names there that say it are the
// ones meant: two or more are a question back, never all the lights switched at once; one is that device. The kind's
// own word in the singular ("turn off the light in the kids' room", "sluk lyset i stuen") is the room's lighting, as
// people say it, and stays the group; so does a plural or "all". In a zone whose devices of the kind are in several
// rooms, the kind's own word said once is a question back (round 42: "turn on the fan in Jacmel"), unless one of them
// is named for the place ("the light in the efficiency": "Luz de la efficiency").
import type { Entity } from '../../src-shared/protocol/entities';
import type { DeviceKind } from './deviceKinds';
import { membersOfKindAmong } from './kindMembers';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin, onlyDevices } from './placeClaims';
import type { ScoredSlot } from './SlotResolver';

/** A question back longer than this lists the first ones and says how many there are. */
const MAX_OFFERED = 6;

/**
 * The reading of a group slot said in the singular. `nounWords`: the noun as typed ("lamp", "ceiling light").
 * Any other slot, or a place where no name says the noun, is returned as it is.
 */
export function singularInPlace(snapshot: HomeSnapshot, slot: ScoredSlot, kind: DeviceKind, nounWords: readonly string[]): ScoredSlot {
  const value = slot.value;
  if (value.type !== 'group' || !value.place || !['room', 'zone'].includes(value.place.entity_type)) return slot;
  const there = membersOfKindAmong(snapshot, onlyDevices(devicesWithin(snapshot, value.place)), kind);
  // "turn on the fan in Jacmel", a house whose two fans are in two of its rooms: one was said, the rooms differ, so
  // which one (a room's lighting is one thing; a whole house's fans are not).
  const kindWord = nounWords.join(' ').toLowerCase() === kind.singular.toLowerCase();
  const rooms = new Set(there.map((d) => snapshot.placeOfDevice.get(d.id)?.id));
  if (kindWord && value.place.entity_type === 'zone' && rooms.size > 1 && there.length <= MAX_OFFERED && namedForPlace(there, value.place).length !== 1) return { value: { type: 'ambiguous', text: value.text, expected: 'device', candidates: there, withPlaces: true }, score: 0.6 };
  if (kindWord) return slot;
  const saying = namesSaying(there, nounWords);
  const [only] = saying;
  if (!only || there.length < 2) return slot;
  if (saying.length === 1) return { value: { type: 'entity', text: value.text, entity: only, how: 'synonym' }, score: slot.score };
  const note = saying.length > MAX_OFFERED ? `There are ${saying.length} in ${value.place.name}.` : undefined;
  return { value: { type: 'ambiguous', text: value.text, expected: 'device', candidates: saying.slice(0, MAX_OFFERED), ...(note ? { note } : {}) }, score: 0.6 };
}

/** The devices whose names hold every word of the noun as typed. */
function namesSaying(devices: readonly Entity[], nounWords: readonly string[]): Entity[] {
  const words = nounWords.map((w) => w.toLowerCase()).filter((w) => w.length > 0);
  if (words.length === 0) return [];
  return devices.filter((d) => {
    const name = d.name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    return words.every((w) => name.includes(w));
  });
}

/** The devices whose names hold a word of the place's name ("Luz de la efficiency" of the zone "Efficiency"). */
function namedForPlace(devices: readonly Entity[], place: Entity): Entity[] {
  const words = place.name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3);
  return devices.filter((d) => d.name.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => words.includes(w)));
}
