// Armenian words as a household types them (lexicon/armenian.json), in the Armenian script or texted in Latin letters,
// tagged by the job they do, and the home's names found in a sentence by their stems whatever case ending or article a
// word carries ("հյուրասենյակում" is in the room Հյուրասենյակ, "xohanoci lusy" the light Խոհանոցի լույս). Keys and
// stems come from armenianLetters.ts; the reading is taggedWords.ts's, as Georgian's is.
import raw from '../lexicon/armenian.json';
import { saysMarker } from '../saidWordSet';
import { ARMENIAN, armenianCase, armenianKey, armenianStems } from './armenianLetters';
import { taggedLexicon } from './taggedLexicon';
import { taggedWordsReader, type TaggedRole } from './taggedWords';

const { markers: MARKERS, entries } = taggedLexicon(raw, { placesAreRoles: true });
/** A word texted with "@" for the article ը ("balkoni@", "ps5@"). */
const TEXTED_ARTICLE = /[\p{L}\d]@(?=$|[\s?!.,])/u;
/** The cheap check: a letter of the Armenian script, a word ending in the texted article, or a word only Armenian texting writes. */
export function mayBeArmenian(text: string): boolean {
  return ARMENIAN.test(text) || TEXTED_ARTICLE.test(text) || saysMarker(text, MARKERS);
}

/** The sentence's words with their jobs and the home's names they say; words of no job stay as typed. Only measures
 *  kinds and room words are found by their stems too ("աստիճանի", "lusner", "balkoni@"); a name's number is
 *  one of its words ("Ծիրանի փական 1"). */
export const armenianTokens = taggedWordsReader({ key: armenianKey, stems: armenianStems, caseOf: armenianCase, entries, numberedNames: true, byStem: new Set<TaggedRole>(['measure', 'kind', 'place']) });
