// Swiss German as people type it ("isch s Liecht no aa?", "mach d Heizig uf 21", "hämmer öppis vo Bosch?"): each
// spoken form is read as the Standard German word it is (lexicon/swissGerman.json), so that the German readers read
// the rest. Only a sentence with a form Standard German does not write ("isch", "aa", "zue", "hämmer") is touched,
// and a word the home names something with stays a name ("Chuchi Decke").
import lexicon from './lexicon/swissGerman.json';
import { spokenFormsReader, spokenFormsSchema } from './spokenForms';

/** The sentence in Standard German; unchanged when it has no Swiss German form. */
export const swissInGerman = spokenFormsReader(spokenFormsSchema.parse(lexicon));
