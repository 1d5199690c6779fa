// A place word of the lexicon in another language that is one letter off a room's own name is that room, not the
// lexicon's: "salon" is French and Spanish for a living room, but on a boat with a "Saloon" and a "Lounge" it is the
// saloon misheard or misspelt ("turn off the salon lights" turned off the lounge lamp). The home's own name is the
// stronger evidence. Only words of 5+ letters, one edit from exactly one word of one place's name, and never a word
// that is the alias owner's own name word or a word another place is named by.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import { editDistance } from './editDistance';

export function placeWordsNearNames(aliases: Map<Entity, Set<string>>, placesOfHome: readonly Entity[], takenNames: ReadonlySet<string>): void {
  const nameWords = new Map<Entity, string[]>(placesOfHome.map((p) => [p, phraseKey(p.name).split(' ').filter(Boolean)]));
  const allNameWords = new Set([...nameWords.values()].flat());
  for (const [place, own] of aliases) {
    for (const alias of [...own]) {
      if (alias.includes(' ') || alias.length < 5 || allNameWords.has(alias) || takenNames.has(alias)) continue;
      const near = placesOfHome.filter((other) => other !== place && (nameWords.get(other) ?? []).some((w) => w.length >= 5 && editDistance(w, alias, 1) === 1));
      if (near.length !== 1) continue;
      const [other] = near;
      if (!other) continue;
      own.delete(alias);
      aliases.get(other)?.add(alias);
    }
  }
}
