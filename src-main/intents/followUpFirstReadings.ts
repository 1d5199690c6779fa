// Readings of a follow-up tried before the last question is re-asked with the turn's words put in: each says what the
// turn itself makes clear, so the turn is never read as a new name put where the last one was.
//   - "turn off tyler's", "what about grandma's" (possessiveFollowUp.ts): his listed one, her thing of the same kind.
//   - "what about the pool light, on?": a thing and a state word after a comma is a whole question of its state.
//   - "and inverter manual?" after a warranty: a fragment that names a document asks for it, not the last question.
//   - "what's the water temp" after the pool heater: a reading the subject has, not a device with "water" in its name.
import { ellipsisFragment, hasPronoun, type Focus } from './ConversationFocus';
import { askedFields, fieldWordKeys } from './fieldMeanings';
import { stateOf } from './IntentAnswerInput';
import { keyOf, tokenize } from './normalizeText';
import { asksForDocs } from './documentFollowUp';
import { FRAME_LEXICONS } from './frameLexicons';
import { ownersOneListed, ownersSameKind } from './possessiveFollowUp';

/** "the pool light, on?", "garage door, open": a thing, a comma, one state word. */
const STATE_AFTER_COMMA = /^(.*\p{L}.*?),\s*(on|off|open|closed|shut|locked|unlocked|running)\s*[?.!]*$/iu;
/** The lead of a follow-up: "and", "what about". */
const LEAD = /^\s*(?:and\s+)?(?:(?:what|how)\s+about\s+)?/i;

export function firstReadings(text: string, focus: Focus): string[] {
  const out = [...[ownersOneListed(text, focus)].filter((t): t is string => t !== undefined), ...ownersSameKind(text, focus)];
  const fragment = ellipsisFragment(text);
  const stated = fragment ? STATE_AFTER_COMMA.exec(text.replace(LEAD, '')) : undefined;
  if (stated?.[1] && stated[2]) out.push(`is ${stated[1].trim()} ${stated[2].toLowerCase()}`);
  if (fragment && asksForDocs(fragment) && !asksForDocs(focus.text)) out.push(fragment);
  const reading = ofSubjectsReading(text, focus);
  if (reading) out.push(reading);
  const counted = countOfKindElsewhere(text, focus);
  if (counted) out.push(counted);
  return out;
}

/** "and how many in the quinta" after "how many lights are there": a place, nothing else, after "how many". */
const HOW_MANY_IN = /^(?:and\s+)?how many\s+((?:in|at|on|inside|outside)\s+\S.*?)\s*[?.!]*$/i;

/** The same kind counted in the place the turn names ("how many lights are there in the quinta"), or listed. */
function countOfKindElsewhere(text: string, focus: Focus): string | undefined {
  const kind = focus.slots['kind'];
  if (focus.intent !== 'count_kind' || kind?.type !== 'kind') return undefined;
  const where = HOW_MANY_IN.exec(text.trim())?.[1];
  if (where) return `how many ${kind.kind.plural} are there ${where}`;
  // "cuáles" ("which") right after the count: those of the kind, where they were counted.
  const place = focus.slots['place'];
  return WHICH_ALONE.test(text.trim()) ? `which ${kind.kind.plural} are there${place?.type === 'entity' ? ` in ${place.entity.name}` : ''}` : undefined;
}

/** "which", "which ones", "what are they" with nothing else. */
const WHICH_ALONE = /^(?:and\s+)?(?:which|which ones|which are they|what are they)\s*[?.!]*$/i;

/** The copulas of every language the sentence frames know ("sono", "sont", "son"), and English's. */
const COPULAS: ReadonlySet<string> = new Set(['are', 'is', ...Object.values(FRAME_LEXICONS).flatMap((lexicon) => Object.keys((lexicon as { copulas?: Record<string, string> }).copulas ?? {}))]);
/** "how many are?", "quanti sono?" (read "how many sono"): how many with only a copula after it. */
const HOW_MANY_IS = /^how many\s+(\S+?)(?:\s+(?:there|ci))?\s*[?.!]*$/i;

/** True when the turn asks how many there are of what was just listed, in any language the frames know. */
export function countsListed(text: string): boolean {
  const copula = HOW_MANY_IS.exec(text.trim())?.[1];
  return copula !== undefined && COPULAS.has(copula.toLowerCase());
}

/** Question words a short reading question has around what it asks ("what's the", "how much", "right now"). */
const ASKING = new Set(['what', 'whats', 'is', 's', 'the', 'how', 'much', 'high', 'at', 'now', 'right', 'current', 'currently', 'its', 'it']);
const READING_QUESTION = /^(?:and\s+)?(?:what|how)\b/i;

/**
 * "what's the water temp" right after "is the pool heater on": every word asked is a word of one of the subject's own
 * readings (`water_temperature`), so it is asked of the subject, before "water" finds the water softener.
 */
export function ofSubjectsReading(text: string, focus: Focus): string | undefined {
  const subject = focus.subjects[0];
  const tokens = tokenize(text);
  if (subject?.entity_type !== 'device' || tokens.length > 7 || !READING_QUESTION.test(text.trim()) || hasPronoun(text)) return undefined;
  const words = tokens.map((t) => t.key).filter((k) => !ASKING.has(k) && k !== 'and');
  if (words.length < 2) return undefined;
  const fieldsOf = (word: string): string[] => [
    // "temp" for `water_temperature`: a field word said in full, singular, or cut short.
    ...Object.keys(stateOf(subject)).filter((field) => fieldWordKeys(field).some((p) => p === word || p === keyOf(word) || (word.length >= 4 && p.startsWith(word)))),
    ...askedFields(subject, [word]).map((f) => f.field),
  ];
  const [first, ...rest] = words.map(fieldsOf);
  const shared = (first ?? []).filter((field) => rest.every((fields) => fields.includes(field)));
  return shared.length > 0 ? `${text.trim().replace(/[?!.\s]+$/, '')} of ${subject.name}` : undefined;
}
