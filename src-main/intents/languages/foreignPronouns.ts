// Subject pronouns of other languages left in a question the readers could not turn whole into English ("que dias ele
// limpa?", "que horas ela rega?"): they stand for the thing the conversation is about, like "it". Read as a word of the
// question they became a name ("I found no ele light"), a confident "none" for a thing that exists. Only forms that
// are no other word in any language the engine reads are listed (lexicon/pronouns.json; Spanish "el" or Swiss "es"
// are articles and verbs elsewhere).
import { z } from 'zod';
import lexicon from '../lexicon/pronouns.json';

const schema = z.object({ singular: z.record(z.string(), z.array(z.string().min(2))) });

/** The singular subject pronouns of other languages, lower-case as typed. */
export const FOREIGN_SINGULAR_PRONOUNS: readonly string[] = Object.values(schema.parse(lexicon).singular).flat();
