// Scottish English says common words in their Scots forms ("pit the big light aff", "whit's the heating set tae", "is
// it baltic in the hoose the now"). They are words of the language, not names: each is read as the English word it is
// (lexicon/scots.json) before any other reading, so the rest of the engine sees English. A word the home names
// something with stays a name ("Pit lamp", a room "The Oot"); a phrase, unless the home names something with it.
import lexicon from './lexicon/scots.json';
import { spokenFormsReader, spokenFormsSchema } from './spokenForms';

/** The text with its Scots words read in English; unchanged when it has none. */
export const scotsInEnglish = spokenFormsReader(spokenFormsSchema.parse(lexicon));
