// "when did the oil come", "when was the battery bought", "the warranty runs till when": a date the home wrote down in
// a note ("900 L of kerosene on 14 Oct 2026"), not a timetable. A "when" asked in the past tense, or of an end date,
// is answered with the note sentence that holds a date and most of the question's own words (the note's name counts:
// "Oil delivery" says what its sentence is about), before any schedule of the device. Private notes are never quoted.
import type { Entity } from '../../src-shared/protocol/entities';
import { textOf } from './answerGraphSearch';
import { STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';
import { sentencesOf } from './sentences';
import { stemMatch } from './procedureFit';

/** Words that put a "when" in the past: the date asked is one that was written down, not a coming run. */
const PAST = new Set(['did', 'was', 'were', 'been', 'had', 'ago', 'last', 'since']);
/** Words of an end date ("till when", "when does it expire", "when is it due"). */
const DEADLINE = new Set(['till', 'until', 'til', 'expire', 'expires', 'expiry', 'expiring', 'valid', 'due']);
const ASKING = new Set(['when', 'date', 'day', 'year', 'month', 'time', 'quand']);
/** Words that only frame the question. */
const FRAME = new Set([...PAST, ...DEADLINE, ...ASKING, 'what', 'which', 'tell', 'know', 'get', 'we', 'us', 'they']);
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** "14 Oct 2026", "Oct 14", "March 2031", "2026-10-14", "14/10/2026", "in 2029". */
const DATE = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}\\b|${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|(?:19|20)\\d{2})`, 'i');
/** A note linked to the device the question is about weighs a little more than one that only shares its words. */
const LINKED_BONUS = 0.5;

/** Does the question ask for a date that was written down (past "when", or an end date)? */
export function writtenDateAsked(words: readonly string[]): boolean {
  if (!words.some((w) => ASKING.has(w))) return false;
  return words.some((w) => PAST.has(w) || DEADLINE.has(w));
}

export interface DatedSentence { doc: Entity; sentence: string }

/**
 * The note (or manual) sentence with a date that shares most of the question's words; `linked` are the device's own
 * documents, `notes` every note of the home (few). Undefined when no dated sentence shares a word of the question.
 */
export function datedNoteSentence(words: readonly string[], linked: readonly Entity[], notes: readonly Entity[]): DatedSentence | undefined {
  const asked = [...new Set(words)].filter((w) => w.length >= 3 && !STOP_WORDS.has(w) && !FRAME.has(w));
  if (asked.length === 0) return undefined;
  const own = new Set(linked.map((d) => d.id));
  let best: (DatedSentence & { score: number }) | undefined;
  for (const doc of [...linked, ...notes.filter((n) => !own.has(n.id))]) {
    if ((doc.entity_type !== 'note' && doc.entity_type !== 'manual') || doc.content['private'] === true) continue;
    const nameKeys = tokenize(doc.name).map((t) => t.key);
    for (const sentence of sentencesOf(textOf(doc))) {
      if (!DATE.test(sentence)) continue;
      const keys = [...nameKeys, ...tokenize(sentence).map((t) => t.key)];
      const covered = asked.filter((w) => keys.some((k) => stemMatch(k, w))).length;
      if (covered === 0) continue;
      const score = covered + (own.has(doc.id) ? LINKED_BONUS : 0);
      if (!best || score > best.score) best = { doc, sentence, score };
    }
  }
  return best && { doc: best.doc, sentence: best.sentence };
}
