// "turn on the daikin", "pause the roborock": people name a device by its maker. When the words of a command target are
// only a maker's name (as the home's devices give it), the devices of that maker are what is meant: the only one is the
// target, several are a question back among them, never the devices of another kind offered as if nothing were said
// (and never "no device is called that" when the maker's air conditioners are right there).
import type { Entity } from '../../src-shared/protocol/entities';
import type { DeviceKind } from './deviceKinds';
import { capabilitiesOf } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { MAX_WHICH, membersOfKind } from './kindMembers';
import type { ScoredSlot } from './SlotResolver';

/** Words around a maker's name that say nothing of which device ("the daikin", "our sonos"). */
const POINTING = new Set(['the', 'my', 'our', 'your', 'a', 'that', 'this']);

export function makerTarget(snapshot: HomeSnapshot, keys: readonly string[], text: string, implied: DeviceKind | 'openable' | undefined): ScoredSlot | undefined {
  const said = keys.filter((k) => !POINTING.has(k)).join(' ');
  // One cheap check first: the words are no maker here (the common case).
  if (!said || !snapshot.manufacturers.has(said)) return undefined;
  const made = snapshot.devices.filter((d) => makerSays(snapshot.makerKeyOfDevice.get(d.id), said));
  const fit = implied === undefined ? made : implied === 'openable' ? made.filter(opens) : made.filter((d) => membersOfKind(snapshot, implied).includes(d));
  const [only] = fit;
  if (fit.length === 1 && only) return { value: { type: 'entity', text, entity: only, how: 'synonym' }, score: 0.95 };
  if (fit.length > 1 && fit.length <= MAX_WHICH) return { value: { type: 'ambiguous', text, expected: 'device', candidates: fit, withPlaces: true }, score: 0.6 };
  // "turn on the fujitsu" also reads as opening a valve or gate: the maker's devices here are none of those, so that
  // reading names nothing (it must not offer the gate over the maker's own air conditioners).
  if (made.length > 0 && fit.length === 0) return { value: { type: 'missing', text, expected: 'device', suggestions: [] }, score: 0.3 };
  return undefined;
}

/** A device's maker key says the maker words ("philips hue" says "philips" and "philips hue"). */
function makerSays(makerKey: string | undefined, said: string): boolean {
  return makerKey !== undefined && (makerKey === said || ` ${makerKey} `.includes(` ${said} `));
}

function opens(d: Entity): boolean {
  return capabilitiesOf(d).some((c) => /(^|_)open_close$/.test(c));
}
