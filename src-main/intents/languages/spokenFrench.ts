// Spoken French puts words where written French does not, and the sentence frames (sentenceFrames.ts) only read the
// written order. Three everyday turns are said back in the written order, for any French household:
// - "t'as éteint la clim ?" (did you turn the AC off) asks the state it left: "la clim est éteint ?".
// - "quels volets on a", "quelles prises vous avez": which of a kind the home has, "quels sont les volets" — never
//   "on" the power state.
// - "il est combien le frigo", "le congélo est à combien": the thing's reading, "le frigo est à quelle température";
//   a measure said as the thing ("la batterie du cadenas est à combien") is that measure, "quel est la batterie du …".
// The words are data (lexicon/frenchSpoken.json). A sentence without one of the marker words returns after one test.
import { z } from 'zod';
import raw from '../lexicon/frenchSpoken.json';
import { escapeRegExp } from '../regexText';

const lexicon = z.object({
  didYou: z.array(z.string()),
  participles: z.array(z.string()),
  weHave: z.array(z.string()),
  howMuch: z.array(z.string()),
  // "la batterie du cadenas est à combien": what is asked is this measure of it, not its temperature.
  measures: z.array(z.string()),
}).strict().parse(raw);

const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/'/g, "['’]")).join('|');
const OPENER = "((?:et|ok|bon|alors|mais)\\s+)?";
const NOUN_PHRASE = "((?:le|la|les|l['’]|mon|ma|mes|ton|ta|tes)\\s*\\S.*?)";
const END = '[?!.\\s]*$';
/** "t'as éteint la clim ?": the one thing the sentence is about, after "you have" and the participle. */
const DID_YOU = new RegExp(`^${OPENER}(?:${alt(lexicon.didYou)})\\s+(${alt(lexicon.participles)})\\s+${NOUN_PHRASE}${END}`, 'iu');
/** "quels volets on a": the question word, one to three words of a kind, and "we have" last. */
const WHICH_WE_HAVE = new RegExp(`^${OPENER}(quel|quelle|quels|quelles)\\s+((?:\\S+\\s+){0,2}\\S+?)\\s+(?:${alt(lexicon.weHave)})${END}`, 'iu');
/** "il est combien le frigo", "elle est à cb la cave": the pronoun first and the thing last. */
const HOW_MUCH_LAST = new RegExp(`^${OPENER}(?:il|elle)\\s+est\\s+(?:à\\s+)?(?:${alt(lexicon.howMuch)})\\s+${NOUN_PHRASE}${END}`, 'iu');
/** "le congélo est à combien": the thing first, "at how much" last (after frenchDislocation.ts left out "il"). */
const AT_HOW_MUCH = new RegExp(`^${OPENER}${NOUN_PHRASE}\\s+est\\s+à\\s+(?:${alt(lexicon.howMuch)})${END}`, 'iu');
/** One cheap test: a sentence with none of these words is left as typed. */
const MARKERS = new RegExp(`(?:^|[\\s'’])(?:${alt([...lexicon.didYou, ...lexicon.weHave, ...lexicon.howMuch])})(?=$|[\\s?!.,])`, 'iu');

/** "la batterie du …", "le niveau de …": a noun phrase whose head is a measure. */
const MEASURE_FIRST = new RegExp(`^(?:le|la|les|l['’])\\s*(?:${alt(lexicon.measures)})\\b`, 'iu');

const ARTICLE: Record<string, string> = { quel: 'le', quelle: 'la', quels: 'les', quelles: 'les' };

/** The sentence in the written order the frames read; unchanged when it has none of these turns. */
export function spokenFrench(said: string): string {
  if (!MARKERS.test(said)) return said;
  const trimmed = said.trim();
  const did = DID_YOU.exec(trimmed);
  if (did) return `${did[1] ?? ''}${did[3]} est ${did[2]} ?`;
  const which = WHICH_WE_HAVE.exec(trimmed);
  if (which) {
    const asked = (which[2] ?? '').toLowerCase();
    return `${which[1] ?? ''}${asked.endsWith('s') ? 'quels sont' : 'quel est'} ${ARTICLE[asked] ?? 'les'} ${which[3]}`;
  }
  const last = HOW_MUCH_LAST.exec(trimmed) ?? AT_HOW_MUCH.exec(trimmed);
  if (last && MEASURE_FIRST.test(last[2] ?? '')) return `${last[1] ?? ''}quel est ${last[2]}`;
  if (last) return `${last[1] ?? ''}${last[2]} est à quelle température`;
  return said;
}
