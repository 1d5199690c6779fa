// A place word of the lexicon in another language that is one letter off a room's own name is that room, not the
// lexicon's: "salon" is French and Spanish for a living room, but on a boat with a "Saloon" and a "Lounge" it is the
// saloon misheard or misspelt ("turn off the salon lights" turned off the lounge lamp). The home's own name is the
// stronger evidence. Only words of 5+ letters, one edit from a word of exactly one place's name (not its own), and
// never a word some place is named by.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import { editDistance } from './editDistance';

export function placeWordsNearNames(aliases: Map<Entity, Set<string>>, placesOfHome: readonly Entity[], takenNames: ReadonlySet<string>): void {
  const nameWords = new Map<Entity, string[]>(placesOfHome.map((p) => [p, phraseKey(p.name).split(' ').filter(Boolean)]));
  const allNameWords = new Set([...nameWords.values()].flat());
  for (const [place, own] of aliases) {
    for (const alias of [...own]) {
      if (alias.includes(' ') || alias.length < 5 || allNameWords.has(alias) || takenNames.has(alias)) continue;
      // Its own place counts too: "במטבח" is one letter off "מטבח" (its own) and "המטבח" (another), so it stays.
      const near = placesOfHome.filter((other) => (nameWords.get(other) ?? []).some((w) => w.length >= 4 && editDistance(w, alias, 1) === 1));
      const [other] = near;
      if (near.length !== 1 || !other || other === place) continue;
      own.delete(alias);
      aliases.get(other)?.add(alias);
    }
  }
}
