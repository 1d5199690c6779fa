// Place words of languages whose lexicon keeps them beside its other words (lexicon/welsh.json "places": "cegin",
// its mutated forms "gegin", "nghegin"): each list joins the places.json group whose first word is its key, so a room
// named "Cegin" is a kitchen the way one named "Küche" is; Japanese (lexicon/japanese.json): "玄関" is the entryway
// a household calls "the genkan", "キッチン" the kitchen; Thai (lexicon/thai.json): "ห้องนอน" is a bedroom; Ukrainian
// (lexicon/ukrainian.json) in Cyrillic and in Latin letters with its case forms: "Передпокій" is the hallway, "v kuhni"
// in the kitchen; Czech and Slovak (lexicon/czech.json) with their case forms: "v obýváku", "v kúpeľni"; Hebrew (lexicon/hebrew.json, with its joined prefixes: hebrewWords.ts): "הסלון" is the living room; Roman Urdu (lexicon/urdu.json): "kamra" is a room, "sehan" the courtyard; Egyptian Arabic (lexicon/egyptian.json): "الصالة" is the living room, "el tor2a" the hallway; Georgian (lexicon/georgian.json): "აბაზანა" is the bathroom, "მარანი" the wine cellar; Russian (lexicon/russian.json): "в ванной" in the bathroom.
// One language's words stay in one file.
import { z } from 'zod';
import welsh from '../lexicon/welsh.json';
import japanese from '../lexicon/japanese.json';
import thai from '../lexicon/thai.json';
import ukrainian from '../lexicon/ukrainian.json';
import czech from '../lexicon/czech.json';
import serbian from '../lexicon/serbian.json';
import romanian from '../lexicon/romanian.json';
import urdu from '../lexicon/urdu.json';
import georgian from '../lexicon/georgian.json';
import russian from '../lexicon/russian.json';
import { HEBREW_FORMS } from './hebrewWords';
import { PERSIAN_FORMS } from './persianWords';
import { TAMIL_FORMS } from './tamilWords';
import { EGYPTIAN_FORMS } from './egyptianWords';

const placesSchema = z.object({ places: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)) }).passthrough();
const LANGUAGES = [welsh, japanese, thai, ukrainian, czech, serbian, romanian, urdu, georgian, russian, HEBREW_FORMS, PERSIAN_FORMS, TAMIL_FORMS, EGYPTIAN_FORMS].map((lexicon) => placesSchema.parse(lexicon).places);
// Doors and windows the same way (joining lexicon/openings.json): "Вхідні двері" is the front door.
const openingsSchema = z.object({ openings: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)) }).passthrough();
const OPENING_LANGUAGES = [ukrainian, czech, serbian, romanian, HEBREW_FORMS, PERSIAN_FORMS, TAMIL_FORMS].map((lexicon) => openingsSchema.parse(lexicon).openings);

/** The place groups with each language's words for them added at the end. */
export function withLanguagePlaces(groups: readonly string[][], languages: readonly Record<string, string[]>[] = LANGUAGES): string[][] {
  return groups.map((group) => {
    const head = group[0] ?? '';
    const more = languages.flatMap((places) => places[head] ?? []);
    return more.length > 0 ? [...group, ...more.filter((m) => !group.includes(m))] : [...group];
  });
}

/** The door and window groups with each language's words for them added at the end. */
export function withLanguageOpenings(groups: readonly string[][]): string[][] {
  return withLanguagePlaces(groups, OPENING_LANGUAGES);
}
