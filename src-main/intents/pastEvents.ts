// "when did someone last ring the doorbell", "when was the gate last opened": a past event the device keeps in its
// state (`last_ring`, `last_opened`, `lastMotion`), read from that state, not a schedule. Asked of such a device,
// "no schedule runs it" would be a wrong none.
import type { Entity } from '../../src-shared/protocol/entities';
import { stateOf } from './IntentAnswerInput';
import type { Token } from './normalizeText';
import type { SlotValue } from './SlotResolver';
import { inflectionStem } from './wordStem';

const LAST_FIELD = /^last(_|[A-Z]|$)|_last(_|$)/;

/** The question asks when something last happened and the device's state records such an event. */
export function lastEventAsked(device: Entity, keys: ReadonlySet<string>): boolean {
  if (!keys.has('last') || keys.has('next')) return false;
  return Object.keys(stateOf(device)).some((field) => LAST_FIELD.test(field));
}

/** A `last_…` field whose other words the question says ("press" of `last_press`, "tested" of `last_test`). */
export function lastEventSaid(field: string, tokens: readonly Token[]): boolean {
  return /(^|_)last(_|$)/i.test(field) && field.toLowerCase().split('_').some((p) => p !== 'last' && tokens.some((t) => t.key === p || inflectionStem(t.key) === p));
}

/**
 * "when did gran last press her button", naming no device: the one device (of those given) whose state keeps the
 * event the question says. Two or more keep it: no guess.
 */
export function lastEventOwner(devices: readonly Entity[], tokens: readonly Token[]): Entity | undefined {
  if (tokens[0]?.key !== 'when' || !tokens.some((t) => t.key === 'last')) return undefined;
  let found: Entity | undefined;
  for (const device of devices) {
    if (!Object.keys(stateOf(device)).some((field) => lastEventSaid(field, tokens))) continue;
    if (found) return undefined;
    found = device;
  }
  return found;
}

/**
 * "when did someone last ring at the door", the door read as the thing: a door keeps no event, and the one device that
 * keeps the event said (`last_ring` of the door station) is asked about instead of the door's schedules ("no schedule
 * runs the door" would be a wrong none). Otherwise the thing's own last event, else its schedules.
 */
export function whenAskedOf(thing: SlotValue, devices: readonly Entity[], tokens: readonly Token[], keys: ReadonlySet<string>): { intent: 'device_state' | 'schedules_for_device'; device: SlotValue } {
  if (thing.type !== 'entity') return { intent: 'schedules_for_device', device: thing };
  if (lastEventAsked(thing.entity, keys)) return { intent: 'device_state', device: thing };
  const owner = keys.has('last') ? lastEventOwner(devices, tokens) : undefined;
  if (owner && owner.id !== thing.entity.id) return { intent: 'device_state', device: { type: 'entity', text: thing.text, entity: owner, how: 'synonym' } };
  return { intent: 'schedules_for_device', device: thing };
}
