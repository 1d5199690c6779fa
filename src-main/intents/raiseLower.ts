// "lower the boat lift, guests bringing a boat", "naikkan rak baju": a lift or a drying rack whose data lists an
// `up_down` capability and keeps `position: "up"` was told it "has no motor or valve I can close" (a wrong none of
// what it can do). Lowering is closing and raising opening for such a device, written in its own field and words.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './deviceKinds';
import { stateOf } from './IntentAnswerInput';

const UP_DOWN = /(^|_)(up_down|raise_lower)$/;
const UP_OR_DOWN = /^(up|down|raised|lowered)$/i;

/** The state field an up/down device keeps "up" or "down" in, when its capabilities say it moves so. */
export function upDownKey(device: Entity): string | undefined {
  if (!capabilitiesOf(device).some((c) => UP_DOWN.test(c))) return undefined;
  const state = stateOf(device);
  return Object.keys(state).find((k) => typeof state[k] === 'string' && UP_OR_DOWN.test(String(state[k]).trim()));
}

/** The change that raises (open) or lowers (close) it, in the words its field already uses. */
export function upDownChange(device: Entity, key: string, raise: boolean): Record<string, unknown> {
  const now = String(stateOf(device)[key]).trim().toLowerCase();
  const past = now === 'raised' || now === 'lowered';
  return { [key]: raise ? (past ? 'raised' : 'up') : past ? 'lowered' : 'down' };
}
