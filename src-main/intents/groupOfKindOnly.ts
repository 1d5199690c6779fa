// "turn off all the lights in the flat" proposed a plug described "aquarium pump + light", and "the lights in the
// kid's room" the terrarium's "Wärmelampe": switching a group of a kind switches only what is that kind and nothing
// more. A plug that is the kind only by its own words, when another part of those words names what it powers too (the
// aquarium's pump), would stop the pump; a heat lamp is a heater that glows, and the animal under it is cold once the
// room's lights go off (word lists: lexicon/groupOfKindOnly.json). Named or asked for as themselves, they are still
// proposed.
import type { Entity } from '../../src-shared/protocol/entities';
import { coveredKinds, kindById, kindsNamedIn, phraseKey, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import lexicon from './lexicon/groupOfKindOnly.json';
import { perSnapshot } from './perSnapshot';

const HEAT_LAMPS = lexicon.heatLamps.map((p) => ` ${phraseKey(p)} `);
const KEPT_RUNNING = lexicon.keptRunning.map((p) => ` ${phraseKey(p)} `);
const LIGHT = kindById('light');

/** The devices of `group` that are of the kind and nothing more; the group itself when that would leave none. */
export function groupOfKindOnly(snapshot: HomeSnapshot, group: readonly Entity[], kind: DeviceKind | undefined, said: string): Entity[] {
  if (!kind || group.length < 2) return [...group];
  const saidKey = ` ${phraseKey(said)} `;
  const only = group.filter((d) => !servesMore(snapshot, d, kind, saidKey));
  return only.length > 0 ? only : [...group];
}

function servesMore(snapshot: HomeSnapshot, device: Entity, kind: DeviceKind, saidKey: string): boolean {
  if (LIGHT !== undefined && (kind.id === LIGHT.id || coveredKinds(LIGHT).has(kind.id))) {
    const heat = heatLampOf(snapshot, device);
    if (heat && !saidKey.includes(heat)) return true;
  }
  if (kindMatch(snapshot, device, kind) !== undefined) return false;
  // Of the kind only by its own words ("aquarium pump + light"): another part of them names what it powers too.
  const covered = coveredKinds(kind);
  return keptRunningParts(device).some((part) => ![...kindsNamedIn(part).keys()].some((id) => covered.has(id)));
}

/** The parts of a device's description and model ("aquarium pump", "light") that name something kept running. */
function keptRunningParts(device: Entity): string[] {
  const text = ['description', 'model'].map((f) => device.content[f]).filter((v): v is string => typeof v === 'string').join(' , ');
  return text.split(/[+,;&/()|]| and | with /i).filter((part) => KEPT_RUNNING.some((p) => ` ${phraseKey(part)} `.includes(p)));
}

/** The heat-lamp phrase the device's name, description or model says, if any (per snapshot). */
const heatLamps = perSnapshot((snapshot: HomeSnapshot) => {
  const out = new Map<string, string>();
  for (const d of snapshot.devices) {
    const text = ` ${phraseKey([d.name, d.content['description'], d.content['model']].filter((v): v is string => typeof v === 'string').join(' . '))} `;
    const found = HEAT_LAMPS.find((p) => text.includes(p));
    if (found) out.set(d.id, found);
  }
  return out;
});

function heatLampOf(snapshot: HomeSnapshot, device: Entity): string | undefined {
  return heatLamps(snapshot).get(device.id);
}
