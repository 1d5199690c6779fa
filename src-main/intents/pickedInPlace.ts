// The last question said again with the one a reply picked in place of the words the question back was about. Read in
// English, a command may hold those words twice: "zakljucaj bravu" ("lock the lock") reads as "lock lock", and the
// question back is about "lock". Put in at the first occurrence, the pick took the verb's place ("Nuki brava lock") and
// the reply "nuki" was answered with the lock's details instead of the command. Each occurrence is tried, and the one
// whose rewriting is still the question's own request (its intent) wins. The words asked back about are the resolver's,
// without the question's punctuation ("water heater pls 浪费电" of "the water heater pls, 浪费电"): found across it too.
import type { IntentEngine } from './IntentEngine';
import { escapeRegExp } from './regexText';

/** Where the phrase's words stand in the sentence, one after another with spaces or punctuation between. */
function occurrences(sentence: string, phrase: string): { at: number; length: number }[] {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join('[\\s,;:.!?]+'), 'giu');
  return [...sentence.matchAll(pattern)].map((m) => ({ at: m.index, length: m[0].length }));
}

/**
 * The last question with the picked name in place of the phrase asked back about, or undefined when the phrase is not
 * in it. Of several occurrences, the first whose rewriting keeps the question's intent; else the first, as before.
 */
export async function pickedInPlace(engine: IntentEngine, sentence: string, phrase: string, picked: string, intent: string): Promise<string | undefined> {
  const rewritings = occurrences(sentence, phrase).map(({ at, length }) => `${sentence.slice(0, at)}${picked}${sentence.slice(at + length)}`);
  if (rewritings.length < 2) return rewritings[0];
  for (const rewriting of rewritings) if ((await engine.match(rewriting))?.intent === intent) return rewriting;
  return rewritings[0];
}
