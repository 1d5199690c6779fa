// "lock the door" in a home whose only device called a door is the garage door opener (the doors with smart locks are
// named "Front Door Lock", "Side Entrance Lock"): the kind word found a device that has no lock, while the home has
// several locks the words could mean. Saying "Garage Door has no lock I can control" would be a wrong "none"; the
// locks are asked about instead. A device named in full ("lock the garage door") is left as resolved. The same for a
// roller-shutter motor that reports a "locked" latch in its state: "lock my door" means a lock, not the shutter.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf, phraseKey } from './deviceKinds';
import { lockStateOf } from './deviceReadings';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';

const LOCKING = new Set(['lock', 'unlock']);
const MAX_LOCKS = 5;

/** "lock", "lock_unlock", "lock/unlock", "unlock", "auto_lock" (never "clock", "block"). */
const LOCK_CAPABILITY = /(^|[^a-z]|un)lock/i;
const MOVES = /open|close/i;
// A device whose capabilities say it opens and closes and nothing about locking is no lock, even with a "locked" key
// in its state (a roller-shutter motor that reports its own latch: "lock my door" never means it).
const moves = (d: Entity): boolean => capabilitiesOf(d).some((c) => MOVES.test(c));
const locks = (d: Entity): boolean => {
  if (capabilitiesOf(d).some((c) => LOCK_CAPABILITY.test(c))) return true;
  return !moves(d) && lockStateOf(d) !== undefined;
};

/** The match with its target asked back among the home's locks, or as given. */
export function locksForKindWord(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const slot = match.slots['target'];
  // Only a thing that opens and closes (a garage door, a shutter motor, a gate) is asked past: a keypad or a bridge
  // found by "the front door" is led to its lock further on (lockThatOpens.ts).
  if (!LOCKING.has(match.intent) || slot?.type !== 'entity' || slot.entity.entity_type !== 'device' || locks(slot.entity) || !moves(slot.entity)) return match;
  const said = new Set(phraseKey(slot.text).split(' '));
  const named = phraseKey(slot.entity.name).split(' ').every((w) => said.has(w));
  if (named) return match;
  const all = snapshot.devices.filter((d) => d.id !== slot.entity.id && locks(d));
  if (all.length < 2 || all.length > MAX_LOCKS) return match;
  return { ...match, slots: { ...match.slots, target: { type: 'ambiguous', text: slot.text, expected: 'device', candidates: all, withPlaces: true } } };
}
