// "how high the bayou is at the dock" where "Bayou" is a word of one maker's name ("Bayou Classic", a burner in the
// yard) and of a device's name in that place ("Bayou Level Sensor", made by another): the word names that device, and
// "there are no Bayou devices in the dock" would deny the very thing asked about. The maker reading is left out then
// (what is in the place is said instead).
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { makerKeyOf } from './kindClaims';
import { devicesWithin } from './placeClaims';
import { phraseKey } from './deviceKinds';

/** The devices in the place with the maker's word in their own name, when the maker made nothing there. */
export function devicesNamedByMakerIn(snapshot: HomeSnapshot, maker: string, place: Entity | undefined): Entity[] {
  if (!place || place.entity_type === 'home') return [];
  const key = makerKeyOf(maker);
  if (!key) return [];
  const there = devicesWithin(snapshot, place);
  if (there.some((d) => ` ${snapshot.makerKeyOfDevice.get(d.id) ?? ''} `.includes(` ${key} `))) return [];
  return there.filter((d) => ` ${phraseKey(d.name)} `.includes(` ${key} `));
}
