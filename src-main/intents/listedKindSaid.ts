// "what about the kitchen in the caravan" (the Caravan Fridge Plug is listed there) … "is the fridge on?": a thing
// said by a kind word right after an answer that listed a place's devices is the listed one of that kind, not the
// house's own fridge found by the word alone. Only when one listed device has the word in its name or is of its kind;
// "alarm" inside "CO Alarm" is part of another kind's phrase (a CO alarm is no burglar alarm), so it does not count.
import type { Focus } from './ConversationFocus';
import { kindForPhrase, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

/** "the fridge", "the heater": one word after "the". */
const THE_WORD = /\bthe\s+(\p{L}[\p{L}-]{2,})\b/giu;

/** The question with "the <kind>" put as the one listed device of that kind, after a list of a place's devices. */
export function listedKindSaid(text: string, focus: Focus, snapshot: HomeSnapshot): string | undefined {
  if (focus.intent !== 'devices_in_place' || !/\bthe\s/i.test(text)) return undefined;
  const listed = focus.listed.filter((e) => e.entity_type === 'device');
  if (listed.length < 2) return undefined;
  for (const said of text.matchAll(THE_WORD)) {
    const word = said[1] ?? '';
    const key = phraseKey(word);
    const kind = kindForPhrase(key);
    if (!kind) continue;
    const having = listed.filter((d) => sayingOf(d.name, key) || snapshot.kindsOfDevice.get(d.id)?.has(kind.id) === true);
    const [one] = having;
    if (having.length === 1 && one) return text.replace(said[0], one.name);
  }
  return undefined;
}

/** True when the name has the kind word on its own, not as part of a longer kind phrase ("co alarm"). */
function sayingOf(name: string, key: string): boolean {
  const words = phraseKey(name).split(' ');
  const at = words.indexOf(key);
  if (at < 0) return false;
  const before = words[at - 1];
  const after = words[at + 1];
  return !(before && kindForPhrase(`${before} ${key}`)) && !(after && kindForPhrase(`${key} ${after}`));
}
