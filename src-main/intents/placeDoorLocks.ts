// "unlock the shed", "lock the sea-can": a place said to a lock command whose lock is its door's own
// ({"has_lock": true, "state": {"lock": "locked"}}), with no lock device. The group of locks there was looked for
// among devices only and said "There are no locks in the Sea-can", a wrong none about a door the home locks every day.
// The doors within the place (or, with none there, the doors its `connects_to` edges join it by) that keep a lock
// reading; of several, those whose name carries a word said ("the shed" of "Yard & sheds" is the "Ski-Doo shed door").
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { phraseKey } from './deviceKinds';
import { lockReadings } from './lockReadings';
import { deviceWithin } from './placeClaims';

/** Words too common to pick one door among several by. */
const PLAIN = new Set(['the', 'a', 'an', 'my', 'our', 'door', 'doors', 'lock', 'locks', 'all', 'and', 'of', 'to']);

/** The lockable doors a place said to "lock"/"unlock" means, narrowed by the words said when several. */
export function doorLocksOfPlace(snapshot: HomeSnapshot, place: Entity, said: string): Entity[] {
  const doors = lockReadings(snapshot).filter((e) => e.entity_type !== 'device');
  const within = doors.filter((d) => deviceWithin(snapshot, d, place));
  const joining = within.length > 0 ? within : (snapshot.openingsOfPlace.get(place.id) ?? []).filter((d) => doors.includes(d));
  if (joining.length <= 1) return joining;
  const words = new Set(phraseKey(said).split(' ').filter((w) => w.length > 2 && !PLAIN.has(w)).map(singular));
  const named = joining.filter((d) => phraseKey(d.name).split(' ').some((w) => words.has(singular(w))));
  return named.length > 0 ? named : joining;
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
