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

/** "open it ima take the car", "turn it off i'll be back late": the asker's next doing, with no comma before it. */
const DOING_NEXT = /\s+(?=(?:ima|imma|i'ma|i’ma|i'll|i’ll|we'll|we’ll|i'm|i’m|im|we're|we’re|gonna)\s+\p{L})/iu;

/** What the asker or someone else is doing or wants, said after a request ("Ramesh is outside", "guests are parking"). */
const SAYS_WHY = /\b(?:is|are|am|was|were|wants?|needs?|coming|going|leaving|arriving|waiting|parking|here|ima|imma|gonna|im)\b|\p{L}['’](?:s|re|m|ma|ll)\b/iu;

/**
 * "ok open it, Ramesh is outside with the car": a clean command before the comma, and after it what someone is doing
 * (no command, nothing that limits it). Read whole, the "is" of the reason made it a question whether the gate is open.
 */
export async function commandBeforeReason(text: string, match: (t: string) => Promise<IntentMatch | undefined>): Promise<IntentMatch | undefined> {
  const at = /[,;]\s*/.exec(text) ?? DOING_NEXT.exec(text);
  if (!at || at.index < 4) return undefined;
  const rest = text.slice(at.index + at[0].length).trim();
  if (!SAYS_WHY.test(rest) || LIMITS.test(rest) || /[,;]/.test(rest)) return undefined;
  const request = await match(text.slice(0, at.index));
  if (request?.category !== 'control' || Object.values(request.slots).some((v) => v.type === 'missing' || v.type === 'ambiguous')) return undefined;
  const after = await match(rest);
  return after?.category === 'control' ? undefined : request;
}
