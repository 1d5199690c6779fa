// The devices a word names or describes: "tank" → the level sensor "described as water tank on the stand", "tanesco"
// → the meter whose model says "TANESCO prepaid meter". A household calls a device by what it is or serves, not by the
// name the installer typed; the name, description and model say it. Built once per snapshot (one pass over the
// devices, as the field-word index), so a question only looks up its few words.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { tokenize } from './normalizeText';

const INDEX = new WeakMap<HomeSnapshot, Map<string, Entity[]>>();
/** Words that describe every other device ("the", "for", "on") say nothing of which one. */
const TOO_COMMON = 12;

function indexOf(snapshot: HomeSnapshot): Map<string, Entity[]> {
  const known = INDEX.get(snapshot);
  if (known) return known;
  const index = new Map<string, Entity[]>();
  for (const device of snapshot.devices) {
    const text = [device.name, device.content['description'], device.content['model']].filter((t): t is string => typeof t === 'string').map((t) => t.slice(0, 200)).join(' ');
    for (const key of new Set(tokenize(text).map((t) => t.key))) {
      if (key.length < 3) continue;
      const list = index.get(key);
      if (list) list.push(device);
      else index.set(key, [device]);
    }
  }
  INDEX.set(snapshot, index);
  return index;
}

/** The devices whose name, description or model has the word (as a word key); none for a word too common to tell. */
export function devicesDescribedBy(snapshot: HomeSnapshot, key: string): readonly Entity[] {
  const list = indexOf(snapshot).get(key) ?? [];
  return list.length > TOO_COMMON ? [] : list;
}

/**
 * "is the car plugged in / block heater on" in a home with no EV charger: the one device that two or more of the
 * question's other words describe ("engine block heater socket"), best of all, so the answer can say its state
 * beside the true "none" of the kind.
 */
export function deviceDescribedBeside(snapshot: HomeSnapshot, words: readonly string[], skip: ReadonlySet<string>): Entity | undefined {
  const hits = new Map<Entity, number>();
  for (const word of new Set(words)) {
    if (word.length < 3 || skip.has(word)) continue;
    for (const device of devicesDescribedBy(snapshot, word)) hits.set(device, (hits.get(device) ?? 0) + 1);
  }
  const top = Math.max(0, ...hits.values());
  const best = [...hits].filter(([, n]) => n === top);
  const [one] = best;
  return top >= 2 && best.length === 1 && one ? one[0] : undefined;
}
