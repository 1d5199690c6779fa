// The namesake rules (batteryNamesake.ts, temperatureNamesake.ts) move an asked reading from the device the words named,
// which keeps none, to the devices that do: one is the answer, a few are asked back, none or many leave the match.
import type { Entity } from '../../src-shared/protocol/entities';
import type { IntentMatch } from './IntentEngine';

const MAX_ASKED = 6;

export function withNamesakes(match: IntentMatch, text: string, theirs: readonly Entity[]): IntentMatch {
  const [one] = theirs;
  if (!one || theirs.length > MAX_ASKED) return match;
  const device: IntentMatch['slots'][string] = theirs.length === 1
    ? { type: 'entity', text, entity: one, how: 'synonym' }
    : { type: 'ambiguous', text, expected: 'device', candidates: [...theirs] };
  return { ...match, slots: { ...match.slots, device } };
}
