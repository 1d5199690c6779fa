// "is the skidoo charging" for the home's "Ski-Doo battery tender", "the wifi" for "Wi-Fi extender": a name written
// with a hyphen is typed as one word. The words of the home's names are looked up by their joined form, so the typed
// word is read as the name's ("ski-doo"); found nowhere, the search said "nothing mentions skidoo": a wrong none.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';
import { namesSomething } from './kindClaims';

/** Per snapshot: joined form of a hyphenated name word ("skidoo") → the word as the home writes it ("Ski-Doo"). */
const joinedWords = perSnapshot((snapshot: HomeSnapshot): Map<string, string> => {
  const out = new Map<string, string>();
  // Devices (and windows) first, their spelling wins; then every other named thing, `byId` holding the devices too.
  const listed = new Set(snapshot.devices);
  const others = [...snapshot.byId.values()].filter((e) => e.entity_type !== 'note' && !listed.has(e));
  const named: Entity[] = [...snapshot.devices, ...others];
  for (const e of named) {
    for (const word of e.name.split(/\s+/)) {
      const clean = word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
      if (!/^[\p{L}\d]+(?:-[\p{L}\d]+)+$/u.test(clean)) continue;
      const joined = clean.replace(/-/g, '').toLowerCase();
      if (joined.length >= 4 && !out.has(joined)) out.set(joined, clean);
    }
  }
  return out;
});

/** The text with a word typed without a name word's hyphen written as the name writes it; unchanged otherwise. */
export function joinedNameWords(text: string, snapshot: HomeSnapshot): string {
  const joined = joinedWords(snapshot);
  if (joined.size === 0) return text;
  let changed = false;
  const out = text.replace(/[\p{L}\d]{4,}/gu, (word) => {
    const written = joined.get(word.toLowerCase());
    if (!written || namesSomething(snapshot, word)) return word;
    changed = true;
    return written;
  });
  return changed ? out : text;
}
