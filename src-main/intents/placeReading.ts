// A device question whose slot holds a place (split from IntentResponder.ts, a pure move; one of its READ_AGAIN
// steps): "is the sauna locked" through the one device there with the state, and "and in the bedroom?" after a
// device question as the same question about the place.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { devicesWithin, onlyDevices } from './placeClaims';
import { lockStateOf, openStateOf } from './deviceReadings';

/** Device intents whose slot holds a room or zone: the same question about a place ("and in the bedroom?" after "when does it run" asks its automations). */
const PLACE_INTENT: Record<string, string> = {
  automations_for_device: 'automations_in_room', device_state: 'devices_in_place', state_on: 'kind_on', device_controls: 'devices_in_place',
  app_for_device: 'apps_for_devices', schedules_for_device: 'automations_in_room',
};

/** State questions that a place answers through the one device there that has the state ("is the sauna locked"). */
const STATE_IN_PLACE: Record<string, (d: Entity) => boolean> = {
  state_locked: (d) => lockStateOf(d) !== undefined,
  state_open: (d) => openStateOf(d) !== undefined,
};

export function placeReading(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const slot = match.slots['device'];
  const has = STATE_IN_PLACE[match.intent];
  if (has && slot?.type === 'entity' && ['room', 'zone'].includes(slot.entity.entity_type)) {
    // The lock of the sauna house, not "no lock reading for Saunamaja"; with two there, a question back.
    const there = onlyDevices(devicesWithin(snapshot, slot.entity)).filter(has);
    const [one] = there;
    if (there.length === 1 && one) return { ...match, slots: { ...match.slots, device: { type: 'entity', text: slot.text, entity: one, how: 'synonym' } } };
    if (there.length > 1) return { ...match, slots: { ...match.slots, device: { type: 'ambiguous', text: slot.text, expected: 'device', candidates: there.slice(0, 6) } } };
    return match;
  }
  // "how's the pool doing": how a place is, said by what its devices read (answerPlaceState.ts), not its device list.
  if (match.intent === 'device_state' && match.words[0] === 'how') return match;
  const intent = PLACE_INTENT[match.intent];
  if (!intent || slot?.type !== 'entity' || !['room', 'zone', 'home'].includes(slot.entity.entity_type)) return match;
  const { device: _device, ...rest } = match.slots;
  return { ...match, intent, slots: { ...rest, place: slot } };
}
