// What people call rooms and floors, whatever language the home was set up in: a curated synonym lexicon
// (lexicon/places.json: kitchen/cocina/küche, living room/salón/lounge, office/büro/study, upstairs/first floor …)
// turned into aliases for this home's rooms and zones. A synonym said alone ("the kitchen") only names a place when
// exactly one place has that meaning; "bedroom" with two bedrooms stays a question back.
import { z } from 'zod';
import type { Entity } from '../../src-shared/protocol/entities';
import openings from './lexicon/openings.json';
import places from './lexicon/places.json';
import { phraseKey } from './deviceKinds';
import { nearMember, ownerForms, ownerStems, ownerWords, PLACE_HEADS } from './placeNameForms';

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

/** Every word of the place lexicon, as keys (an owner's name is none of them). */
const PLACE_WORDS = new Set(PLACES.groups.flat().flatMap((m) => m.split(' ')));
const OUTSIDE = PLACES.groups.find((g) => g.includes('outside')) ?? [];
/** Rooms that are outdoors by what they are: outside words, gardens, terraces (as single words). */
const OUTDOOR_ROOM = PLACES.groups.filter((g) => g.includes('outside') || g.includes('garden') || g.includes('terrace')).flat().filter((m) => !m.includes(' '));

/** Is a phrase a word for everywhere outdoors ("outside", "outdoors")? It names all the outdoor rooms at once. */
export function isOutsideWord(phrase: string): boolean {
  return OUTSIDE.includes(phraseKey(phrase).replace(/^the /, ''));
}

/** A one-word name for a kind of place ("attic", "garage", "cellar"); words that are everyday English too are not. */
export function isPlaceWord(key: string): boolean {
  return key !== GENERIC_WORD && PLACE_WORDS.has(key) && !PLACES.recogniseOnly.has(key) && PLACES.groups.some((g) => g.includes(key));
}

/** Does a phrase end in a word for a place ("guest room", "wine cellar", "play area")? */
export function endsInPlaceWord(phrase: string): boolean {
  const last = phraseKey(phrase).split(' ').pop() ?? '';
  return PLACE_WORDS.has(last) || PLACE_HEADS.includes(last) || ['space', 'area'].includes(last);
}

/** Alias phrases (as keys) for each room/zone. */
export function placeAliases(placesOfHome: readonly Entity[], takenNames: ReadonlySet<string>): Map<Entity, Set<string>> {
  return placeVocabulary(placesOfHome, takenNames).aliases;
}

/**
 * The aliases of each room/zone, and the words several places share ("kids room" for two kids' rooms, "bedroom" for
 * the master and the guest bedroom): those name all of them, so a question with one asks back which.
 */
export function placeVocabulary(placesOfHome: readonly Entity[], takenNames: ReadonlySet<string>): { aliases: Map<Entity, Set<string>>; shared: Map<string, Entity[]>; guessed: Set<string>; owners: Map<string, Entity[]> } {
  const shared = new Map<string, Entity[]>();
  const guessed = new Set<string>();
  const owners = new Map<string, Entity[]>();
  const out = aliasesOf(PLACES, placesOfHome, takenNames, { shared, guessed });
  for (const place of placesOfHome) {
    if (place.entity_type !== 'room') continue;
    const key = phraseKey(place.name);
    for (const form of ownerForms(key, PLACE_WORDS)) if (!takenNames.has(form)) out.get(place)?.add(form);
    for (const stem of ownerWords(key, PLACE_WORDS).flatMap(ownerStems)) {
      const list = owners.get(stem) ?? [];
      if (!list.includes(place)) list.push(place);
      owners.set(stem, list);
    }
  }
  // "outside", "outdoors": the one zone the data calls outdoor (its kind/type field, its name or description); with no
  // such zone, the rooms it calls outdoor or that are gardens and terraces (all of them, so a question asks which).
  const zones = placesOfHome.filter((p) => p.entity_type === 'zone' && isOutdoor(p, OUTSIDE));
  const rooms = placesOfHome.filter((p) => p.entity_type === 'room' && (isOutdoor(p, OUTDOOR_ROOM) || [...(out.get(p) ?? [])].some((a) => OUTDOOR_ROOM.includes(a))));
  const outdoor = zones.length === 1 ? zones : zones.length === 0 ? rooms : [];
  const [one] = outdoor;
  for (const word of OUTSIDE) {
    if (takenNames.has(word)) continue;
    if (outdoor.length === 1 && one) out.get(one)?.add(word);
    else if (outdoor.length > 1 && outdoor.length <= MAX_SHARED) shared.set(word, outdoor);
  }
  return { aliases: out, shared, guessed, owners };
}

/** A place whose kind/type/category/zone/floor field, name or short description says one of the words. */
function isOutdoor(place: Entity, words: readonly string[]): boolean {
  const said = ['kind', 'type', 'category', 'zone', 'zone_type', 'floor', 'environment', 'description'].map((f) => place.content[f]).filter((v): v is string => typeof v === 'string');
  said.push(place.name);
  return said.some((v) => phraseKey(v).split(' ').some((w) => words.includes(w)));
}

/** Alias phrases (as keys) for each door and window. */
export function openingAliases(openingsOfHome: readonly Entity[], takenNames: ReadonlySet<string>): Map<Entity, Set<string>> {
  return aliasesOf(OPENINGS, openingsOfHome, takenNames);
}

/** The "room" group ("rum", "zimmer") is in almost every name: it is never a word the rooms share. */
const GENERIC_WORD = 'room';
/** A word more places share than this is no useful question back. */
const MAX_SHARED = 4;

/**
 * `places` (rooms and zones only) turns on near forms of names, collects the words of groups several places claim
 * (`shared`) and the aliases read from near forms (`guessed`).
 */
function aliasesOf({ groups: GROUPS, recogniseOnly: RECOGNISE_ONLY }: Vocabulary, placesOfHome: readonly Entity[], takenNames: ReadonlySet<string>, places?: { shared: Map<string, Entity[]>; guessed: Set<string> }): Map<Entity, Set<string>> {
  const near = places !== undefined;
  const shared = places?.shared;
  const out = new Map<Entity, Set<string>>();
  const claims = new Map<number, Entity[]>();
  const found: Array<{ place: Entity; key: string; group: number; member: string; compound?: boolean }> = [];
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
    const claim = (g: number): void => {
      const list = claims.get(g) ?? [];
      if (!list.includes(place)) list.push(place);
      claims.set(g, list);
    };
    let exact = false;
    for (const key of keys) {
      GROUPS.forEach((group, g) => {
        const member = group.find((m) => ` ${key} `.includes(` ${m} `));
        if (!member) return;
        exact = true;
        found.push({ place, key, group: g, member });
        claim(g);
      });
    }
    // A name no lexicon word says outright ("Garaaž", "Saunamaja"): a near form or compound of one. Only the name:
    // a description is written in words people use.
    if (near && !exact) {
      const key = phraseKey(place.name);
      GROUPS.forEach((group, g) => {
        const hit = nearMember(key, group.filter((m) => !RECOGNISE_ONLY.has(m)));
        if (!hit) return;
        found.push({ place, key, group: g, member: hit.word, compound: hit.compoundStart });
        claim(g);
      });
    }
  }
  for (const { place, key, group, member, compound } of found) {
    const aliases = out.get(place);
    if (!aliases) continue;
    const claimants = claims.get(group) ?? [];
    const alone = claimants.length === 1;
    if (shared && !alone && !GROUPS[group]?.includes(GENERIC_WORD) && claimants.length <= MAX_SHARED) {
      for (const other of GROUPS[group] ?? []) if (!RECOGNISE_ONLY.has(other) && !takenNames.has(other)) shared.set(other, claimants);
    }
    const add = (alias: string): void => {
      if (takenNames.has(alias)) return;
      aliases.add(alias);
      if (guess) places?.guessed.add(alias);
    };
    const guess = compound !== undefined;
    for (const other of GROUPS[group] ?? []) {
      if (RECOGNISE_ONLY.has(other)) continue;
      const variant = ` ${key} `.replace(` ${member} `, ` ${other} `).trim();
      add(variant);
      if (alone) add(other);
      // "the sauna house" for "Saunamaja": the compound's first part said with a head word of its own.
      if (compound && !variant.includes(' ')) for (const head of PLACE_HEADS) add(`${variant} ${head}`);
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
