// "las cortinas del barn, the east one is open?", "the bedroom lamps, the big one on?": the things are named first and
// then one of them picked by a word ("the east one"). Read as typed, the topic's article ("las") was taken for a word
// of the kind and the answer said "I found no las blind". The pick is said with the topic's words in the place of
// "one" ("the east cortinas del barn is open?"), which the readers after this read as one sentence.
/** The topic, the comma, "the <word(s)> one", and what is asked of it. */
const SHAPE = /^(?:(and|ok|so|y|n)\s+)?([^,;?]{3,60}?)\s*,\s*the\s+((?:[\p{L}-]+\s+){1,2}?)one\b(.*)$/iu;
/** Articles of the topic left out where it takes the place of "one" (English and the Romance ones people mix in). */
const ARTICLES = /^(?:the|las|los|la|el|les|le|lo|os|as|o|a)\s+/i;

/** The sentence with the topic put where "one" was; unchanged when it has no such shape. */
export function namedThenOne(said: string): string {
  if (!said.includes(',') || !/\bone\b/i.test(said)) return said;
  const shape = SHAPE.exec(said.trim());
  if (!shape) return said;
  const [, opener, topic = '', pick = '', rest = ''] = shape;
  const thing = topic.trim().replace(ARTICLES, '');
  if (thing.split(/\s+/).length > 5) return said;
  return `${opener ? `${opener} ` : ''}the ${pick.trim()} ${thing}${rest}`.replace(/\s+/g, ' ').trim();
}
