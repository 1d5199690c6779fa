// "turn off the one in the bedroom" ("apaga el de la recámara", "mach des im Wohnzimmer aus"): "one" says no kind,
// so the place alone does not pick a device. A verb that also fits openers ("turn off" a valve) must not take the
// only blind there as the one meant: which of the devices there is asked (the only one there is that one).
import type { Entity } from '../../src-shared/protocol/entities';
import { kindForPhrase, type DeviceKind } from './deviceKinds';
import { membersOfKindAmong } from './kindMembers';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin, onlyDevices } from './placeClaims';
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

/**
 * "the manual for the dehumidifier in the shelter", "when does the heater in the garage run": a kind and the place
 * it is in, in a question's device slot. The one of the kind there is that device. Undefined when the words are no
 * kind and place, or not one of the kind is there: several are a group ("is any light on in the bedroom"), read so.
 */
export async function kindInPlace(snapshot: HomeSnapshot, keys: readonly string[], text: string, place: (from: number) => Promise<ScoredSlot>): Promise<ScoredSlot | undefined> {
  const at = keys.findIndex((k, i) => i > 0 && PLACE_LINKS.has(k) && k !== 'of');
  const kind = at > 0 ? kindForPhrase(keys.slice(keys[0] === 'the' ? 1 : 0, at).join(' ')) : undefined;
  if (!kind) return undefined;
  const where = await place(at + 1);
  if (where.value.type !== 'entity' || !['room', 'zone'].includes(where.value.entity.entity_type)) return undefined;
  const there = membersOfKindAmong(snapshot, onlyDevices(devicesWithin(snapshot, where.value.entity)), kind);
  const [only] = there;
  return there.length === 1 && only ? { value: { type: 'entity', text, entity: only, how: 'synonym' }, score: 0.95 } : undefined;
}
