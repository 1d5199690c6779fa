// Every word the home uses anywhere (names and text content), per snapshot: a question whose words the home never
// uses is not about this home (the LLM path takes it), and a search for them is skipped.
import type { HomeSnapshot } from './HomeIndex';
import { textOf } from './answerGraphSearch';

/** Every word of every name and text field, built once per snapshot (snapshots are immutable; a change makes a new one). */
const HOME_WORDS = new WeakMap<HomeSnapshot, Set<string>>();

export function homeWords(snapshot: HomeSnapshot): Set<string> {
  let words = HOME_WORDS.get(snapshot);
  if (words) return words;
  words = new Set<string>();
  for (const entity of snapshot.byId.values()) {
    for (const w of `${entity.name} ${textOf(entity)}`.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u)) {
      if (!w) continue;
      words.add(w);
      words.add(w.replace(/(es|s)$/, ''));
      // Five-letter stems: "detects" ~ "motion_detection", "charge" ~ "charging".
      if (w.length >= 5) words.add(`${w.slice(0, 5)}…`);
    }
  }
  HOME_WORDS.set(snapshot, words);
  return words;
}


/** Is a word (surface text or normalised key) used anywhere in the home? */
export function homeUses(snapshot: HomeSnapshot, text: string, key: string): boolean {
  const words = homeWords(snapshot);
  const plain = text.normalize('NFKD').replace(/\p{M}/gu, '');
  return words.has(key) || words.has(text) || words.has(plain) || (plain.length >= 5 && words.has(`${plain.slice(0, 5)}…`));
}
