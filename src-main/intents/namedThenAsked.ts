// A thing named first and then asked about with a pronoun ("and the heater, is it on", "the back door, is it
// locked?", "Oisín's lamp - is it still on") is a question about that thing. Read as typed, the pronoun goes to the
// conversation's focus and the answer is about the last device talked about: a confident answer about the wrong
// thing. The question is read as "is the heater on". Only a named part that opens with a determiner or that the home
// names something with whole counts, so a request before a comma ("turn off the lights, is it done") stays.
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

const NAMED_THEN_ASKED = /^(?:(?:and|so|ok|okay|what about|and what about|how about)\s+)?([^,?;:]{2,60}?)\s*[,;:-]+\s*(is|are|was|were|does|do|did|has|have|can|will)\s+(?:it|they|he|she)\b(.*)$/i;
const DETERMINER = /^(the|my|our|your|his|her|their|that|this|\p{L}+'s)\s/iu;

/**
 * Dictated, the comma is not there ("what about the immersion is that on"): after a lead word ("and", "what about")
 * and a determiner, the first "is it"/"is that" closes the thing named. Read as typed, "that" was the last device.
 */
const DICTATED = /^(?:and|so|what about|and what about|how about)\s+((?:the|my|our|your|his|her|their)\s[^,?;:]{2,50}?)\s+(is|are|was|were|does|do|did|has|have|can|will)\s+(?:it|that|they)\b(.*)$/i;

/** "and the heater, is it on" → "is the heater on"; unchanged when the sentence has no such shape. */
export function namedThenAsked(text: string, snapshot: HomeSnapshot): string {
  const shape = NAMED_THEN_ASKED.exec(text.trim()) ?? DICTATED.exec(text.trim());
  if (!shape) return text;
  const [, named = '', verb = '', rest = ''] = shape;
  if (!DETERMINER.test(named) && !snapshot.phrases.has(phraseKey(named))) return text;
  return `${verb.toLowerCase()} ${named}${rest}`;
}
