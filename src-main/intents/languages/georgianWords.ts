// Georgian words as a household types them (lexicon/georgian.json), in Mkhedruli or texted in Latin letters, tagged by
// the job they do, and the home's names found in a sentence by their stems whatever case ending a word carries
// ("მისაღებში" is the room "მისაღები ოთახი", "ეზოს ფარანი" the lamp of that name, "radiatori chvenTan"). Keys and
// stems come from georgianLetters.ts; the home's names are stemmed once per snapshot.
import raw from '../lexicon/georgian.json';
import { saysMarker } from '../saidWordSet';
import { GEORGIAN, georgianCase, georgianKey, georgianStems } from './georgianLetters';
import { taggedLexicon } from './taggedLexicon';
import { taggedWordsReader, type TaggedRole, type TaggedToken } from './taggedWords';

export type GeorgianRole = TaggedRole;
export type GeorgianToken = TaggedToken;

const { markers: MARKERS, entries } = taggedLexicon(raw, { placesAreRoles: false });
/** The cheap check: a Mkhedruli letter, or a word only Georgian texting writes. */
export function mayBeGeorgian(text: string): boolean {
  return GEORGIAN.test(text) || saysMarker(text, MARKERS);
}

/** The sentence's words with their jobs and the home's names they say; words of no job stay as typed. Only measures
 *  and kinds are found by their stems too ("ტემპერატურას"). */
export const georgianTokens = taggedWordsReader({ key: georgianKey, stems: georgianStems, caseOf: georgianCase, entries, byStem: new Set<GeorgianRole>(['measure', 'kind']) });
