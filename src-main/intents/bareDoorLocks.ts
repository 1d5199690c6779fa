// "lock the door", "unlock the door for the delivery guy": "door" alone names no door. In a home whose doors are named
// in another language but one ("Mirpeset door" among "דלת כניסה", "דלת כניסה מושב"), the name search took that one
// only because its name holds the English word, and "Mirpeset door has no lock I can control" was a confident none
// while the home has two locks. A bare "door" with a lock verb is the home's locks: its one lock, or which of them.
import type { DeviceKind } from './deviceKinds';
import { MAX_WHICH, membersOfKind } from './kindMembers';
import type { HomeSnapshot } from './HomeIndex';
import type { ScoredSlot } from './SlotResolver';

/** The lock or the locks "the door" means, or undefined when the words are more than "door". */
export function locksOfBareDoor(snapshot: HomeSnapshot, keys: readonly string[], text: string, lock: DeviceKind | undefined, implied: DeviceKind | 'openable' | undefined): ScoredSlot | undefined {
  if (keys.join(' ') !== 'door' || !lock) return undefined;
  const locks = membersOfKind(snapshot, lock);
  const [only] = locks;
  if (locks.length === 1 && only) return { value: { type: 'entity', text, entity: only, how: 'synonym' }, score: 0.9 };
  // Only a lock verb makes the bare word a lock: "open the door" may be an opener or a lock.
  if (implied === 'openable' || implied?.id !== lock.id || locks.length < 2 || locks.length > MAX_WHICH) return undefined;
  return { value: { type: 'ambiguous', text, expected: 'device', candidates: [...locks], withPlaces: true }, score: 0.6 };
}
