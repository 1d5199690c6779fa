// "set the boiler to 55" in a home with a gas boiler named in Ukrainian ("Газовий котел", type boiler) and an electric
// water heater named "Бойлер Ariston": the name search offered the gas boiler and the boiler room's window, the window
// can't take a temperature, and the gas boiler was proposed, while the water heater, a boiler too, was never looked
// at. When the words said are a kind word alone, the able one among the names found is no choice between the devices
// of that kind: every other device of the kind that can do it too is asked about with it. And "geyser band kar do"
// with two geysers, only one of them switchable: the other is just as much the geyser meant, so the question stays
// (proposing the switchable one would act on the wrong geyser when the other was meant).
import type { Entity } from '../../src-shared/protocol/entities';
import { deviceType, kindForPhrase, phraseKey, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { MAX_WHICH, membersOfKind } from './kindMembers';

/** The kind a bare kind word names ("the boiler"), when it is one narrow kind. */
function bareKind(said: string): DeviceKind | undefined {
  const kind = kindForPhrase(phraseKey(said).replace(/^(the|my|our) /, ''));
  return kind && kind.includes.length === 0 ? kind : undefined;
}

/** Whether a candidate that can't do it is of the kind the bare kind word said, as much as the able one. */
export function unableOfKindSaid(snapshot: HomeSnapshot, said: string, candidates: readonly Entity[], able: readonly Entity[]): boolean {
  const kind = bareKind(said);
  if (!kind) return false;
  const members = new Set(membersOfKind(snapshot, kind).map((d) => d.id));
  // "prendé la pava" with a kettle and "Enchufe pava", the plug it hangs on: switching the plug is switching the kettle.
  if (able.some((d) => snapshot.kindsOfDevice.get(d.id)?.has('switch') === true || /plug|outlet|socket|switch|relay/.test(deviceType(d)))) return false;
  return able.some((d) => members.has(d.id)) && candidates.some((d) => !able.includes(d) && members.has(d.id));
}

/** The other devices of the kind `said` names alone that can do it too (none when `said` is no bare kind word). */
export function othersOfKindSaid(snapshot: HomeSnapshot, said: string, chosen: Entity, can: (device: Entity) => boolean): Entity[] {
  const kind = bareKind(said);
  if (!kind) return [];
  const members = membersOfKind(snapshot, kind);
  if (!members.some((d) => d.id === chosen.id) || members.length > MAX_WHICH) return [];
  return members.filter((d) => d.id !== chosen.id && can(d));
}
