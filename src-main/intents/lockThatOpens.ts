// "open the gate" between a gate motor ("Main Gate") and a gate held shut by an electric strike ("Side Gate", a lock):
// opening the second one is unlocking it, which is what "open the Side Gate" already proposes. So a lock named by the
// words stays one of the options of an open/close command, and the command is asked back rather than sent to the one
// device that opens by itself (asking is cheap; opening the wrong gate is not).
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { phraseKey } from './kindLexicon';

const OPENING = new Set(['open', 'close']);

/** The candidates that are locks, kept beside the able ones for an open or close command. */
export function locksAlsoMeant(intent: string, candidates: readonly Entity[], able: readonly Entity[], snapshot: HomeSnapshot): Entity[] {
  if (!OPENING.has(intent)) return [];
  return candidates.filter((c) => !able.includes(c) && (snapshot.kindsOfDevice.get(c.id)?.has('lock') === true || capabilitiesOf(c).some((cap) => /(^|_)lock$/.test(cap))));
}

/**
 * "ouvri pòtay la" read "open pòtay" where "Pòtay machin" opens and "Ti pòtay" is an electric lock: the one device the
 * words found because it opens is no better meant than a lock whose name has every word said, so both are asked about
 * (never for a name said whole).
 */
export function locksNamedAlike(intent: string, text: string, found: Entity, snapshot: HomeSnapshot): Entity[] {
  const said = phraseKey(text).split(' ').filter((w) => w && !ARTICLES.has(w));
  // A door found is opened through its own lock (answerControl.ts): only a device that opens by itself is asked about.
  if (!OPENING.has(intent) || found.entity_type !== 'device' || said.length === 0 || phraseKey(found.name) === said.join(' ')) return [];
  // "open the garage" names a room: its door's opener, not every lock that carries the room's word (casa-rivera q236).
  if (snapshot.phrases.get(said.join(' '))?.some((e) => e.entity_type === 'room' || e.entity_type === 'zone')) return [];
  return snapshot.devices.filter((d) => {
    if (d.id === found.id || !(snapshot.kindsOfDevice.get(d.id)?.has('lock') === true || capabilitiesOf(d).some((cap) => /(^|_)lock$/.test(cap)))) return false;
    const words = new Set(phraseKey(d.name).split(' '));
    return said.every((w) => words.has(w));
  });
}
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our']);
