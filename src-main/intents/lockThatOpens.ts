// "open the gate" between a gate motor ("Main Gate") and a gate held shut by an electric strike ("Side Gate", a lock):
// opening the second one is unlocking it, which is what "open the Side Gate" already proposes. So a lock named by the
// words stays one of the options of an open/close command, and the command is asked back rather than sent to the one
// device that opens by itself (asking is cheap; opening the wrong gate is not).
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

const OPENING = new Set(['open', 'close']);

/** The candidates that are locks, kept beside the able ones for an open or close command. */
export function locksAlsoMeant(intent: string, candidates: readonly Entity[], able: readonly Entity[], snapshot: HomeSnapshot): Entity[] {
  if (!OPENING.has(intent)) return [];
  return candidates.filter((c) => !able.includes(c) && (snapshot.kindsOfDevice.get(c.id)?.has('lock') === true || capabilitiesOf(c).some((cap) => /(^|_)lock$/.test(cap))));
}
