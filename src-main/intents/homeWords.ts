// Every word the home uses anywhere (names and text content), per snapshot: a question whose words the home never
// uses is not about this home (the LLM path takes it), and a search for them is skipped.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { textOf } from './answerGraphSearch';
import { inflectionStem } from './wordStem';
import topics from './lexicon/topics.json';
import { keyOf, plainLetters, tokenize } from './normalizeText';

/** For each one-word topic word (by key), the other one-word words of its topics, in lexicon order. */
const TOPIC_WORDS = new Map<string, string[]>();
for (const group of topics.topics) {
  const single = group.filter((w) => !/[\s-]/.test(w)).map(keyOf);
  for (const word of single) TOPIC_WORDS.set(word, [...(TOPIC_WORDS.get(word) ?? []), ...single.filter((w) => w !== word)]);
}

/** Every word of every name and text field, built once per snapshot (snapshots are immutable; a change makes a new one). */
const HOME_WORDS = new WeakMap<HomeSnapshot, Set<string>>();

export function homeWords(snapshot: HomeSnapshot): Set<string> {
  let words = HOME_WORDS.get(snapshot);
  if (words) return words;
  words = new Set<string>();
  for (const entity of snapshot.byId.values()) {
    // State field names are words of the home too ("tank" of `tank_temp`).
    const state = entity.content['state'];
    const fields = typeof state === 'object' && state !== null ? Object.keys(state).join(' ') : '';
    for (const w of plainLetters(`${entity.name} ${textOf(entity)} ${fields}`).split(/[^\p{L}\p{N}]+/u)) {
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


/** Is a word (surface text or normalised key) used anywhere in the home, itself or as a word of its topic? */
export function homeUses(snapshot: HomeSnapshot, text: string, key: string): boolean {
  return usedAsIs(homeWords(snapshot), text, key) || homeSynonym(snapshot, key) !== undefined;
}

/**
 * The home's own word for a topic it writes in other words than the question ("trash" when its notes say "waste",
 * "babysitter" for "nanny"), from `lexicon/topics.json`; undefined when the home uses the word itself or no word of
 * its topic.
 */
export function homeSynonym(snapshot: HomeSnapshot, key: string): string | undefined {
  const words = homeWords(snapshot);
  if (usedAsIs(words, key, key)) return undefined;
  return TOPIC_WORDS.get(key)?.find((w) => words.has(w));
}

function usedAsIs(words: ReadonlySet<string>, text: string, key: string): boolean {
  const plain = text.normalize('NFKD').replace(/\p{M}/gu, '');
  const stem = inflectionStem(key);
  return words.has(key) || words.has(text) || words.has(plain) || (plain.length >= 5 && words.has(`${plain.slice(0, 5)}…`)) || (stem !== undefined && words.has(stem));
}

/** What a device, door, window or place says about itself: its name, description and model, each with its word keys. */
export interface ThingSaying {
  entity: Entity;
  said: Array<{ text: string; keys: ReadonlySet<string> }>;
}

const THING_SAYINGS = new WeakMap<HomeSnapshot, ThingSaying[]>();
const THING_TYPES: ReadonlySet<string> = new Set(['device', 'room', 'zone', 'door', 'window']);

/** Per snapshot (snapshots are immutable): every thing of the home with the words it says about itself. */
export function thingSayings(snapshot: HomeSnapshot): ThingSaying[] {
  let sayings = THING_SAYINGS.get(snapshot);
  if (sayings) return sayings;
  sayings = [];
  for (const entity of snapshot.byId.values()) {
    if (!THING_TYPES.has(entity.entity_type)) continue;
    const { description, model } = entity.content as { description?: unknown; model?: unknown };
    const texts = [entity.name, typeof description === 'string' ? description : '', typeof model === 'string' ? model : ''].filter(Boolean);
    sayings.push({ entity, said: texts.map((text) => ({ text, keys: new Set(tokenize(text).map((t) => t.key)) })) });
  }
  THING_SAYINGS.set(snapshot, sayings);
  return sayings;
}

const THING_WORDS = new WeakMap<HomeSnapshot, Set<string>>();

/**
 * Word keys that name or describe a device or place (name, description, model): "pool" in "pool water analyser" is a
 * thing of this home, "inside" in a procedure's "the inside cover" is not.
 */
export function thingWords(snapshot: HomeSnapshot): Set<string> {
  let words = THING_WORDS.get(snapshot);
  if (words) return words;
  words = new Set<string>();
  for (const { said } of thingSayings(snapshot)) for (const { keys } of said) for (const key of keys) words.add(key);
  THING_WORDS.set(snapshot, words);
  return words;
}
