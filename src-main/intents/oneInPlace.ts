// "turn off the one in the bedroom" ("apaga el de la recámara", "mach des im Wohnzimmer aus"): "one" says no kind,
// so the place alone does not pick a device. A verb that also fits openers ("turn off" a valve) must not take the
// only blind there as the one meant: which of the devices there is asked (the only one there is that one).
import type { Entity } from '../../src-shared/protocol/entities';
import type { DeviceKind } from './deviceKinds';
import { devicesWithin, onlyDevices, type HomeSnapshot } from './HomeIndex';
import type { ScoredSlot } from './SlotResolver';

const PLACE_LINKS: ReadonlySet<string> = new Set(['in', 'at', 'of', 'on', 'from']);
/** A question back longer than this lists the first ones and says how many there are. */
const MAX_OFFERED = 6;

/** True for "one in the kitchen", "one of the bedroom": the pronoun "one", a place word, and words after it. */
export function saysOneInPlace(keys: readonly string[]): boolean {
  return keys[0] === 'one' && PLACE_LINKS.has(keys[1] ?? '') && keys.length > 2;
}

/** The reading of "the one in <place>" for a command; undefined leaves the other readings to go on. */
export function oneInPlace(snapshot: HomeSnapshot, place: ScoredSlot, implied: DeviceKind | 'openable' | undefined, text: string): ScoredSlot | undefined {
  if (place.value.type !== 'entity' || !['room', 'zone'].includes(place.value.entity.entity_type)) return undefined;
  // "turn off" read as closing: "the one" names no opener, so the reading as a switch command answers instead.
  if (implied === 'openable') return { value: { type: 'text', text }, score: 0 };
  if (implied !== undefined) return undefined;
  const there: Entity[] = onlyDevices(devicesWithin(snapshot, place.value.entity));
  const [only] = there;
  if (!only) return undefined;
  if (there.length === 1) return { value: { type: 'entity', text, entity: only, how: 'synonym' }, score: 0.9 };
  const note = there.length > MAX_OFFERED ? `There are ${there.length} devices in ${place.value.entity.name}.` : undefined;
  return { value: { type: 'ambiguous', text, expected: 'device', candidates: there.slice(0, MAX_OFFERED), ...(note ? { note } : {}) }, score: 0.6 };
}
