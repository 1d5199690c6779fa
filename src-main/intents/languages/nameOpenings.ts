// "apague las luces LED" where the device is "Luces LED de Mateo": the first words of a device's name, said without
// the rest, still name it. Read word by word into English ("lights led") they no longer match anything and the
// command is declined; kept as the home writes them, the resolver finds the one device (or asks which of several).
// Only an opening of two words or more that ends in a content word ("luces led", never "luz de"), and cached per
// snapshot: the name list depends only on the home.
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../deviceKinds';

const OPENINGS = new WeakMap<HomeSnapshot, Set<string>>();
const MIN_WORDS = 2;

/** The phrase keys of the openings of the home's device names ("luces led" of "Luces LED de Mateo"). */
function openingsOf(snapshot: HomeSnapshot, joining: ReadonlySet<string>): Set<string> {
  const known = OPENINGS.get(snapshot);
  if (known) return known;
  const out = new Set<string>();
  for (const device of snapshot.devices) {
    const words = phraseKey(device.name).split(' ');
    for (let len = MIN_WORDS; len < words.length; len++) {
      if (joining.has(words[len - 1] ?? '')) continue;
      out.add(words.slice(0, len).join(' '));
    }
  }
  OPENINGS.set(snapshot, out);
  return out;
}

/** How many words from `at` open a device's name (0 when fewer than two do). */
export function nameOpeningAt(words: readonly string[], at: number, snapshot: HomeSnapshot, joining: ReadonlySet<string>): number {
  if (at + MIN_WORDS > words.length) return 0;
  const openings = openingsOf(snapshot, joining);
  for (let len = Math.min(snapshot.longestPhrase, words.length - at); len >= MIN_WORDS; len--) {
    if (openings.has(phraseKey(words.slice(at, at + len).join(' ')))) return len;
  }
  return 0;
}
