// "what happens if the fire alarm goes off", "what happens when the NVR disk fills up": asked of what the home does
// then, which its automations say first, and its manuals, notes and procedures when none acts. Before, the advice
// reading took the question first (a procedure of the fire alarm hid the automation that lights the escape route), or
// the automations answered alone ("No automations affect NVR" while its manual says the oldest recordings are
// overwritten): each a wrong none. "what do I do if …" stays the documents' question (adviceFromKnowledge.ts).
import type { IntentAnswerInput } from './IntentAnswerInput';
import { adviceCue, adviceFromKnowledge, saidFrom } from './adviceFromKnowledge';
import { formatSteps } from './answerKnowledge';

/** "what happens", "what'll happen", "what would happen": a question of what follows, not of what to do. */
const WHAT_HAPPENS = /\bwhat(?:'s|'ll| is| will| would| does| did)? happen(?:s|ed)?\b/;
/** The question asks what the asker should do: the documents' question, whatever else it says. */
const WHAT_TO_DO = /\bwhat (?:do|should|can) (?:i|we|you) do\b|\bwhat to do\b/;

/** An automations reading of "what happens if/when …": the automations answer first, then the documents. */
export function asksWhatHappens(intent: string, text: string): boolean {
  if (intent !== 'automations_for_device') return false;
  const lower = text.toLowerCase().replace(/[’‘`]/g, "'");
  return WHAT_HAPPENS.test(lower) && !WHAT_TO_DO.test(lower);
}

/**
 * What the home's documents say of the happening asked, when the automations answer cited no automation (so it was
 * a "none"): a sentence of a manual or note, or a procedure whole; undefined when no document holds enough of it.
 */
export function documentsOnHappening(input: IntentAnswerInput, text: string): string | undefined {
  const automated = input.answer.citedIds().some((id) => input.snapshot.byId.get(id)?.entity_type === 'automation');
  if (automated) return undefined;
  const found = adviceFromKnowledge(input.snapshot, input.match, text, adviceCue(text) ?? 'situation', input.context.role === 'admin');
  if (!found) return undefined;
  input.answer.cite(found.doc);
  return found.whole ? formatSteps(found.doc) : saidFrom(found);
}
