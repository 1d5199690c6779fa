// Brazilian Portuguese as people type it in a chat ("a luz da sala tá acesa?", "cadê o controle", "liga o ar pfv"):
// the spoken forms are read as the written ones (lexicon/brazilian.json: tá = está, pra = para, cadê = onde está,
// "o ar" = the air conditioner) and the words of tone are left out, so that the Portuguese sentence frames read the
// rest. Only a sentence with a form no other language writes ("tá", "cadê", "pra", "pfv") or that opens the Portuguese
// way ("liga", "quais") is touched, and a word the home names something with stays a name.
import lexicon from './lexicon/brazilian.json';
import { spokenFormsReader, spokenFormsSchema } from './spokenForms';

/** The sentence with its Brazilian spoken forms written out; unchanged when it has none. */
export const brazilianInWriting = spokenFormsReader(spokenFormsSchema.parse(lexicon));
