// "start the gen" → "I couldn't classify these 3 devices, so one of them may be: Big Gen, Changeover and small gen" →
// "the small one": the reply picks one of the devices the command's answer listed, so the command is asked again of
// that one ("start the small gen"), not answered with what the device reads (which said "power off" to a command).
import type { Focus } from './ConversationFocus';
import { listedOneSaid } from './listedOneSaid';

/** A reply that is only "the X one". */
const ONLY_THE_WORD_ONE = /^\s*(?:and\s+)?the\s+\p{L}[\p{L}'’-]*\s+one\s*[?.!]*\s*$/iu;

/** The last command with its target replaced by the one listed device the reply picks, or undefined. */
export function listedOneCommanded(text: string, focus: Focus, isCommand: boolean): string | undefined {
  if (!isCommand || focus.clarify || !ONLY_THE_WORD_ONE.test(text)) return undefined;
  const target = focus.slots['target'];
  const said = target && 'text' in target ? target.text : undefined;
  const picked = listedOneSaid(text, focus.listed.filter((e) => e.entity_type === 'device'));
  if (!said || !picked) return undefined;
  const at = focus.text.toLowerCase().indexOf(said.toLowerCase());
  return at < 0 ? undefined : `${focus.text.slice(0, at)}${picked.trim()}${focus.text.slice(at + said.length)}`;
}
