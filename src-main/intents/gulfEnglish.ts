// English as the Gulf speaks it carries Arabic words of tone around a request ("yalla open the gate", "lock it
// khalas", "turn it on before we reach inshallah"): they are left out (lexicon/gulfEnglish.json), as read they become
// names nobody has ("no lock is called 'khalas'"). A word the home names something with stays.
import lexicon from './lexicon/gulfEnglish.json';
import { spokenFormsReader, spokenFormsSchema } from './spokenForms';

/** The request without its Arabic words of tone; unchanged when it has none. */
export const withoutGulfTone = spokenFormsReader(spokenFormsSchema.parse(lexicon));
