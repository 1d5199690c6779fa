// "lock the front door" where the words said fit a camera on that door ("camera … on the front door") and also the
// smart lock next to it, called "front door lock": the lock is named by what was said as much as the camera is, so it
// is what is locked, not a question back. A lock whose names do not carry every word said is still only offered.
import type { Entity } from '../../src-shared/protocol/entities';
import { wordKeys } from './normalizeText';
import { otherNamesOf } from './otherNames';

/** Words of a request that name no thing ("the", "my"). */
const NO_NAME_WORDS = new Set(['the', 'a', 'an', 'my', 'our', 'this', 'that', 'please']);

/** Whether every word of `said` is a word of the lock's name or of one of its other names. */
export function lockNamedAsSaid(said: string, lock: Entity): boolean {
  const asked = wordKeys(said).filter((key) => !NO_NAME_WORDS.has(key));
  if (asked.length === 0) return false;
  return [lock.name, ...otherNamesOf(lock)].some((name) => {
    const keys = new Set(wordKeys(name));
    return asked.every((key) => keys.has(key));
  });
}
