// "open the garage door at the razzett", "open the gate at the moshav": a command's thing, then where it is ("at" or
// "in" a place of the home). Read whole, "garage door at the razzett" named nothing, no command template held, and the
// slot parse answered "Bieb tal-garaxx is closed", a state for a request. The thing said before the place is read as a
// target of its own and kept only where the place said holds it: one device there is the target, several there are
// asked about, and a thing that is not there is no reading (the place is never dropped to guess).
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import type { Token } from './normalizeText';
import { devicesWithin } from './placeClaims';
import type { ScoredSlot } from './slotValue';

const PLACE_WORDS: ReadonlySet<string> = new Set(['at', 'in']);
const PLACE_TYPES: ReadonlySet<string> = new Set(['room', 'zone', 'home']);

type Resolve = (tokens: readonly Token[]) => Promise<ScoredSlot>;

/** The target read from the words before the last "at"/"in", narrowed to the place after it; undefined otherwise. */
export async function thingAtPlace(snapshot: HomeSnapshot, body: readonly Token[], target: Resolve, place: Resolve): Promise<ScoredSlot | undefined> {
  const at = body.findLastIndex((t, i) => i > 0 && i < body.length - 1 && PLACE_WORDS.has(t.key));
  if (at < 0) return undefined;
  const where = await place(body.slice(at + 1));
  // A place by its own words: "the living room" read as the Lounge by a synonym is no place to narrow by. Places that
  // share the word said ("Ir-Razzett", "Barra tar-razzett") only narrow a thing said surely.
  const named = where.value.type === 'entity' && where.value.how !== 'synonym' ? [where.value.entity] : where.value.type === 'ambiguous' ? where.value.candidates : [];
  if (named.length === 0 || named.some((p) => !PLACE_TYPES.has(p.entity_type))) return undefined;
  const thing = await target(body.slice(0, at));
  if (named.length > 1 && thing.value.type !== 'entity') return undefined;
  const found = thing.value.type === 'entity' ? [thing.value.entity] : thing.value.type === 'ambiguous' ? thing.value.candidates : [];
  const placed = named.flatMap((p) => devicesWithin(snapshot, p));
  const there = new Set(placed.map((d) => d.id));
  const inPlace: Entity[] = found.filter((d) => there.has(d.id));
  // The options asked about may be only the first few: another device there of a kind of theirs may be the one meant.
  const kinds = new Set(inPlace.flatMap((d) => [...(snapshot.kindsOfDevice.get(d.id)?.keys() ?? [])]));
  if (thing.value.type === 'ambiguous' && placed.some((d) => !inPlace.includes(d) && [...(snapshot.kindsOfDevice.get(d.id)?.keys() ?? [])].some((k) => kinds.has(k)))) return undefined;
  const text = body.map((t) => t.text).join(' ');
  const [one] = inPlace;
  if (inPlace.length === 1 && one) return { value: { type: 'entity', text, entity: one, how: 'synonym' }, score: 0.9 };
  return inPlace.length > 1 ? { value: { type: 'ambiguous', text, expected: 'device', candidates: inPlace, withPlaces: true }, score: 0.6 } : undefined;
}
