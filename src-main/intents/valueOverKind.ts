// "set the blinds to 30%" with a blind in the living room and one in the bedroom: a value is set on one device, so a
// kind said without a place (and without "all") over devices in several rooms is asked back with their rooms; the reply
// ("bedroom") then finishes the command. "close the blinds" is the same (a blind, a gate is one room's or one
// person's: closing the only one still open would be a subset nobody asked for). Switching ("turn off the lights")
// still means every one of them.
import type { Entity } from '../../src-shared/protocol/entities';
import { opensAndCloses } from './controlActions';
import { capabilitiesOf } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { membersOfKind } from './kindMembers';
import { said } from './IntentAnswerInput';
import type { IntentMatch } from './IntentEngine';

/** More devices than this is no useful question back; the command goes on as said. */
const MAX_OPTIONS = 6;
const TAKES_A_LEVEL = ['dimming', 'volume', 'position'];

/** The intents asked back, with the devices each can act on. */
const ABLE: Record<string, (device: Entity) => boolean> = { set_level: takesALevel, open: opensAndCloses, close: opensAndCloses };

export function askWhichForValue(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const slot = match.slots['target'];
  const able = ABLE[match.intent];
  if (!able || slot?.type !== 'group' || !slot.kind || slot.devices) return match;
  if ((slot.place && slot.place.entity_type !== 'home') || said(match, 'all', 'every', 'both', 'each', 'everywhere')) return match;
  const kind = slot.kind;
  const members = membersOfKind(snapshot, kind).filter(able);
  const rooms = new Set(members.map((d) => snapshot.placeOfDevice.get(d.id)?.id));
  if (members.length < 2 || members.length > MAX_OPTIONS || rooms.size < 2) return match;
  return { ...match, slots: { ...match.slots, target: { type: 'ambiguous', text: slot.text, expected: 'device', candidates: [...members], withPlaces: true } } };
}

function takesALevel(device: Entity): boolean {
  return capabilitiesOf(device).some((c) => TAKES_A_LEVEL.includes(c));
}
