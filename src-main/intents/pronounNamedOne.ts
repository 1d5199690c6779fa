// "is the water heater on?" … "turn it on": the pronoun stands for the one device the answer was about ("Water
// Heater"), whose name was put in for it. When that name is also a kind word ("water heater" is the kind of "Water
// Heater Villa" too), the command's target reads ambiguous; the device the conversation is about, named exactly as the
// words put in, is the one meant, never a question back about every device of the kind.
import type { Focus } from './ConversationFocus';
import { phraseKey } from './deviceKinds';
import type { IntentMatch } from './IntentEngine';

/** A lock, door, gate or alarm is never acted on from a reading of "it": those keep asking which. */
const ASKS_WHICH: ReadonlySet<string> = new Set(['lock', 'unlock', 'open', 'close', 'arm', 'disarm']);

/** The match with its ambiguous target narrowed to the subject a pronoun stood for, when its name was said whole. */
export function pronounNamedOne(match: IntentMatch, focus: Focus | undefined, byPronoun: boolean): IntentMatch {
  const slot = match.slots['target'];
  const subject = focus?.subjects[0];
  if (!byPronoun || !subject || slot?.type !== 'ambiguous' || focus?.clarify || ASKS_WHICH.has(match.intent)) return match;
  const said = phraseKey(slot.text.replace(/^the\s+/i, ''));
  const one = slot.candidates.find((c) => c.id === subject.id && phraseKey(c.name) === said);
  return one ? { ...match, slots: { ...match.slots, target: { type: 'entity', text: slot.text, entity: one, how: 'exact' } } } : match;
}
