// "what smoke detectors do we have" … "any in the shop?": "any" with no noun, followed by a place, asks for more of
// the kind just listed there ("are there any smoke alarms in the shop"), not what the shop has in it. Read only when
// everything the last answer listed shares one kind; otherwise the question stays as typed.
import type { Focus } from './ConversationFocus';
import type { HomeSnapshot } from './HomeIndex';
import { sharedKind } from './sharedKind';

/** "any in the shop?", "and any out in the barn", "any upstairs?": "any" then a place word, and no noun between. */
const ANY_THERE = /^(?:and\s+|what about\s+)?any(?:\s+ones?)?\s+((?:in|at|on|out|up|down|over)\b.*|upstairs.*|downstairs.*|outside.*)$/i;

/** The question asked of the listed kind in the place said, or nothing. */
export function anyOfListedKind(text: string, focus: Focus, snapshot: HomeSnapshot): string[] {
  const where = ANY_THERE.exec(text.trim())?.[1];
  if (!where) return [];
  const kind = sharedKind(focus.listed.filter((e) => e.entity_type === 'device'), snapshot);
  return kind ? [`are there any ${kind.plural} ${where.replace(/[?.!]+$/, '')}`] : [];
}
