// "till when is the AMC" about the water purifier: no schedule runs it, but the note linked to it says "Kent AMC valid
// till 31 Mar 2027". Before an answer says a device has none of something, a word of the question that a note or
// manual linked to the device uses answers with that sentence: a "none" is said only when the linked texts have
// nothing either. Private notes are never quoted here.
import type { Entity } from '../../src-shared/protocol/entities';
import { textOf } from './answerGraphSearch';
import { ALL_CUES } from './cueWords';
import { STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';
import { sentencesOf } from './sentences';

/** Words around a date or a duration that say nothing of what is asked ("till when", "valid until"). */
const LINKING = new Set(['till', 'until', 'since', 'before', 'after', 'during', 'within', 'long', 'much', 'many', 'get', 'tell', 'know']);
const MIN_LETTERS = 3;

/** The sentence of a linked note or manual holding most of the question's own words, if any holds one. */
export function linkedDocSentence(words: readonly string[], device: Entity, linked: readonly Entity[]): { doc: Entity; sentence: string } | undefined {
  const own = new Set(tokenize(device.name).map((t) => t.key));
  const asked = [...new Set(words)].filter((w) => w.length >= MIN_LETTERS && !STOP_WORDS.has(w) && !ALL_CUES.has(w) && !LINKING.has(w) && !own.has(w));
  if (asked.length === 0) return undefined;
  let best: { doc: Entity; sentence: string; covered: number } | undefined;
  for (const doc of linked) {
    if ((doc.entity_type !== 'note' && doc.entity_type !== 'manual') || doc.content['private'] === true) continue;
    for (const sentence of sentencesOf(textOf(doc))) {
      const keys = new Set(tokenize(sentence).map((t) => t.key));
      const covered = asked.filter((w) => keys.has(w)).length;
      if (covered > 0 && (!best || covered > best.covered)) best = { doc, sentence, covered };
    }
  }
  return best && { doc: best.doc, sentence: best.sentence };
}
