// Hebrew words for places and kinds (lexicon/hebrew.json), for homes that name their rooms and devices in Hebrew and
// households that say them in English sentences ("the mazgan", "the mamad", "trisim"). Hebrew writes its article and
// its one-letter prepositions joined to the word ("הסלון" = the living room, "במטבח" = in the kitchen, "והתנור" = and
// the oven), so every Hebrew word is also listed with each of the lexicon's prefixes: "הסלון של סבתא" holds the place
// word "סלון" the way "Savta's living room" holds "living room". Only Hebrew-script words get prefixes; transliterated
// ones are spelled as said. The lists join the place groups, openings and kinds (languagePlaces.ts, languageKinds.ts).
import { z } from 'zod';
import raw from '../lexicon/hebrew.json';

const byKey = z.record(z.string().min(1), z.array(z.string().min(1)).min(1));
const LEXICON = z.object({
  // One-letter (and two-letter) prefixes written joined to the next word: the article, in/to/from, and, that.
  prefixes: z.array(z.string().regex(/^[\u05d0-\u05ea]{1,2}$/)).min(1),
  // Plurals as the household says them ("trisim" = shutters, "מזגנים" = air conditioners): no English "s" says so.
  plurals: z.array(z.string().min(1)),
  // Place words by the head of a places.json group ("=" and "~" as there).
  places: byKey,
  // Door and window words by the head of an openings.json group.
  openings: byKey,
  // Kind words by a kinds.json id.
  kinds: z.record(z.string().regex(/^[a-z_]+$/), z.array(z.string().min(1)).min(1)),
}).strict().parse(raw);

const HEBREW_FIRST = /^[=~]?[\u05d0-\u05ea]/u;

/** A word with each prefix written before its first Hebrew word ("=חדר" → "=החדר", "=בחדר" …). */
function withPrefixes(word: string): string[] {
  if (!HEBREW_FIRST.test(word)) return [word];
  const mark = /^[=~]/.test(word) ? word[0] : '';
  const bare = mark ? word.slice(1) : word;
  return [word, ...LEXICON.prefixes.map((p) => `${mark}${p}${bare}`)];
}

function expanded(lists: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(lists).map(([key, words]) => [key, [...new Set(words.flatMap(withPrefixes))]]));
}

/** The lexicon as languagePlaces.ts and languageKinds.ts read a language: places, openings and kinds with every form. */
export const HEBREW_FORMS = {
  places: expanded(LEXICON.places),
  openings: expanded(LEXICON.openings),
  kinds: expanded(LEXICON.kinds),
};

/** The plurals with their prefixed forms ("התריסים"), as typed in lowercase. */
const PLURALS: ReadonlySet<string> = new Set(LEXICON.plurals.flatMap(withPrefixes));

/** Is a word a Hebrew plural (or one said in Latin letters)? "close the trisim" asks of every shutter, as "shutters" does. */
export function hebrewPlural(word: string): boolean {
  return PLURALS.has(word);
}
