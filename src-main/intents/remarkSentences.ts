// "Switch it on. Want a bath.", "Turn it on. Soldering.": a request typed as a sentence of its own, then a short
// sentence saying why. Read as one, the reason's words became part of the target and the request was declined. The
// sentences after a request are dropped only when each is short, asks nothing, opens with no request verb and has no
// word that names something of the home or says a kind; otherwise the text stays as typed ("Turn it on. The kitchen
// one." keeps its second sentence).
import { kindForPhrase, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { namesSomething } from './kindClaims';
import { REQUEST_VERBS } from './commandReasons';
import { LIMITS } from './oneCommandSentence';

/** A sentence break after a full stop or an exclamation mark (a question mark ends no remark: it asks). */
const BREAK = /(?<=[.!])\s+(?=\S)/;
/** A remark longer than this is something said, not a reason tacked on. */
const MAX_REMARK_WORDS = 5;
/** Longer text is no spoken request. */
const MAX_SENTENCES = 3;

const keyOf = (word: string): string => word.toLowerCase().replace(/['’]/g, '').replace(/[?!.,;:]+$/, '');

/** The request sentence alone when every sentence after it is a short remark; the text unchanged otherwise. */
export function withoutRemarkSentences(text: string, snapshot: HomeSnapshot): string {
  const sentences = text.trim().split(BREAK);
  if (sentences.length < 2 || sentences.length > MAX_SENTENCES) return text;
  const [request = '', ...remarks] = sentences;
  if (!REQUEST_VERBS.has(keyOf(request.split(/\s+/)[0] ?? ''))) return text;
  return remarks.every((r) => isRemark(r, snapshot)) ? request.replace(/[.!]+$/, '') : text;
}

export function isRemark(sentence: string, snapshot: HomeSnapshot): boolean {
  // "Not the immersion.", "Only the big one.": a sentence that corrects or limits the request is no remark.
  if (/\?\s*$/.test(sentence) || LIMITS.test(sentence.trim())) return false;
  const words = sentence.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_REMARK_WORDS || REQUEST_VERBS.has(keyOf(words[0] ?? ''))) return false;
  return words.every((w) => !/\d/.test(w) && !namesSomething(snapshot, w) && kindForPhrase(phraseKey(w)) === undefined);
}
