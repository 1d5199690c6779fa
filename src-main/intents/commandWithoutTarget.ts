// "office aircon on?" then "turn on 24 before I go up": a switch command that names nothing, right after a question
// about one device, is for that device (the "24" and the reason are said along). Read alone it had no target and was
// declined, and the turn after it ("and office light") then lost the command it followed.
import type { Focus } from './ConversationFocus';
import { kindsNamedIn } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { tokenize } from './normalizeText';

/** "turn on …", "switch off …": the verb and its particle, then the rest of the turn. */
const SWITCH = /^((?:turn|switch|put|shut)\s+(?:on|off))\b\s*(.*)$/i;
/** Words that point at something else than the subject: a group, a pronoun (read by other readers). */
const POINTING = new Set(['all', 'everything', 'them', 'it', 'those', 'these', 'both', 'every', 'each']);

/** The command said with the subject's name after its verb, when the turn names no thing of its own. */
export function commandWithoutTarget(text: string, focus: Focus, snapshot: HomeSnapshot): string | undefined {
  const subject = focus.subjects[0];
  if (!subject || subject.entity_type !== 'device' || focus.clarify) return undefined;
  const m = SWITCH.exec(text.trim());
  const [verb, rest] = [m?.[1], m?.[2] ?? ''];
  if (!verb) return undefined;
  const words = tokenize(rest);
  const namesThing = words.some((t) => POINTING.has(t.key) || snapshot.phrases.has(t.key) || snapshot.deviceNameKeys.has(t.key)) || kindsNamedIn(rest).size > 0;
  return namesThing ? undefined : `${verb} ${subject.name}${rest ? ` ${rest}` : ''}`;
}
