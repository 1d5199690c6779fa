// Place words of languages whose lexicon keeps them beside its other words (lexicon/welsh.json "places": "cegin",
// its mutated forms "gegin", "nghegin"): each list joins the places.json group whose first word is its key, so a room
// named "Cegin" is a kitchen the way one named "Küche" is; Japanese (lexicon/japanese.json): "玄関" is the entryway
// a household calls "the genkan", "キッチン" the kitchen; Thai (lexicon/thai.json): "ห้องนอน" is a bedroom. One language's words stay in one file.
import { z } from 'zod';
import welsh from './lexicon/welsh.json';
import japanese from './lexicon/japanese.json';
import thai from './lexicon/thai.json';

const placesSchema = z.object({ places: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)) }).passthrough();
const LANGUAGES = [welsh, japanese, thai].map((lexicon) => placesSchema.parse(lexicon).places);

/** The place groups with each language's words for them added at the end. */
export function withLanguagePlaces(groups: readonly string[][]): string[][] {
  return groups.map((group) => {
    const head = group[0] ?? '';
    const more = LANGUAGES.flatMap((places) => places[head] ?? []);
    return more.length > 0 ? [...group, ...more.filter((m) => !group.includes(m))] : [...group];
  });
}
