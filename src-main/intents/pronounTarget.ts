// Whether a command's target came from a pronoun. "turn it on" takes what the conversation was about, and a device
// that answer just read as on stays "already on" (answerControl.ts). A pronoun elsewhere in the sentence ("Ugasi
// šporet, zaboravila sam ga", "close the conservatory blinds please, it's getting dark") does not make a target named
// in it one taken from the conversation: that command is said outright and proposed, its last reading said with it.
import { hasPronoun } from './ConversationFocus';
import type { IntentMatch } from './IntentEngine';
import { phraseKey } from './deviceKinds';

export function targetByPronoun(match: IntentMatch, typed: string): boolean {
  if (!hasPronoun(typed)) return false;
  const slot = match.slots['target'];
  if (slot?.type !== 'entity' && slot?.type !== 'group') return true;
  const named = phraseKey(slot.text).replace(/^the /, '');
  return named === '' || !` ${phraseKey(typed)} `.includes(` ${named} `);
}
