// "boiler manual, what is the recommended temperature", "navod k bojleru, jaka je doporucena teplota": the question
// asks what the manual SAYS, not which documents exist. Listing the documents answered "Documentation for Bojler: …",
// silent on the "55-60 °C" written in the manual. When every content word the question asks beyond the device and the
// word "manual" is in one sentence of the device's manual, that sentence is said. A manual written in another
// language is read through the language layer first ("Doporučená teplota 55-60 °C" is "recommended temperature …"),
// only when the sentence as written does not hold the words.
import type { Entity } from '../../src-shared/protocol/entities';
import { textOf } from './answerGraphSearch';
import type { HomeSnapshot } from './HomeIndex';
import { kindForPhrase } from './kindLexicon';
import { readInEnglish } from './languages/readInEnglish';
import { STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';
import { perSnapshot } from './perSnapshot';
import { stemMatch } from './procedureFit';
import { sentencesOf } from './sentences';

/** Words that ask for the documents themselves, not for what they say. */
const DOC_WORDS = new Set(['manual', 'guide', 'handbook', 'documentation', 'document', 'instruction', 'doc', 'pdf', 'say', 'says', 'tell', 'read', 'according', 'per']);
const MIN_LETTERS = 3;
/** One content word is too little evidence that a sentence answers: "manual for the heater, temperature?" needs two. */
const MIN_CONTENT = 2;

function keys(text: string): string[] {
  return tokenize(text).map((t) => t.key);
}

/** The question's words that are neither frame, document words, the device's name nor a kind word. */
function contentWords(words: readonly string[], device: Entity): string[] {
  const own = new Set(keys(device.name));
  return words.filter((w, i) => w.length >= MIN_LETTERS && !STOP_WORDS.has(w) && !DOC_WORDS.has(w) && !own.has(w)
    && !kindForPhrase(w) && !kindForPhrase(`${words[i - 1] ?? ''} ${w}`) && !kindForPhrase(`${w} ${words[i + 1] ?? ''}`));
}

function holds(sentence: string, content: readonly string[]): boolean {
  const said = keys(sentence);
  return content.every((w) => said.some((k) => stemMatch(k, w)));
}

/** The sentence of one of `manuals` that holds every content word asked, as written or read in English. */
export function manualAskedSentence(snapshot: HomeSnapshot, words: readonly string[], device: Entity, manuals: readonly Entity[]): { manual: Entity; sentence: string } | undefined {
  const content = [...new Set(contentWords(words, device))];
  if (content.length < MIN_CONTENT || manuals.length === 0) return undefined;
  const read = manuals.map((manual) => ({ manual, sentences: sentencesRead(snapshot, manual) }));
  for (const { manual, sentences } of read) {
    for (const { sentence } of sentences) if (holds(sentence, content)) return { manual, sentence };
  }
  for (const { manual, sentences } of read) {
    for (const one of sentences) if (holds(one.english ??= readInEnglish(one.sentence, snapshot), content)) return { manual, sentence: one.sentence };
  }
  return undefined;
}

/** Manual id → its sentences, each read in English when first needed: kept per snapshot, since a manual's reading
 *  in English (readInEnglish, the costly step) depends on the home's names and every manual question asks it again. */
const readPerSnapshot = perSnapshot((_snapshot: HomeSnapshot) => new Map<string, Array<{ sentence: string; english?: string }>>());

function sentencesRead(snapshot: HomeSnapshot, manual: Entity): Array<{ sentence: string; english?: string }> {
  const kept = readPerSnapshot(snapshot);
  let sentences = kept.get(manual.id);
  if (!sentences) {
    sentences = sentencesOf(textOf(manual)).map((sentence) => ({ sentence }));
    kept.set(manual.id, sentences);
  }
  return sentences;
}
