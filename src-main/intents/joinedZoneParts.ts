// A zone named by joining its parts ("Yard & shop", "Barn and paddocks", "Pool + cabana") holds a place that each
// joined word is by its name's head ("Dad's shop" is the shop): said alone, "the shop" is that place, never the whole
// zone, which the name resolver would otherwise offer beside it ("which one: Dad's shop or Yard & shop?"). Read from
// the home's names alone; a word two places inside end in ("Big shop", "Small shop") stays for the resolver to ask.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { placeWithin } from './innerZoneDevices';
import { nameKeyOf } from './entityNameKey';

const JOINER = /\s(?:&|\+|and|und|et|y|e|og|och|en)\s/i;

/** Word → the one place inside a joined-name zone whose name ends in it, for words no name or alias already says. */
export function joinedZoneParts(snapshot: HomeSnapshot): Map<string, Entity> {
  const places = [...snapshot.byId.values()].filter((e) => e.entity_type === 'room' || e.entity_type === 'zone');
  const out = new Map<string, Entity>();
  for (const zone of places.filter((p) => p.entity_type === 'zone' && JOINER.test(` ${p.name} `))) {
    for (const part of zone.name.split(JOINER)) {
      const word = phraseKey(part);
      if (!word || word.includes(' ') || snapshot.aliases.has(word)) continue;
      const heads = places.filter((p) => p !== zone && placeWithin(snapshot, p, zone) && nameKeyOf(p).split(' ').pop() === word);
      const [only] = heads;
      // "Yard" of "Yard & shop" beside a room "Yard": the room's own name already says it; only a longer name needs this.
      if (heads.length === 1 && only && phraseKey(only.name) !== word) out.set(word, only);
    }
  }
  return out;
}
