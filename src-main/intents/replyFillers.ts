// The small words of a reply to "which one do you mean" that pick nothing by themselves: English "the one in", and the
// words of "the one of / in" in the languages the home's people answer in (lexicon/oneOfPlace.json's leads,
// lexicon/replyNarrowing.json's person leads: "celui du", "el de la", "die im", "yung sa"). A reply with more than one
// word that is neither a filler nor a word of the options is taken for a new question; with English fillers only,
// "cl du salon tv" (the clim of the salon TV) had two such words ("cl", "du") and picked nothing.
import { z } from 'zod';
import places from './lexicon/oneOfPlace.json';
import narrowing from './lexicon/replyNarrowing.json';
import { tokenize } from './normalizeText';

const ENGLISH = ['the', 'one', 'a', 'in', 'on', 'at', 'of', 'and', 'i', 'mean', 'meant', 'that', 'this', 'yes', 'please', 'it', 'is'];
const LEADS = z.object({ leads: z.array(z.string().min(1)) }).passthrough().parse(places).leads;
const PERSON_LEADS = z.object({ personLeads: z.array(z.string().min(1)) }).passthrough().parse(narrowing).personLeads;

/** Every filler word of a reply, English and the leads' words in other languages, as tokenize keys; none is matched
 *  against an option's description either ("el de la cocina" never picks the one described "de la abuela"). */
export const REPLY_FILLERS: ReadonlySet<string> = new Set([...ENGLISH, ...[...LEADS, ...PERSON_LEADS].flatMap((lead) => tokenize(lead).map((t) => t.key))]);
