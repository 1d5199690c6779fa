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
  const words = text.toLowerCase().split(/[^a-z0-9'%.,:]+/);
  for (const raw of words) {
    const word = raw.replace(/^[.,:']+|[.,:']+$/g, '');
    if (!word) continue;
    if (NUMBER.test(word)) continue;
    const bare = word.replace(/'/g, '');
    if (ENGLISH.has(bare)) continue;
    // "the kitchen's", "lights'": a possessive of an English word.
    if (/'s?$/.test(word) && ENGLISH.has(word.replace(/'s?$/, ''))) continue;
    return false;
  }
  return true;
}, 64);
