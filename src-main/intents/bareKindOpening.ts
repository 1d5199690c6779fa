// "open the door" in a home whose doors (door entities) have no motor and whose one garage door opener has: "the door"
// names the home's doors as much as the garage door, and opening the garage door from it guesses the unsafe way of a
// security action. Opening is never proposed from a bare "door", "window" or "gate" that other entities of the home
// are too; the one that can open is named, to be asked for by name. (Unlock keeps its lock-next-to-the-door reading,
// and a kind word such as "the alarm" keeps its own rules: those name what they act on.)
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

/** Entity types a bare word names as such ("the door", "the window", "the gate"). */
const NAMED_BY_TYPE: ReadonlySet<string> = new Set(['door', 'window', 'gate']);

/** "4 other doors of the home can't open; Garage Door (Garage) is the only one that can. Say …", or undefined. */
export function bareKindOpening(intent: string, said: string, device: Entity, snapshot: HomeSnapshot): string | undefined {
  if (intent !== 'open' || device.entity_type !== 'device') return undefined;
  const key = phraseKey(said).replace(/^(the|a|my|our) /, '');
  if (!NAMED_BY_TYPE.has(key) || phraseKey(device.name).split(' ').includes(key)) return undefined;
  const others = [...snapshot.byId.values()].filter((e) => e.entity_type === key);
  if (others.length === 0) return undefined;
  const room = snapshot.placeOfDevice.get(device.id);
  const many = others.length === 1 ? `One other ${key}` : `${others.length} other ${key}s`;
  return `${many} of the home can't open from here; ${device.name}${room ? ` (${room.name})` : ''} is the only one that can. Say "open ${device.name}" if you mean it.`;
}
