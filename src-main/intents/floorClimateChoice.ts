// "set the downstairs AC to 75" where the ground floor holds a window AC and the thermostat of the central AC (its
// notes: "AC zone 1"): the kind and the floor fit two devices that keep a temperature, and the command went to the
// window unit, the one classified as an AC (a wrong proposal). A floor said with a kind is a question back when
// another device on that floor keeps a setpoint and is of the kind or says it in its own text (the none guard's
// weaker evidence): never one picked for the household.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindForPhrase, type DeviceKind } from './deviceKinds';
import { setpointOf } from './deviceReadings';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { weakerEvidence } from './noneGuard';
import { floorOfWord } from './placeVocabulary';

/** The other devices of the floor said that fit the kind and keep a setpoint as one read does; empty when none. */
export function othersOnFloor(snapshot: HomeSnapshot, keys: readonly string[], read: readonly Entity[]): Entity[] {
  const device = read.find((d) => setpointOf(d) !== undefined);
  if (!device || !keys.some((k, i) => floorOfWord(k) ?? floorOfWord(`${k} ${keys[i + 1] ?? ''}`))) return [];
  const kind = kindSaid(keys);
  const zone = zoneOf(snapshot, device);
  if (!kind || !zone) return [];
  const there = snapshot.devices.filter((d) => !read.includes(d) && setpointOf(d) !== undefined && zoneOf(snapshot, d) === zone);
  if (there.length === 0) return [];
  const saying = new Set(weakerEvidence(snapshot, kind, there).maybe.map((m) => m.device));
  return there.filter((d) => kindMatch(snapshot, d, kind) !== undefined || saying.has(d));
}

/** Those of the devices read that keep a setpoint (a window sensor read beside the AC is no option). */
export function keepingSetpoint(read: readonly Entity[]): Entity[] {
  return read.filter((d) => setpointOf(d) !== undefined);
}

/** The kind the words say, longest phrase first ("downstairs ac", "the upstairs heat pump", "aire in abajo"). */
function kindSaid(keys: readonly string[]): DeviceKind | undefined {
  for (let len = Math.min(3, keys.length); len >= 1; len--) {
    for (let at = keys.length - len; at >= 0; at--) {
      const kind = kindForPhrase(keys.slice(at, at + len).join(' '));
      if (kind) return kind;
    }
  }
  return undefined;
}

/** The zone a device's place lies in (a floor), if any. */
function zoneOf(snapshot: HomeSnapshot, device: Entity): Entity | undefined {
  let place = snapshot.placeOfDevice.get(device.id);
  for (let hops = 0; place && hops < 4; hops++) {
    if (place.entity_type === 'zone') return place;
    place = snapshot.parentOfPlace.get(place.id);
  }
  return undefined;
}
