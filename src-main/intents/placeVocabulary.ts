// What people call rooms and floors, whatever language the home was set up in: a curated synonym lexicon
// (lexicon/places.json: kitchen/cocina/küche, living room/salón/lounge, office/büro/study, upstairs/first floor …)
// turned into aliases for this home's rooms and zones. A synonym said alone ("the kitchen") only names a place when
// exactly one place has that meaning; "bedroom" with two bedrooms stays a question back.
import { z } from 'zod';
import type { Entity } from '../../src-shared/protocol/entities';
import openings from './lexicon/openings.json';
import places from './lexicon/places.json';
import { phraseKey } from './deviceKinds';

interface Vocabulary {
  groups: string[][];
  /**
   * Members written "=bad" name a room in its language ("Bad" is a bathroom) but are never said for another room:
   * they are everyday words in English too ("bad", "cave", "gang").
   */
  recogniseOnly: Set<string>;
}

function vocabulary(raw: string[][]): Vocabulary {
  return {
    groups: raw.map((group) => group.map((m) => phraseKey(m.replace(/^=/, ''))).filter(Boolean)),
    recogniseOnly: new Set(raw.flat().filter((m) => m.startsWith('=')).map((m) => phraseKey(m.slice(1)))),
  };
}

const PLACES = vocabulary(z.object({ places: z.array(z.array(z.string().min(1)).min(2)) }).strict().parse(places).places);
/** Doors and windows by what they are called elsewhere ("front door" for "Ytterdörr", "bay window" for "Erker"). */
const OPENINGS = vocabulary(z.object({ openings: z.array(z.array(z.string().min(1)).min(2)) }).strict().parse(openings).openings);

/** Alias phrases (as keys) for each room/zone. */
export function placeAliases(placesOfHome: readonly Entity[], takenNames: ReadonlySet<string>): Map<Entity, Set<string>> {
  return aliasesOf(PLACES, placesOfHome, takenNames);
}

/** Alias phrases (as keys) for each door and window. */
export function openingAliases(openingsOfHome: readonly Entity[], takenNames: ReadonlySet<string>): Map<Entity, Set<string>> {
  return aliasesOf(OPENINGS, openingsOfHome, takenNames);
}

function aliasesOf({ groups: GROUPS, recogniseOnly: RECOGNISE_ONLY }: Vocabulary, placesOfHome: readonly Entity[], takenNames: ReadonlySet<string>): Map<Entity, Set<string>> {
  const out = new Map<Entity, Set<string>>();
  const claims = new Map<number, Entity[]>();
  const found: Array<{ place: Entity; key: string; group: number; member: string }> = [];
  for (const place of placesOfHome) {
    const aliases = new Set<string>();
    out.set(place, aliases);
    const keys = [phraseKey(place.name)];
    const description = place.content['description'];
    if (typeof description === 'string' && description.split(/\s+/).length <= 4) {
      const d = phraseKey(description);
      if (d && !takenNames.has(d)) aliases.add(d);
      keys.push(d);
    }
    for (const key of keys) {
      GROUPS.forEach((group, g) => {
        const member = group.find((m) => ` ${key} `.includes(` ${m} `));
        if (!member) return;
        found.push({ place, key, group: g, member });
        const list = claims.get(g) ?? [];
        if (!list.includes(place)) list.push(place);
        claims.set(g, list);
      });
    }
  }
  for (const { place, key, group, member } of found) {
    const aliases = out.get(place);
    if (!aliases) continue;
    const alone = (claims.get(group) ?? []).length === 1;
    for (const other of GROUPS[group] ?? []) {
      if (RECOGNISE_ONLY.has(other)) continue;
      const variant = ` ${key} `.replace(` ${member} `, ` ${other} `).trim();
      if (!takenNames.has(variant)) aliases.add(variant);
      if (alone && !takenNames.has(other)) aliases.add(other);
    }
  }
  return out;
}

/**
 * What an opening phrase ("front door", "back door") is called in every language the lexicon knows, as plain keys,
 * or undefined when the words are no opening. Lets a device named after its door ("Hoveddør lås") be described.
 */
export function openingSayings(phrase: string): string[] | undefined {
  const key = phraseKey(phrase);
  return OPENINGS.groups.find((group) => group.includes(key));
}
