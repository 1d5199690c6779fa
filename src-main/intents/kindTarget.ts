// A command target said as a bare kind the home has no device of ("turn on the pool pump"), when nothing else read
// the words (no name, no described device, nothing close): the kind itself, so the control answer says there is none
// (after the none guard has looked for a device that may be one) instead of the command being declined.
import type { DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { membersOfKind } from './kindMembers';
import type { ScoredSlot } from './SlotResolver';

export function kindNoneHere(snapshot: HomeSnapshot, kind: DeviceKind | undefined, text: string, implied: DeviceKind | 'openable' | undefined): ScoredSlot | undefined {
  if (!kind || (implied !== undefined && implied !== 'openable' && implied.id !== kind.id)) return undefined;
  return membersOfKind(snapshot, kind).length === 0 ? { value: { type: 'group', text, kind, place: undefined }, score: 0.9 } : undefined;
}
