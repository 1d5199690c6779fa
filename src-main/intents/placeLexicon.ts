// The place lexicon (split from placeVocabulary.ts, a pure move): lexicon/places.json and lexicon/openings.json with
// the languages' own words (languages/languagePlaces.ts), checked and read into groups of words that mean one place,
// and the word sets read from them. placeVocabulary.ts and placeAliasesOf.ts turn them into a home's aliases.
import { z } from 'zod';
import openings from './lexicon/openings.json';
import places from './lexicon/places.json';
import { phraseKey } from './deviceKinds';
import { withLanguageOpenings, withLanguagePlaces } from './languages/languagePlaces';

export interface Vocabulary {
  groups: string[][];
  /**
   * Members written "=bad" name a room in its language ("Bad" is a bathroom) but are never said for another room:
   * they are everyday words in English too ("bad", "cave", "gang").
   */
  recogniseOnly: Set<string>;
  /**
   * Members written "~pool" name a place that is one, but are things too ("the pool water", "the pool pump"): a home
   * without such a place is not told it has none.
   */
  alsoThings: Set<string>;
}

function vocabulary(raw: string[][]): Vocabulary {
  return {
    groups: raw.map((group) => group.map((m) => phraseKey(m.replace(/^[=~]/, ''))).filter(Boolean)),
    recogniseOnly: new Set(raw.flat().filter((m) => m.startsWith('=')).map((m) => phraseKey(m.slice(1)))),
    alsoThings: new Set(raw.flat().filter((m) => m.startsWith('~')).map((m) => phraseKey(m.slice(1)))),
  };
}

export const PLACES = vocabulary(withLanguagePlaces(z.object({ places: z.array(z.array(z.string().min(1)).min(2)) }).strict().parse(places).places));
/** Doors and windows by what they are called elsewhere ("front door" for "Ytterdörr", "bay window" for "Erker"). */
export const OPENINGS = vocabulary(withLanguageOpenings(z.object({ openings: z.array(z.array(z.string().min(1)).min(2)) }).strict().parse(openings).openings));

/** Every word of the place lexicon, as keys (an owner's name is none of them). */
export const PLACE_WORDS = new Set(PLACES.groups.flat().flatMap((m) => m.split(' ')));
export const OUTSIDE = PLACES.groups.find((g) => g.includes('outside')) ?? [];
/** Rooms that are outdoors by what they are: outside words, gardens, terraces. */
export const OUTDOOR_ROOM = PLACES.groups.filter((g) => g.includes('outside') || g.includes('garden') || g.includes('terrace')).flat();
/** The "room" group ("rum", "zimmer") is in almost every name: it is never a word the rooms share. */
export const GENERIC_WORD = 'room';
/** A word more places share than this is no useful question back. */
export const MAX_SHARED = 4;

