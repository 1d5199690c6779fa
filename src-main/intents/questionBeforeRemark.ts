// "how do I clean the pool filter, Rudy usually does it but he's out with his back", "who's coming for thanksgiving,
// I want to make sure the casita is ready": a question, a comma, then a remark with its own subject (a pronoun or a
// name) about the asker's day. Read whole, the remark's words went into the question's subject and the mentions parse
// took them for other things. The clause before the comma is the question when it reads cleanly and the whole
// sentence was read only from its mentions (or not at all).
import type { IntentMatch } from './IntentEngine';

/** A remark opens with its own subject: a pronoun, or a capitalised name ("Rudy usually does it", "Dale's out"). */
const PRONOUN_SUBJECT = /^(?:i|i'm|im|i've|ive|i'll|i'd|we|we're|we've|we'll|he|he's|hes|she|she's|shes|they|they're|theyre|you|you're|my|our)\b/i;
const NAME_SUBJECT = /^\p{Lu}\p{Ll}+(?:['’]s)?\s+\p{L}/u;
/** A clause that asks on, corrects or adds to the question is no remark ("and the gate", "or the den", "which one"). */
const NOT_A_REMARK = /^(?:and|or|but|also|plus|then|what|which|who|whose|where|when|how|is|are|was|were|do|does|did|can|could|will|would|should|not|no|only|just|except|please)\b/i;

export function remarkAfterComma(text: string): { question: string; remark: string } | undefined {
  const at = text.indexOf(',');
  // A question mark after the comma ends the whole question ("Da li u mojoj sobi, Dedinoj sobi, ima klima?").
  if (at < 8 || text.includes('?')) return undefined;
  const question = text.slice(0, at).trim();
  const remark = text.slice(at + 1).trim().replace(/[.!]+$/, '');
  // "…, Tunde's lamp" names the thing again: a remark is a clause of several words, with no second comma.
  if (remark.includes(',') || remark.split(/\s+/).length < 4 || NOT_A_REMARK.test(remark)) return undefined;
  if (!PRONOUN_SUBJECT.test(remark) && !NAME_SUBJECT.test(remark)) return undefined;
  return { question, remark };
}

/** The question before a remark, when it reads cleanly and the whole read no better than by its mentions. */
export async function questionBeforeRemark(text: string, whole: IntentMatch | undefined, match: (t: string) => Promise<IntentMatch | undefined>, hasProblem: (m: IntentMatch) => boolean): Promise<IntentMatch | undefined> {
  if (whole && !whole.template.startsWith('slots:') && !hasProblem(whole)) return undefined;
  const split = remarkAfterComma(text);
  if (!split) return undefined;
  const read = await match(split.question);
  return read && !hasProblem(read) ? read : undefined;
}
