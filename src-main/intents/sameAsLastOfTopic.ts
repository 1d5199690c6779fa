// "And the back door lock, is that the same app?" right after which app runs the front door lock: a topic said first,
// then "the same <word>" of what was just asked, is the last question asked again of the topic. Read as "is <subject>
// the same app" it found a list of apps and no app of the back door lock, a wrong "none"; the word must be one the last
// question said ("app"), or the turn is a question of its own.
import { substitutions, type Focus } from './ConversationFocus';
import { tokenize } from './normalizeText';

/** A topic first, a comma, then "is that / does it use … the same <word>". */
const TOPIC_THEN_SAME = /^(?:and\s+|what about\s+|how about\s+)?((?:the|my|our|your)\s+[^,?.!]{2,40}?)\s*,\s*(?:is|are|does|do|has|uses?)\s+(?:that|it|this|they|those)\s+(?:\p{L}+\s+)?(?:the\s+)?same\s+(\p{L}+)[?.!\s]*$/iu;

/** The last question asked of the topic, when the turn asks whether the topic has "the same" of what was asked. */
export function sameAsLastOfTopic(text: string, focus: Focus): string | undefined {
  const m = TOPIC_THEN_SAME.exec(text.trim());
  const [topic, word] = [m?.[1], m?.[2]];
  if (!topic || !word || focus.clarify) return undefined;
  const key = tokenize(word)[0]?.key;
  if (!key || !tokenize(focus.text).some((t) => t.key === key)) return undefined;
  // "the back door lock" said where the last question had "the front door lock": the article is put back as it was.
  return substitutions(focus, topic.replace(/^the\s+/i, ''))[0];
}
