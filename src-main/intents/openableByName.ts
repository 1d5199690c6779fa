// "turn off the telly" also fits the close template ("turn off the valve"): a device named by the words that nothing
// in its data says opens or closes, but that is switched on and off, is a weak reading of "something to close", so the
// switch reading of the same words wins and a TV is never "closed".
import type { ScoredSlot } from './SlotResolver';
import { capabilitiesOf } from './deviceKinds';
import { switchOf } from './switchControl';

export function weakUnlessOpener(found: ScoredSlot, implied: unknown): ScoredSlot {
  if (implied !== 'openable' || found.value.type !== 'entity' || found.value.entity.entity_type !== 'device') return found;
  const device = found.value.entity;
  const opens = capabilitiesOf(device).some((c) => /(^|_)open_close$|position|valve/.test(c));
  if (opens || switchOf(device) === undefined) return found;
  return { ...found, score: Math.min(found.score, 0.55) };
}
