// Words said for one another that are one thing said loosely. A close whole-name typo that swaps in a word the home's
// other names use is another thing, no slip ("kipas ruang tamu kampung" is no "Lampu ruang tamu kampung": a kind word
// swapped; "lampu bilik tidur kampung" no "…kecil": a place's own word), but the words that only say a place is a
// place (lexicon/placeHeads.json: room, floor, place, flat …) are said loosely for each other: "the utility floor" is
// the Utility room, "grandad's place" his flat. The name resolver in the graph layer can't read the intent lexicon,
// so the resolver's callers here pass this (`ResolveOptions.interchangeable`).
import { z } from 'zod';
import lexicon from './lexicon/placeHeads.json';

const HEADS: ReadonlySet<string> = new Set(z.object({ heads: z.array(z.string().min(1)).min(1) }).strict().parse(lexicon).heads);

/** Both words only say that a place is a place: said for each other, they name the same place. */
export function interchangeablePlaceWords(said: string, nameWord: string): boolean {
  return HEADS.has(said) && HEADS.has(nameWord);
}
