// "I'm after leaving the shed light on, turn it off b'y", "our kid's left tom's lamp on again, kill it": what happened
// to a thing is said first, then a command with "it" after the comma. The "it" is the one device the first clause
// named, never the last answer's subject; read whole, the sentence was a question about the device's state ("Shed
// light is on"), and the command clause alone had no target. The device's name as said is put in the pronoun's place
// and the command is read alone. Only when the first clause names exactly one device by a name or alias of the home
// (a kind word or a place names no one device) and the clause after the comma opens with a request verb.
import { REQUEST_VERBS } from './commandReasons';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

/** Words said before the verb of the command clause ("so turn it off", "pls kill it", "can you switch it off"). */
const OPENERS: ReadonlySet<string> = new Set(['so', 'just', 'pls', 'please', 'plz', 'now', 'ok', 'okay', 'can', 'could', 'you', 'u', 'and', 'then']);
const IT = /\bit\b(?!['’])/i;
/** Longer text is no spoken command. */
const MAX_WORDS = 24;

const keyOf = (word: string): string => word.toLowerCase().replace(/['’]/g, '').replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');

/** The command clause with the device named before it in the pronoun's place, or the text unchanged. */
export function namedThenCommanded(text: string, snapshot: HomeSnapshot): string {
  const comma = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'));
  if (comma < 0 || text.includes('?') || !IT.test(text.slice(comma))) return text;
  const [head, tail] = [text.slice(0, comma).trim(), text.slice(comma + 1).trim()];
  const tailWords = tail.split(/\s+/);
  if (head.split(/\s+/).length + tailWords.length > MAX_WORDS) return text;
  let verbAt = 0;
  while (verbAt < 3 && OPENERS.has(keyOf(tailWords[verbAt] ?? ''))) verbAt++;
  if (!REQUEST_VERBS.has(keyOf(tailWords[verbAt] ?? '')) || IT.test(head)) return text;
  const named = oneDeviceNamed(head.split(/\s+/), snapshot);
  return named ? tailWords.slice(verbAt).join(' ').replace(IT, named) : text;
}

/** The words of the one device the clause names (longest names first), or undefined when it names none or several. */
function oneDeviceNamed(words: readonly string[], snapshot: HomeSnapshot): string | undefined {
  const devices = new Set<string>();
  let said: string | undefined;
  for (let at = 0; at < words.length; ) {
    let size = Math.min(snapshot.longestPhrase, words.length - at);
    for (; size > 0; size--) {
      const found = snapshot.phrases.get(phraseKey(words.slice(at, at + size).join(' '))) ?? [];
      if (found.length === 0) continue;
      for (const e of found) devices.add(e.entity_type === 'device' ? e.id : `other:${e.id}`);
      said = words.slice(at, at + size).join(' ').replace(/[,.!]+$/, '');
      break;
    }
    at += Math.max(size, 1);
  }
  return devices.size === 1 && ![...devices][0]?.startsWith('other:') ? said : undefined;
}
