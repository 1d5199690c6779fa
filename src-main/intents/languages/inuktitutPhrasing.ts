// Inuktitut, in syllabics or Roman orthography, read into English: "ᖁᓪᓕᖅ ikumajuq?" is "is ᖁᓪᓕᖅ on?", "Sinigvik
// qanuq uunaqtiga" is "what is the temperature in Sinigvik", "nauk ᖁᓪᓕᖅ?" is "where is ᖁᓪᓕᖅ?", "ᐅᖅᓱᖅ ᖃᑦᓯᐅᕚ?" is
// "how much oil is left?", "ᖁᓪᓕᖅ off-lugu" is "turn ᖁᓪᓕᖅ off", "atii 24 degrees-mut" is "set it to 24 degrees".
// Inuktitut puts its verb last and builds it of one word: a predicate word (or two: "qakugu qamittaaqpa", when will it
// go out) is a frame of English the other words fill, the thing "it" when none is said; "-mut" (to) makes a number
// what something is set to. Syllabic words are looked up in Roman spelling (syllabicsLetters.ts); a home's names in
// syllabics are kept as written, and found again when typed in Roman letters ("qulliq" is the home's "ᖁᓪᓕᖅ").
// Speed and safety: read only with a syllabic letter or a word only Inuktitut says (lexicon/inuktitut.json `sure`).
import { z } from 'zod';
import raw from '../lexicon/inuktitut.json';
import type { HomeSnapshot } from '../HomeIndex';
import { phrases } from '../lexiconTable';
import { markerSet, saysMarker } from '../saidWordSet';
import { SYLLABICS, syllabicNamesInRoman, syllabicsInRoman } from './syllabicsLetters';

const INUKTITUT = z
  .object({ sure: phrases, predicates: z.record(z.string(), z.string().includes('{}')), words: z.record(z.string(), z.string()), toSuffix: z.string().min(1), setTo: z.string().includes('{}') })
  .parse(raw);

const SURE = markerSet(INUKTITUT.sure);
const PREDICATES = new Map(Object.entries(INUKTITUT.predicates));
const LONGEST = Math.max(...[...PREDICATES.keys()].map((k) => k.split(' ').length));
const WORDS = new Map(Object.entries(INUKTITUT.words));
/** "degrees-mut", "24-mut": the word the number goes to. */
const TO = new RegExp(`^(.+)-${INUKTITUT.toSuffix}$`, 'u');
const EDGE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;

/** The gate: a syllabic letter, or a word only Inuktitut says. */
export function maySayInuktitut(text: string): boolean {
  return SYLLABICS.test(text) || saysMarker(text, SURE);
}

interface Word {
  /** As typed, without the punctuation around it. */
  typed: string;
  /** Its Roman spelling, lowercased: the lexicon's key. */
  key: string;
}

/** The sentence read into English, or undefined when no word of it is read as Inuktitut. */
export function inuktitutPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!maySayInuktitut(text)) return undefined;
  // "uqsuq qanuq? the oil tank": each sentence alone, an English one kept as typed.
  const sentences = text.split(/(?<=[?.!])\s+/u);
  const read = sentences.map((sentence) => readSentence(sentence, snapshot));
  // Only an Inuktitut predicate, "-mut" or a word in syllabics makes the sentence Inuktitut: a noun of the lexicon in an
  // English sentence may be a name ("what's our account number with Uqsuq", the fuel company, is no "oil").
  if (!read.some((r) => r?.inuktitut)) return undefined;
  // A sentence of nothing but "ii." (yes) is read to nothing and left out.
  const english = read.map((r, i) => r?.english ?? sentences[i]).filter(Boolean).join(' ');
  return english || undefined;
}

function readSentence(text: string, snapshot: HomeSnapshot): { english: string; inuktitut: boolean } | undefined {
  const names = syllabicNamesInRoman(snapshot);
  const asked = /\?\s*$/.test(text);
  const words: Word[] = text
    .split(/\s+/)
    .map((token) => EDGE.exec(token)?.[2] ?? token)
    .filter(Boolean)
    .map((typed) => ({ typed, key: (SYLLABICS.test(typed) ? syllabicsInRoman(typed) : typed).toLowerCase() }));
  let frame: string | undefined;
  let read = false;
  let to: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < words.length; ) {
    const predicate = predicateAt(words, i);
    if (predicate && frame === undefined) {
      frame = predicate.english;
      i += predicate.length;
      continue;
    }
    const word = words[i] as Word;
    i += 1;
    const english = WORDS.get(word.key);
    const suffixed = TO.exec(word.key);
    if (english !== undefined) {
      read = true;
      if (english) rest.push(english);
    } else if (suffixed?.[1]) {
      // "24 degrees-mut": the number said before the word goes with it.
      const number = rest.length > 0 && /^\d+([.,]\d+)?$/.test(rest[rest.length - 1] ?? '') ? rest.pop() : undefined;
      to = [number, suffixed[1]].filter(Boolean).join(' ');
    } else {
      // "qulliq" typed in Roman letters is the home's "ᖁᓪᓕᖅ"; everything else (a syllabic name too) stays as typed.
      rest.push(names.get(word.key) ?? word.typed);
    }
  }
  if (frame === undefined && to === undefined && !read) return undefined;
  const inuktitut = frame !== undefined || to !== undefined || words.some((w) => SYLLABICS.test(w.typed) && WORDS.has(w.key));
  const thing = rest.join(' ').trim();
  const english = frame !== undefined ? frame.replace('{}', thing || 'it') : to !== undefined ? INUKTITUT.setTo.replace('{}', thing || 'it').replace('{}', to) : thing;
  return { english: english ? `${english}${asked ? '?' : ''}` : '', inuktitut };
}

/** The longest predicate (a frame of English) starting at word i. */
function predicateAt(words: readonly Word[], i: number): { length: number; english: string } | undefined {
  for (let n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
    const english = PREDICATES.get(words.slice(i, i + n).map((w) => w.key).join(' '));
    if (english !== undefined) return { length: n, english };
  }
  return undefined;
}
