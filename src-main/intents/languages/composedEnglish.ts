// The English a stem-and-ending reader composes from its tokens (Basque, Indonesian, Lithuanian, Turkish): one
// spelling of "what is the X of Y" and of a lexicon noun's plural, so the readers' answers stay worded alike.

/** "what is its X", "what is the X in Y" (a place already said with "in"), "what is the X of Y". */
export function measureQuestion(measure: string, thing: string): string {
  if (!thing) return `what is its ${measure}`;
  return thing.startsWith('in ') ? `what is the ${measure} ${thing}` : `what is the ${measure} of ${thing}`;
}

/** A noun of the reader's lexicon said in its English plural ("which lights are on"); the home's own words as typed. */
export function lexiconPlural(nouns: ReadonlySet<string>, thing: string): string {
  return nouns.has(thing) && !thing.endsWith('s') ? `${thing}s` : thing;
}
