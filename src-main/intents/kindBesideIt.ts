// "where is the manual for the pump next to it", "is the lamp beside it on" right after a question about one device:
// the thing of that kind in the same room. Read as a pronoun, "it" put the device's name into the sentence ("the pump
// next to Wassermelder Waschküche") and the name won over the kind, so the answer was about the wrong device; an
// answer like "there is no manual for <that device>" is then a wrong none about the pump asked for.
import type { Focus } from './ConversationFocus';
import { kindForPhrase, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

const BESIDE_IT = /\b(?:the\s+)?(\p{L}+(?:\s+\p{L}+)?)\s+(?:next to|beside|near|by|close to)\s+(?:it|that|that one|this one)\b/iu;

/** Words before "next to it" that name no thing ("what's next to it", "anything near it"). */
const NO_THING: ReadonlySet<string> = new Set(['what', "what's", 'whats', 'is', 'are', 'anything', 'something', 'thing', 'things', 'one', 'stuff', 'else', 'there', 'room', 'who', 'where']);

/** The turn with "the <kind> next to it" said as "the <kind> in <the room of the device in focus>", else as typed. */
export function kindBesideIt(text: string, focus: Focus, snapshot: HomeSnapshot): string {
  const found = BESIDE_IT.exec(text);
  const subject = focus.subjects[0];
  if (!found?.[1] || subject?.entity_type !== 'device') return text;
  const typed = found[1].split(/\s+/);
  // The thing said right before "next to": a kind ("water heater"), or its last word ("pump", "for" kept of "for pump").
  const whole = kindForPhrase(phraseKey(found[1])) !== undefined;
  const last = typed[typed.length - 1] ?? '';
  if (!whole && !kindForPhrase(phraseKey(last)) && (last.length < 3 || NO_THING.has(last.toLowerCase()))) return text;
  const kept = !whole && typed.length > 1 ? `${typed[0]} ` : '';
  const room = snapshot.placeOfDevice.get(subject.id);
  if (!room) return text;
  return `${text.slice(0, found.index)}${kept}the ${whole ? found[1] : last} in ${room.name}${text.slice(found.index + found[0].length)}`;
}
