// Readings beside namedForPlace.ts (which does the same for a kind said with a place). "pool air temp": no device in the room "La piscina" measures it, but "Controlador de la piscina" and "Heat pump de
// la piscina" stand in the side yard with the pool equipment. A device whose name names a place is that place's,
// wherever it stands; before "No device in La piscina reports the temperature" those devices are read too (and said
// with the room they are in), so the none is said only when nothing named for the place measures it either.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';
import { perSnapshot } from './perSnapshot';

/** Words of a place's name too short or too common to name it ("la", "room"). */
const MIN_LETTERS = 4;
const GENERIC = new Set(['room', 'area', 'house', 'home', 'floor']);

const keysOf = (text: string): string[] => tokenize(text).map((t) => t.key);

/** Place id → the devices outside it whose name holds every distinctive word of the place's name. */
const byPlace = perSnapshot((snapshot: HomeSnapshot): Map<string, Entity[]> => {
  const out = new Map<string, Entity[]>();
  const devices = snapshot.devices.filter((d) => d.entity_type === 'device').map((d) => ({ d, keys: new Set(keysOf(d.name)) }));
  for (const place of snapshot.byId.values()) {
    if (place.entity_type !== 'room') continue;
    const words = keysOf(place.name).filter((k) => k.length >= MIN_LETTERS && !STOP_WORDS.has(k) && !GENERIC.has(k));
    if (words.length === 0) continue;
    const named = devices.filter(({ d, keys }) => snapshot.placeOfDevice.get(d.id)?.id !== place.id && words.every((w) => keys.has(w))).map(({ d }) => d);
    if (named.length > 0) out.set(place.id, named);
  }
  return out;
});

/** The devices named for a room that stand elsewhere ("Controlador de la piscina" for "La piscina"). */
export function devicesNamedForPlace(snapshot: HomeSnapshot, place: Entity): Entity[] {
  return byPlace(snapshot).get(place.id) ?? [];
}
