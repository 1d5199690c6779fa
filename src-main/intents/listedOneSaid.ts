// "what does the grandad one do" right after a list of automations: "the X one" is the one listed thing whose name has
// the word X, read before X is matched against the whole home (where another thing, not listed, may also have it).
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { kindById, phraseKey } from './deviceKinds';

/** "the grandad one", "the upstairs one": one word and "one", inside a longer question. */
const THE_WORD_ONE = /\bthe\s+(\p{L}[\p{L}'’-]*)\s+one\b/iu;

/** The question with "the X one" replaced by the one listed name that has the word X, or undefined. */
export function listedOneSaid(text: string, listed: readonly Entity[], snapshot?: HomeSnapshot): string | undefined {
  const said = THE_WORD_ONE.exec(text);
  const word = said?.[1] ? phraseKey(said[1].replace(/['’]s?$/, '')) : '';
  if (!said || word.length < 3 || listed.length < 2) return undefined;
  const containing = listed.filter((e) => phraseKey(e.name).split(' ').some((w) => w === word || w.replace(/s$/, '') === word));
  // "the Tibber one" after the apps and their devices: the app named "Tibber" whole, not "Tibber Pulse" named with it.
  // A room named so is where the one is ("the kitchen one"), never the one itself.
  const whole = containing.filter((e) => phraseKey(e.name) === word && !['room', 'zone', 'home'].includes(e.entity_type));
  const named = whole.length === 1 ? whole : containing;
  // "where's the leak one" after a battery list whose leak detector is named in French: the one of that kind.
  const having = named.length === 0 && snapshot ? listed.filter((e) => kindSaysWord(e, word, snapshot)) : named;
  // "5 automations" that also cited a schedule: the kind of thing the list was mostly of settles a tie.
  const mostly = mostCommonType(listed);
  const [one, ...more] = having.length > 1 ? having.filter((e) => e.entity_type === mostly) : having;
  return one && more.length === 0 ? text.replace(THE_WORD_ONE, one.name) : undefined;
}

function mostCommonType(listed: readonly Entity[]): string | undefined {
  const counts = new Map<string, number>();
  for (const e of listed) counts.set(e.entity_type, (counts.get(e.entity_type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Whether a word of one of the device's kinds' phrases is the word ("leak" of "water leak sensor"). */
function kindSaysWord(device: Entity, word: string, snapshot: HomeSnapshot): boolean {
  return [...(snapshot.kindsOfDevice.get(device.id)?.keys() ?? [])].some((id) => kindById(id)?.phrases.some((p) => phraseKey(p).split(' ').includes(word)));
}
