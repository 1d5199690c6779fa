// A question with a slip of the keyboard ("how many lihgts are on", "wich automations use the alarm", "is the gargae
// door closed") that nothing reads is read once more with each word nobody knows replaced by the one known word it is
// a slip of. Known words: the templates' and cue words, kind phrases, and every word of this home (names and text),
// so a name in another language is never "corrected". Only words of 5+ letters, not the first word, with the same
// first letter, one edit away (two from 7 letters), and only when exactly one known word is that close; a few common
// slips of short words are listed.
import type { HomeSnapshot } from './HomeIndex';
import { ALL_CUES } from './cueWords';
import { quantityWords } from './stateQuantities';
import { DEVICE_KINDS, kindForPhrase } from './deviceKinds';
import { homeWords } from './homeWords';
import { editDistance } from './editDistance';
import { STOP_WORDS } from './mentions';
import { TASK_VERBS } from './taskVerbs';
import { tokenize, type Token } from './normalizeText';
import capabilities from './lexicon/capabilities.json';
import cues from './lexicon/cues.json';
import kinds from './lexicon/kinds.json';
import openings from './lexicon/openings.json';
import places from './lexicon/places.json';
import topics from './lexicon/topics.json';

/** Slips too short or too close to two words to mend by distance ("wich" is one edit from "which" and "with"). */
const COMMON_SLIPS: Record<string, string> = {
  wich: 'which', whcih: 'which', wihch: 'which', whihc: 'which', wher: 'where', whre: 'where', wehre: 'where', hwere: 'where',
  waht: 'what', wat: 'what', whta: 'what', teh: 'the', hte: 'the', hw: 'how', hwo: 'how', ho: 'how', thier: 'their',
  ligths: 'lights', lgihts: 'lights', tunr: 'turn', trun: 'turn', swich: 'switch', swtich: 'switch',
};

/** Everyday words that are not in any template yet are misspelt often enough to be worth knowing. */
const EVERYDAY = ['which', 'halfway', 'where', 'what', 'when', 'there', 'their', 'temperature', 'humidity', 'battery', 'light', 'lights', 'automation', 'schedule', 'manual', 'devices', 'thermostat', 'switch', 'unlock', 'lock', 'turn', 'open', 'close', 'closed', 'locked', 'running', 'garage', 'kitchen', 'bedroom', 'bathroom', 'living', 'office', 'garden'];

/** Nouns a question may start with ("battery level of the …", "temperature in …"). */
const LEAD_NOUNS = new Set(['battery', 'temperature', 'humidity', 'thermostat', 'automation', 'schedule', 'manual', 'devices', 'light', 'lights']);

export class SpellingRepair {
  /** Known words by first letter. */
  private readonly language = new Map<string, Set<string>>();
  /** English words only: the templates', cue and everyday words, kinds' and places' English names, lexicon keys. */
  private readonly english = new Map<string, Set<string>>();
  /** Words of the place lexicon in other languages: known, but no target of a mend (the home's own words are). */
  private readonly placeWords = new Set<string>();

  constructor(templateSources: readonly string[]) {
    const add = (word: string): void => {
      for (const t of tokenize(word)) if (/^\p{L}{2,}$/u.test(t.key)) this.bucket(this.language, t.key).add(t.key);
    };
    for (const source of templateSources) for (const word of source.split(/[^\p{L}]+/u)) if (word) add(word);
    // Task verbs ("clean", "refill") are words, not slips of "clear" or "refit".
    for (const word of [...ALL_CUES, ...STOP_WORDS, ...EVERYDAY, ...Object.keys(TASK_VERBS), ...quantityWords()]) add(word);
    for (const kind of DEVICE_KINDS) for (const phrase of kind.phrases) for (const word of phrase.split(/\s+/)) add(word);
    for (const lexicon of [capabilities, cues, kinds, openings, topics]) for (const text of stringsIn(lexicon)) for (const word of text.split(/[^\p{L}]+/u)) if (word) add(word);
    // Other languages' words for places are known words, never what an unknown word is mended to unless the home
    // uses them: "arrival" is no slip of Spanish "arriba" in a Belgian home (it found the automation "Arrivée").
    for (const group of places.places) for (const [i, text] of group.entries()) for (const word of text.split(/[^\p{L}]+/u)) if (word) {
      if (i === 0) add(word);
      else for (const t of tokenize(word)) this.placeWords.add(t.key);
    }
    const addEnglish = (text: string): void => {
      for (const w of text.split(/[^a-z]+/)) if (w.length >= 3) this.bucket(this.english, w).add(w);
    };
    for (const source of templateSources) addEnglish(source.toLowerCase());
    for (const word of [...ALL_CUES, ...EVERYDAY, ...quantityWords()]) addEnglish(word);
    for (const kind of DEVICE_KINDS) addEnglish(`${kind.singular} ${kind.plural}`);
    for (const place of places.places) addEnglish(place[0] ?? '');
    for (const lexicon of [cues, openings]) for (const key of keysIn(lexicon)) addEnglish(key);
  }

  /** The text with its slips mended, or undefined when there was nothing to mend. */
  repair(text: string, snapshot: HomeSnapshot): string | undefined {
    const tokens = tokenize(text);
    const home = homeWords(snapshot);
    let changed = false;
    const out = tokens.map((token, i) => {
      const mended = this.mend(token, tokens[i + 1], home, i === 0);
      if (mended === undefined) return token.text;
      changed = true;
      // Known words are singular keys: "lihgts" stays plural as "lights".
      return token.text.endsWith('s') && !token.key.endsWith('s') && !mended.endsWith('s') ? `${mended}s` : mended;
    });
    return changed ? out.join(' ') : undefined;
  }

  private mend(token: Token, next: Token | undefined, home: ReadonlySet<string>, lead: boolean): string | undefined {
    // "were is the printer": a real word, but not before "is"/"are".
    if (token.key === 'were' && (next?.key === 'is' || next?.key === 'are')) return 'where';
    const key = token.key;
    const slip = COMMON_SLIPS[token.text] ?? COMMON_SLIPS[key];
    if (slip && !home.has(key)) return slip;
    // "frnt door", "bdrm light": a word typed without its vowels is the one known word with those consonants.
    const skeleton = !lead && /^[b-df-hj-np-tv-xz]{3,6}$/.test(key) && !home.has(key) ? this.bySkeleton(key) : undefined;
    if (skeleton) return skeleton;
    // The first word is usually a verb ("move the lamp…" is not "mode"), and short words have too many neighbours.
    if (key.length < 5 || !/^\p{L}+$/u.test(key) || this.knows(key, home)) return undefined;
    // "sumppump", "heatpump": two words of this home typed as one, when only one split makes both.
    const joined = lead ? undefined : splitInTwo(key, home);
    if (joined) return joined;
    const max = key.length >= 7 ? 2 : 1;
    const first = key[0] ?? '';
    let best: string | undefined;
    let bestDistance = max + 1;
    let tied: string[] = [];
    const consider = (word: string): void => {
      if (word.includes('…') || Math.abs(word.length - key.length) > max || word[0] !== first) return;
      const d = editDistance(word, key, max);
      if (d > max || d > bestDistance) return;
      if (d === bestDistance && word !== best) tied.push(word);
      else if (d < bestDistance) {
        best = word;
        bestDistance = d;
        tied = [];
      }
    };
    for (const word of this.language.get(first) ?? []) consider(word);
    for (const word of home) consider(word);
    // "frige" is one edit from "fridge" and "frigo": words for the same kind are no tie.
    const kindOf = (word: string): string | undefined => kindForPhrase(word)?.id;
    const same = best !== undefined && kindOf(best) !== undefined && tied.every((w) => kindOf(w) === kindOf(best ?? ''));
    // A first word is only mended into a noun that opens questions ("batery level of …"), never into a verb.
    if (lead && !LEAD_NOUNS.has(best ?? '')) return undefined;
    return best !== undefined && (tied.length === 0 || same) ? best : undefined;
  }

  /**
   * The one English word whose consonants, in order, are the key ("frnt" → "front", "bdrm" → "bedroom"): people
   * drop vowels of English words, and the other languages' words ("frente", "badrum") would tie or mislead.
   */
  private bySkeleton(key: string): string | undefined {
    const found = [...(this.english.get(key[0] ?? '') ?? [])].filter((w) => w.length > key.length && w.replace(/[aeiouy]/g, '') === key);
    const [one] = found;
    return found.length === 1 ? one : undefined;
  }

  /** A word of the language (templates, cues, lexicons) or an inflection of one, whatever the home: no slip. */
  isWord(key: string): boolean {
    return this.knows(key, new Set());
  }

  /** Known as is, or as an inflection of a known word ("dimmed", "sitting", "heated"): those are not slips. */
  private knows(key: string, home: ReadonlySet<string>): boolean {
    const known = (w: string): boolean => (this.language.get(w[0] ?? '')?.has(w) ?? false) || home.has(w) || this.placeWords.has(w);
    if (known(key) || known(key.replace(/(es|s)$/, ''))) return true;
    const stem = /^(.{3,}?)(ed|ing|er|est|ly|d)$/.exec(key)?.[1];
    if (!stem) return false;
    return known(stem) || known(`${stem}e`) || (/(.)\1$/.test(stem) && known(stem.slice(0, -1)));
  }

  private bucket(map: Map<string, Set<string>>, key: string): Set<string> {
    const first = key[0] ?? '';
    let set = map.get(first);
    if (!set) map.set(first, (set = new Set()));
    return set;
  }
}

function splitInTwo(key: string, home: ReadonlySet<string>): string | undefined {
  const splits: string[] = [];
  for (let i = 4; i <= key.length - 4; i++) if (home.has(key.slice(0, i)) && home.has(key.slice(i))) splits.push(`${key.slice(0, i)} ${key.slice(i)}`);
  return splits.length === 1 ? splits[0] : undefined;
}

/** Every key of the objects in a lexicon file: the English words the values translate. */
function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...keysIn(v)]);
  return [];
}

/** Every string in a lexicon file, keys and values. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v)]);
  return [];
}
