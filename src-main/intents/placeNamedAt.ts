// "Да ли је отворена капија на викендици?": the gate stands in "Dvorište", part of the zone "Plac na vikendici" (the
// plot AT the weekend house), a zone beside "Vikendica (Fruška Gora)", not inside it. Read by the graph alone the
// gate is not at the vikendica, and the answer was "There are no gates in the Vikendica": a wrong none. A zone whose
// own name carries another zone's name word (inflected: "vikendici" for "Vikendica") is at that zone; a device in it,
// or in anything inside it, is at the zone said.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';
import { perSnapshot } from './perSnapshot';
import { devicesWithin } from './placeClaims';

/** A word of a place's name this short is a linking word ("na", "de", "la"), not its name. */
const MIN_LETTERS = 5;
/** How many final letters an inflection may change ("vikendica" → "vikendici", "chalet" → "chalets"). */
const MAX_ENDING = 2;

function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared >= MIN_LETTERS && Math.max(a.length, b.length) - shared <= MAX_ENDING;
}

const nameWords = (place: Entity): string[] => tokenize(place.name).map((t) => t.key);

/**
 * Does the other zone's name say it is at the place: the place's first name word, inflected, said after the other's
 * own head ("Plac na vikendici", "Zahrada u chalupy")? Two zones that begin with the same word ("Planta baja",
 * "Planta alta") are two of a kind, neither at the other.
 */
function namesAsWhere(placeWords: readonly string[], otherWords: readonly string[]): boolean {
  const [head] = placeWords;
  if (head === undefined || head.length < MIN_LETTERS || STOP_WORDS.has(head)) return false;
  return otherWords.slice(1).some((o) => sameStem(o, head)) && !sameStem(otherWords[0] ?? '', head);
}

/** Zone id → the devices of the other zones whose name says they are at it (and not inside it). */
const byPlace = perSnapshot((snapshot: HomeSnapshot): Map<string, Entity[]> => {
  const out = new Map<string, Entity[]>();
  // Zones only: a room "Kupatilo na vikendici" is a bathroom at the weekend house, not at the flat's "Kupatilo".
  const places = [...snapshot.byId.values()].filter((e) => e.entity_type === 'zone').map((p) => ({ p, words: nameWords(p) }));
  for (const { p, words } of places) {
    const inside = new Set(devicesWithin(snapshot, p).map((d) => d.id));
    const found: Entity[] = [];
    for (const other of places) {
      if (other.p === p || !namesAsWhere(words, other.words)) continue;
      // A place inside this one, or one this one is inside, is already counted (or is the wider place).
      const within = devicesWithin(snapshot, other.p);
      if (within.length === 0 || within.some((d) => inside.has(d.id))) continue;
      for (const d of within) if (!inside.has(d.id) && !found.includes(d)) found.push(d);
    }
    if (found.length > 0) out.set(p.id, found);
  }
  return out;
});

/** The devices of the places whose own name says they are at `place` ("Plac na vikendici" for "Vikendica"). */
export function devicesAtPlaceNamedFor(snapshot: HomeSnapshot, place: Entity): Entity[] {
  return byPlace(snapshot).get(place.id) ?? [];
}
