// What people call rooms and floors, whatever language the home was set up in: a curated synonym lexicon
// (lexicon/places.json: kitchen/cocina/küche, living room/salón/lounge, office/büro/study, upstairs/first floor …)
// turned into aliases for this home's rooms and zones. A synonym said alone ("the kitchen") only names a place when
// exactly one place has that meaning; "bedroom" with two bedrooms stays a question back.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import { FLOOR_GROUP_HEADS } from './floorZoneClaims';
import { placeWordsNearNames } from './placeWordNearName';
import { descriptionOwners, ownerForms, ownerStems, ownerWords, PLACE_HEADS } from './placeNameForms';
import { GENERIC_WORD, MAX_SHARED, OPENINGS, OUTDOOR_ROOM, OUTSIDE, PLACE_WORDS, PLACES } from './placeLexicon';
import { aliasesOf } from './placeAliasesOf';

/** The lexicon's place phrases of several words ("first floor", "planta baixa"), as keys. */
export function placeWordPhrases(): readonly string[] {
  return MULTI_WORD;
}
const MULTI_WORD = PLACES.groups.flat().filter((m) => m.includes(' '));

/** Is a phrase a word for everywhere outdoors ("outside", "outdoors")? It names all the outdoor rooms at once. */
export function isOutsideWord(phrase: string): boolean {
  return OUTSIDE.includes(phraseKey(phrase).replace(/^the /, ''));
}

/** A one-word name for a kind of place ("attic", "garage", "cellar"); words that are everyday English too are not. */
export function isPlaceWord(key: string): boolean {
  return key !== GENERIC_WORD && PLACE_WORDS.has(key) && !PLACES.recogniseOnly.has(key) && !PLACES.alsoThings.has(key) && PLACES.groups.some((g) => g.includes(key));
}

/** The floor a phrase of the place lexicon says ("abajo", "ground floor" → "downstairs"), by its group's first member. */
export function floorOfWord(phrase: string): string | undefined {
  const key = phraseKey(phrase);
  return FLOOR_GROUPS.find((g) => g.includes(key))?.[0];
}
const FLOOR_GROUPS = PLACES.groups.filter((g) => FLOOR_GROUP_HEADS.has(g[0] ?? ''));

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
export function placeVocabulary(placesOfHome: readonly Entity[], takenNames: ReadonlySet<string>, deviceNames: readonly string[] = [], kindsHere: ReadonlySet<string> = new Set()): { aliases: Map<Entity, Set<string>>; shared: Map<string, Entity[]>; guessed: Set<string>; owners: Map<string, Entity[]> } {
  const shared = new Map<string, Entity[]>();
  const guessed = new Set<string>();
  const owners = new Map<string, Entity[]>();
  const out = aliasesOf(PLACES, placesOfHome, takenNames, { shared, guessed, deviceNames, kindsHere });
  placeWordsNearNames(out, placesOfHome, takenNames);
  for (const place of placesOfHome) {
    if (place.entity_type !== 'room') continue;
    const key = phraseKey(place.name);
    for (const form of ownerForms(key, PLACE_WORDS)) if (!takenNames.has(form)) out.get(place)?.add(form);
    const description = place.content['description'];
    const fromDescription = typeof description === 'string' ? descriptionOwners(description, phraseKey) : [];
    for (const stem of [...ownerWords(key, PLACE_WORDS), ...fromDescription].flatMap(ownerStems)) {
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
    else if (outdoor.length > 1 && outdoor.length <= MAX_SHARED) {
      // "decking round the front door, outside" says where the decking is, not that it is all of outdoors.
      for (const place of outdoor) out.get(place)?.delete(word);
      shared.set(word, outdoor);
    }
  }
  return { aliases: out, shared, guessed, owners };
}

/** A place whose kind/type/category/zone/floor field, name or short description says one of the words. */
function isOutdoor(place: Entity, words: readonly string[]): boolean {
  const said = ['kind', 'type', 'category', 'zone', 'zone_type', 'floor', 'environment', 'description'].map((f) => place.content[f]).filter((v): v is string => typeof v === 'string');
  said.push(place.name);
  // A member of several words ("back green", "back yard") counts said whole, never by its words ("back").
  return said.some((v) => {
    const key = phraseKey(v);
    return key.split(' ').some((w) => words.includes(w)) || words.some((m) => m.includes(' ') && ` ${key} `.includes(` ${m} `));
  });
}

/** Alias phrases (as keys) for each door and window. */
export function openingAliases(openingsOfHome: readonly Entity[], takenNames: ReadonlySet<string>): Map<Entity, Set<string>> {
  return aliasesOf(OPENINGS, openingsOfHome, takenNames);
}

/** What a device's description and model call it: the first clause up to its first preposition ("water pump" of
 * "water pump from the tank: fills …", "booster pump" of "PKm 60 booster pump on a Sonoff switch"). A clause that
 * starts with a preposition ("on the overhead tank") says where the device is, not what it is. */
export function deviceOwnHeads(device: Entity): string[] {
  return ['description', 'model']
    .map((field) => device.content[field])
    .filter((v): v is string => typeof v === 'string')
    .map((text) => ` ${text.split(/[(),;:]|\s[-–]\s/)[0] ?? ''}`.split(/\s(?:to|with|for|off|of|in|on|at|from|by|near|under|behind)\s/i)[0] ?? '')
    .map(phraseKey)
    .filter(Boolean);
}

/**
 * What an opening phrase ("front door", "back door") is called in every language the lexicon knows, as plain keys,
 * or undefined when the words are no opening. Lets a device named after its door ("Hoveddør lås") be described.
 */
export function openingSayings(phrase: string): string[] | undefined {
  const key = phraseKey(phrase);
  return OPENINGS.groups.find((group) => group.includes(key));
}
