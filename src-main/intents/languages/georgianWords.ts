// Georgian words as a household types them (lexicon/georgian.json), in Mkhedruli or texted in Latin letters, tagged by
// the job they do, and the home's names found in a sentence by their stems whatever case ending a word carries
// ("მისაღებში" is the room "მისაღები ოთახი", "ეზოს ფარანი" the lamp of that name, "radiatori chvenTan"). Keys and
// stems come from georgianLetters.ts; the home's names are stemmed once per snapshot.
import { z } from 'zod';
import raw from '../lexicon/georgian.json';
import { byEnglish, phrases } from '../lexiconTable';
import { roleList } from '../roleTable';
import { markerSet, saysMarker } from '../saidWordSet';
import { GEORGIAN, georgianCase, georgianKey, georgianStems } from './georgianLetters';
import { taggedWordsReader, type TaggedRole, type TaggedToken } from './taggedWords';

const LEXICON = z.object({
  _note: z.string(),
  // Latin-letter words only Georgian texting writes: the one check a sentence without Mkhedruli passes first.
  markers: phrases,
  particles: phrases,
  commands: byEnglish,
  questions: byEnglish,
  states: byEnglish,
  exists: phrases,
  measures: byEnglish,
  kinds: byEnglish,
  // "უკავშირდება" (connects), "მივიდე" (get to), "აკონტროლებს" (controls), "იმართება" (is controlled), "იქ"
  // (there), and the times of day and year that ask for a schedule ("ღამით" = at night).
  relations: byEnglish,
  // Room words joining the place groups (languagePlaces.ts): "აბაზანა" is a bathroom, "samzareuloshi" in the kitchen.
  places: byEnglish,
}).strict().parse(raw);

export type GeorgianRole = TaggedRole;
export type GeorgianToken = TaggedToken;

const { entries, put } = roleList<GeorgianRole>();
put('particle', LEXICON.particles);
put('relation', LEXICON.relations);
put('command', LEXICON.commands);
put('question', LEXICON.questions);
put('state', LEXICON.states);
put('exists', LEXICON.exists, 'there is');
put('measure', LEXICON.measures);
put('kind', LEXICON.kinds);

const MARKERS = markerSet(LEXICON.markers);
/** The cheap check: a Mkhedruli letter, or a word only Georgian texting writes. */
export function mayBeGeorgian(text: string): boolean {
  return GEORGIAN.test(text) || saysMarker(text, MARKERS);
}

/** The sentence's words with their jobs and the home's names they say; words of no job stay as typed. Only measures
 *  and kinds are found by their stems too ("ტემპერატურას"). */
export const georgianTokens = taggedWordsReader({ key: georgianKey, stems: georgianStems, caseOf: georgianCase, entries, byStem: new Set<GeorgianRole>(['measure', 'kind']) });
