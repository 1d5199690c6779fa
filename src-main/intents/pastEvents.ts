// "when did someone last ring the doorbell", "when was the gate last opened": a past event the device keeps in its
// state (`last_ring`, `last_opened`, `lastMotion`), read from that state, not a schedule. Asked of such a device,
// "no schedule runs it" would be a wrong none.
import type { Entity } from '../../src-shared/protocol/entities';
import { stateOf } from './IntentAnswerInput';

const LAST_FIELD = /^last(_|[A-Z]|$)|_last(_|$)/;

/** The question asks when something last happened and the device's state records such an event. */
export function lastEventAsked(device: Entity, keys: ReadonlySet<string>): boolean {
  if (!keys.has('last') || keys.has('next')) return false;
  return Object.keys(stateOf(device)).some((field) => LAST_FIELD.test(field));
}
