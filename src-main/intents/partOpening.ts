// "close the maxxfan lid, looks like rain": a part said with open or close, which the device names both as a
// capability and as a state key kept open or closed (`capabilities: ["lid"]`, `state: {"lid": "open"}`), is opened or
// closed in that key. Before, a roof fan was "no motor or valve I can close" (a wrong none for a lid the fan's own data
// says it opens and closes). Only a word the device itself lists as a capability counts, never a name's word, and the
// tier stays the device's (tools/entityChangeTier.ts: the key and the device decide it).
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './deviceKinds';
import { stateOf } from './IntentAnswerInput';

const OPEN_STATES: ReadonlySet<string> = new Set(['open', 'closed', 'opened', 'shut']);

/** The state key of the part the words name, when the device lists it as a capability kept open or closed. */
export function partToOpen(device: Entity, words: readonly string[]): string | undefined {
  const capabilities = capabilitiesOf(device);
  const state = stateOf(device);
  return words.find((w) => w.length >= 3 && capabilities.includes(w) && typeof state[w] === 'string' && OPEN_STATES.has(String(state[w]).toLowerCase()));
}
