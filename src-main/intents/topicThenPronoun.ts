// "rullegardina på soverommet vårt, e den nede", "varmtvannsberederen, e den på": Norwegian (and the other
// verb-second languages) names the thing first and asks about it with a pronoun after a comma. Read clause by clause,
// the thing went unread and the pronoun to the last device talked about. The thing is put in the pronoun's place
// ("e rullegardina på soverommet vårt nede"), so the language's reader reads one question. Only a clause that opens
// with a copula or state verb of the language and then one of its pronouns counts; the cheap check is the comma.
import { VERB_SECOND_LEXICON } from './languages/verbSecondLexicon';

const SHAPE = /^([^,;?]{3,80}?)\s*,\s*(\S+)\s+(\S+)\b(.*)$/u;

/** The sentence with its topic in the pronoun's place, or undefined when it has no such shape. */
export function topicThenPronoun(typed: string): string | undefined {
  if (!typed.includes(',')) return undefined;
  const shape = SHAPE.exec(typed.trim());
  if (!shape) return undefined;
  const [, topic = '', verb = '', pronoun = '', rest = ''] = shape;
  const [v, p] = [verb.toLowerCase(), pronoun.toLowerCase()];
  for (const lang of Object.values(VERB_SECOND_LEXICON)) {
    if ((lang.copulas[v] === undefined && lang.stateVerbs[v] === undefined) || lang.pronouns[p] === undefined) continue;
    // "og …, e den på": the follow-up opener stays first.
    const opener = Object.keys(lang.followUps).find((f) => topic.toLowerCase().startsWith(`${f} `));
    const thing = opener ? topic.slice(opener.length + 1) : topic;
    return `${opener ? `${opener} ` : ''}${verb} ${thing}${rest}`;
  }
  return undefined;
}
