// The word list of a language read by taggedWords.ts (Georgian, Armenian): one schema and one role table, so a language
// gives only its JSON. Room words join the roles only where the language's reader finds them in a sentence (Armenian);
// Georgian's go to the place groups instead (languagePlaces.ts).
import { z } from 'zod';
import { byEnglish, phrases } from '../lexiconTable';
import { roleList, type RoleListEntry } from '../roleTable';
import { markerSet } from '../saidWordSet';
import type { TaggedRole } from './taggedWords';

const TAGGED_LEXICON = z.object({
  _note: z.string(),
  // Latin-letter words only this language's texting writes: the one check a sentence without its script passes first.
  markers: phrases,
  particles: phrases,
  commands: byEnglish,
  questions: byEnglish,
  states: byEnglish,
  exists: phrases,
  measures: byEnglish,
  kinds: byEnglish,
  // Going, connecting, controlling, "there", and the times of day that ask for a schedule.
  relations: byEnglish,
  // Room words ("պատշգամբ" = balcony, "აბაზანა" = bathroom).
  places: byEnglish,
}).strict();

/** The language's marker words and its words tagged by their job, from its lexicon file. */
export function taggedLexicon(raw: unknown, options: { placesAreRoles: boolean }): { markers: ReturnType<typeof markerSet>; entries: RoleListEntry<TaggedRole>[] } {
  const lexicon = TAGGED_LEXICON.parse(raw);
  const { entries, put } = roleList<TaggedRole>();
  put('particle', lexicon.particles);
  put('relation', lexicon.relations);
  put('command', lexicon.commands);
  put('question', lexicon.questions);
  put('state', lexicon.states);
  put('exists', lexicon.exists, 'there is');
  put('measure', lexicon.measures);
  put('kind', lexicon.kinds);
  if (options.placesAreRoles) put('place', lexicon.places);
  return { markers: markerSet(lexicon.markers), entries };
}
