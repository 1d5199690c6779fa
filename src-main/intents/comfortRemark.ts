// "set 26 la, too cold", "too cold for her, set 28", "set that one to 23, too cold": a remark on how it feels, said
// beside a request as its reason, is no part of it. Read as words of the request it made the target a name nobody has,
// or turned the request into a question about the setting. Only a clause made of the remark's words alone
// (lexicon/comfortRemarks.json) is dropped, and only when the other clause opens with a request verb; "is it too cold
// in the nursery" and "turn off the lights, the kitchen ones" are left as typed.
import LEXICON from './lexicon/comfortRemarks.json';

const FEEL: ReadonlySet<string> = new Set(LEXICON.feel);
const DEGREE: ReadonlySet<string> = new Set(LEXICON.degree);
const LEAD: ReadonlySet<string> = new Set(LEXICON.lead);
const TAIL: ReadonlySet<string> = new Set(LEXICON.tail);
const PERSONS: ReadonlySet<string> = new Set(LEXICON.persons);

const keyOf = (word: string): string => word.toLowerCase().replace(/['’]/g, '').replace(/[?!.,;:]+$/, '');

/** "too cold", "its so hot for him", "not too cold": only the words of a remark on how it feels, with a degree. */
export function isComfortRemark(clause: string): boolean {
  const words = clause.trim().split(/\s+/).map(keyOf).filter(Boolean);
  let at = 0;
  while (at < words.length && LEAD.has(words[at] ?? '')) at++;
  let degrees = 0;
  while (at < words.length && DEGREE.has(words[at] ?? '')) {
    at++;
    degrees++;
  }
  if (degrees === 0 || !FEEL.has(words[at] ?? '')) return false;
  at++;
  if (words[at] === 'for') {
    at++;
    const start = at;
    while (at < words.length && at - start < 2 && PERSONS.has(words[at] ?? '')) at++;
    if (at === start) return false;
  }
  while (at < words.length && TAIL.has(words[at] ?? '')) at++;
  return at === words.length;
}

/** The request without a remark on how it feels on either side of its one comma; the text unchanged otherwise. */
export function withoutComfortRemark(text: string, opensRequest: (clause: string) => boolean): string {
  const parts = text.split(',');
  if (parts.length !== 2) return text;
  const [first = '', second = ''] = parts.map((p) => p.trim());
  if (isComfortRemark(second) && opensRequest(first)) return first;
  if (isComfortRemark(first) && opensRequest(second)) return second;
  return text;
}
