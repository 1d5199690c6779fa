// "Switch it on. Want a bath.", "that's high no? open the velux", "Mulțumesc. Acum stingeți-o": several sentences, one
// of them a request and the others what the asker feels, wants or thanks for. The one sentence that reads as a clean
// command is the request. Never when two sentences command (acting on one would drop the other), nor when another
// sentence corrects or limits the command ("Not the kitchen.", "Only the big one.", "Wait."): that asks for more than
// one sentence says, so the turn is left to the other readers (and declined when none reads it).
import type { IntentMatch } from './IntentEngine';

/** A sentence ends at ., ! or ? followed by a space (not "St. Mary's": a capital or digit after "St." is rare enough
 * that the sentence must still read as a whole command on its own). */
const SENTENCE_END = /(?<=[.!?])\s+(?=\S)/u;
/** A sentence that narrows, corrects or holds back a command said beside it. */
export const LIMITS = /^(?:no|not|nope|don'?t|do not|never|except|only|just|but|wait|hold on|actually|instead|leave|keep|unless|if)\b/i;
const MAX_SENTENCES = 4;

export async function oneCommandSentence(text: string, match: (t: string) => Promise<IntentMatch | undefined>): Promise<IntentMatch | undefined> {
  const sentences = text.split(SENTENCE_END).map((s) => s.trim()).filter((s) => /\p{L}/u.test(s));
  if (sentences.length < 2 || sentences.length > MAX_SENTENCES) return undefined;
  let command: IntentMatch | undefined;
  for (const sentence of sentences) {
    const read = await match(sentence);
    if (read?.category === 'control') {
      if (command || Object.values(read.slots).some((v) => v.type === 'missing' || v.type === 'ambiguous')) return undefined;
      command = read;
    } else if (LIMITS.test(sentence)) return undefined;
  }
  return command;
}
