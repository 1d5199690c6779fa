// Round 36, speed: a plain English sentence ("what devices are in the kitchen?", "turn off the hallway light") goes
// past the readers of other languages in readInEnglish.ts; the English readers (clipped, polite, terse, numbers,
// dialects of English) still read it. Before, every sentence paid for some fifty readers, each with its own check.
// Why skipping them changes nothing: each of those readers reads a sentence only with a word of its language (a
// marker, a particle, a verb, a letter of its script, an inflected form of a name) and leaves a sentence of English
// words alone. The check here is narrower than any of theirs: every character is ASCII (no mark, no other script) and
// every word is an English word of the engine's own vocabulary (the templates' literal words, the English names of
// kinds and places, `words` of lexicon/plainEnglish.json) or a number, and none is a word another language writes
// or a reader of one keys on (`notPlain`: "de", "la", "na", the "am" of Pidgin). A word of the home's names that is
// no such word makes the sentence go through every reader, as before (a name may be Danish or Serbian, and its
// readers read a name's inflected forms). Proof: round36PlainEnglish.test.ts runs the skipped readers on sentences
// the check lets through, and the unseen homes give the same lines with and without it.
import control from '../templates/control.json';
import fillers from '../templates/fillers.json';
import knowledge from '../templates/knowledge.json';
import search from '../templates/search.json';
import state from '../templates/state.json';
import structure from '../templates/structure.json';
import places from '../lexicon/places.json';
import lexicon from '../lexicon/plainEnglish.json';
import { DEVICE_KINDS } from '../deviceKinds';
import { rememberRecent } from '../recentResults';

/** The words of a template, its slots left out ("what is {device:device} set to" → what, is, set, to). */
function literalWords(template: string): string[] {
  return template.replace(/\{[^}]*\}/g, ' ').toLowerCase().split(/[^a-z']+/).map((w) => w.replace(/'/g, '')).filter(Boolean);
}

const ENGLISH: ReadonlySet<string> = (() => {
  const out = new Set<string>(lexicon.words);
  for (const file of [control, knowledge, search, state, structure] as Array<Record<string, { templates: string[] }>>) {
    for (const spec of Object.values(file)) for (const t of spec.templates) for (const w of literalWords(t)) out.add(w);
  }
  for (const phrase of [...fillers.leading, ...fillers.trailing]) for (const w of literalWords(phrase)) out.add(w);
  for (const kind of DEVICE_KINDS) for (const w of literalWords(`${kind.singular} ${kind.plural}`)) out.add(w);
  for (const place of places.places) for (const w of literalWords(place[0] ?? '')) out.add(w);
  for (const w of lexicon.notPlain) out.delete(w);
  return out;
})();

/** ASCII letters, digits, spaces and everyday punctuation only: no accented letter, no other script. */
const ASCII_ONLY = /^[\x20-\x7e]*$/;
const NUMBER = /^\d+(?:[.,:]\d+)?(?:%|c|f|am|pm|st|nd|rd|th|h|min|s)?$/;

/** True when every word of the sentence is a plain English word or a number (see above). Remembered per text. */
export const plainEnglish = rememberRecent((text: string): boolean => {
  if (!ASCII_ONLY.test(text)) return false;
  for (const raw of text.toLowerCase().split(SPLIT)) if (!isPlainWord(raw)) return false;
  return true;
}, 64);

/** The words of an ASCII sentence that are no plain English word or number, as typed (lowercased); undefined when
 *  the sentence is not ASCII (plainButForSlip.ts). */
export function wordsNotPlain(text: string): string[] | undefined {
  if (!ASCII_ONLY.test(text)) return undefined;
  return text.toLowerCase().split(SPLIT).filter((raw) => !isPlainWord(raw)).map((raw) => raw.replace(EDGES, ''));
}

/** The plain English words that start with the letter (a slip's candidates, plainButForSlip.ts). */
export function englishWordsFrom(letter: string): readonly string[] {
  return BY_FIRST_LETTER.get(letter) ?? [];
}

const SPLIT = /[^a-z0-9'%.,:]+/;
const EDGES = /^[.,:']+|[.,:']+$/g;

/** A plain English word or a number, as plainEnglish keys a sentence's words (a lowercased run of ASCII). */
export function isPlainWord(raw: string): boolean {
  const word = raw.replace(EDGES, '');
  if (!word || NUMBER.test(word)) return true;
  if (ENGLISH.has(word.replace(/'/g, ''))) return true;
  // "the kitchen's", "lights'": a possessive of an English word.
  return /'s?$/.test(word) && ENGLISH.has(word.replace(/'s?$/, ''));
}

const BY_FIRST_LETTER: ReadonlyMap<string, string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const word of ENGLISH) {
    if (!/^[a-z]+$/.test(word)) continue;
    const first = word[0] ?? '';
    out.set(first, [...(out.get(first) ?? []), word]);
  }
  return out;
})();
