// "how many block heaters at the yard", "list the block heaters" where the block heaters are outlets named "Truck 101
// block heater", "Truck 102 block heater" …: a kind said with the word before it, where several devices outside the
// kind are named by the whole phrase and no member of the kind is, means those devices. The count was of the kind's
// members there ("1 heater: Trailer office heater") or "no heaters", a wrong answer about things the home has.
import type { Entity } from '../../src-shared/protocol/entities';
import { joinNames, placeName, plural } from './AnswerBuilder';
import { phraseKey, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { membersOfKind } from './kindMembers';
import { perSnapshot } from './perSnapshot';

export interface NamedGroup {
  /** The devices of the group in the place asked (all of them without a place). */
  devices: Entity[];
  /** Every device of the home the phrase names. */
  all: Entity[];
  singular: string;
  plural: string;
}

/** The devices outside the kind whose names say the phrase ("block heater"), when two or more do and no member does. */
export function devicesNamedAsKind(snapshot: HomeSnapshot, lead: string, kind: DeviceKind): Entity[] {
  const phrase = ` ${phraseKey(`${lead} ${kind.singular}`)} `;
  const named = keyedNames(snapshot).filter((n) => n.key.includes(phrase)).map((n) => n.device);
  if (named.length < 2) return [];
  const members = new Set(membersOfKind(snapshot, kind).map((d) => d.id));
  return named.some((d) => members.has(d.id)) ? [] : named;
}

/** Each device's name as a phrase key, once per snapshot (a home of 20,000 devices is asked many times). */
const keyedNames = perSnapshot((snapshot: HomeSnapshot) =>
  snapshot.devices.map((device) => ({ device, key: ` ${phraseKey(device.name)} ` })),
);

/** The group the question's refined kind ("block heaters") names, among the devices of the place asked. */
export function namedGroup(input: IntentAnswerInput, pool: readonly Entity[], kind: DeviceKind): NamedGroup | undefined {
  const refine = input.match.slots['refine'];
  if (refine?.type !== 'text') return undefined;
  const words = phraseKey(refine.text).split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 3) return undefined;
  const lead = refine.text.trim().split(/\s+/).slice(0, -1).join(' ');
  const all = devicesNamedAsKind(input.snapshot, lead, kind);
  if (all.length === 0) return undefined;
  const within = new Set(pool.map((d) => d.id));
  return { devices: all.filter((d) => within.has(d.id)), all, singular: `${lead} ${kind.singular}`, plural: `${lead} ${kind.plural}` };
}

/** "There are 3 block heaters in the Steeles yard: …"; none there is said with where they are. */
export function namedGroupAnswer(input: IntentAnswerInput, group: NamedGroup, place: Entity | undefined): string {
  const where = place && place.entity_type !== 'home' ? ` in ${placeName(place)}` : '';
  if (group.devices.length === 0) {
    input.answer.cite(place, ...group.all);
    return `There are no ${group.plural}${where}; this home's ${plural(group.all.length, group.singular, group.plural)} ${group.all.length === 1 ? 'is' : 'are'} elsewhere: ${joinNames(group.all.map((d) => withRoom(input.snapshot, d)))}.`;
  }
  input.answer.cite(place, ...group.devices);
  const n = group.devices.length;
  return `There ${n === 1 ? 'is' : 'are'} ${plural(n, group.singular, group.plural)}${where}: ${joinNames(group.devices.map((d) => d.name))}.`;
}

function withRoom(snapshot: HomeSnapshot, device: Entity): string {
  const room = snapshot.placeOfDevice.get(device.id);
  return room ? `${device.name} (${room.name})` : device.name;
}
