// "el parlante del quincho tmb", "a soundbar k tomu", "an her plug tae", "w el PC kaman": a turn right after a proposal
// that says it adds to it ("… too") in the asker's own language. The follow-up reader knew only English "too", "also"
// and "as well", so these were read as questions about the thing named and answered with its details. This reads the
// thing said between an addition lead ("and", "y", "a") and a trailing addition word (lexicon/additionWords.json),
// which the reader then says whole with the proposal's own verb (sameActionAgain.ts).
import { z } from 'zod';
import lexicon from './lexicon/additionWords.json';
import { escapeRegExp } from './regexText';

const schema = z.object({
  about: z.string().min(1),
  leads: z.array(z.string().min(1)),
  trailing: z.array(z.string().min(1)),
}).strict();
const LEXICON = schema.parse(lexicon);

const phrase = (p: string): string => p.split(' ').map(escapeRegExp).join('\\s+');
const anyOf = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(phrase).join('|');

/** "… también", "… k tomu please": a trailing addition word, a last word of politeness and a mark allowed after it. */
const TRAILING = new RegExp(`(?:^|[\\s,]+)(?:${anyOf(LEXICON.trailing)})(?:[\\s,]+(?:please|pls|plz|porfa|pliz))?[\\s?.!]*$`, 'iu');
/** The lead that opens an addition ("and", "y", "a"), with the word after it. */
const LEAD = new RegExp(`^\\s*(?:${anyOf(LEXICON.leads)})\\s+(?=\\S)`, 'iu');
/** A fragment that asks ("and is it on too?", "the heater, what is it set to too"), never an addition to an action. */
const ASKS = /\?|\b(?:is|are|what|whats|what's|which|how|where|when|who|does|do|did|can|could)\b/i;
/** A thing with a verb, a switch word or a number of its own says a request of its own ("y prendé el ventilador tmb",
 *  "the lamp on too", "the heat to 20 too"): it is never the last action again. */
const OWN_REQUEST = /\b(?:turn|switch|set|put|make|start|stop|run|open|close|shut|lock|unlock|arm|disarm|dim|on|off|up|down)\b|\d/i;
/** Longer than this, the turn says more than a thing added. */
const MAX_WORDS = 6;

/** The thing a turn adds to the last action ("el parlante del quincho"), or undefined when it says no addition. */
export function addedThing(text: string): string | undefined {
  // "y la guirnalda tmb, hay asado": what follows a comma after the addition is the asker's reason.
  const clause = /^([^,]+?)\s*,/.exec(text)?.[1];
  const said = (clause && TRAILING.test(clause) ? clause : text).trim();
  const trailing = TRAILING.exec(said);
  if (!trailing || ASKS.test(said) || OWN_REQUEST.test(said.slice(0, trailing.index))) return undefined;
  const thing = said.slice(0, trailing.index).replace(LEAD, '').replace(/[,;:\s]+$/, '').trim();
  const words = thing.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= MAX_WORDS && /\p{L}/u.test(thing) ? thing : undefined;
}
