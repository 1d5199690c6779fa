// "when is the new fridge coming for the beast": the question names two devices, the schedule reading took the first
// ("New fridge", which no schedule runs), and the answer was "No schedule or automation runs New fridge" while the
// note named for the other one ("About the beast") says "a new one is coming after exams". Before that none, a note
// named for another device the question calls by its whole name is read for a sentence holding a word asked beyond
// both names (notesNamedFor.ts).
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { STOP_WORDS } from './mentions';
import { namedNoteSentence } from './notesNamedFor';
import { tokenize } from './normalizeText';

const keysOf = (text: string): string[] => tokenize(text).map((t) => t.key);

/** The sentence of a note named for another device said whole in `words`, sharing a word beyond the names; or undefined. */
export function otherNamedNote(snapshot: HomeSnapshot, device: Entity, words: readonly string[]): { doc: Entity; sentence: string } | undefined {
  const said = new Set(words);
  const own = new Set(keysOf(device.name));
  const rest = words.filter((w) => !own.has(w));
  for (const other of snapshot.devices) {
    if (other.id === device.id || other.entity_type !== 'device') continue;
    const keys = keysOf(other.name).filter((k) => !STOP_WORDS.has(k));
    if (keys.length === 0 || !keys.some((k) => k.length >= 4) || !keys.every((k) => said.has(k))) continue;
    const found = namedNoteSentence(snapshot, other, rest, true);
    if (found) return found;
  }
  return undefined;
}
