// "which days", "weekends too?", "even fri?", "and off?", "only in summer?" right after a schedule was asked about:
// the same schedule again, whole. The turn names nothing, so alone it is declined or read as something else ("and off"
// as a state); the schedule answer says its days, its on and off times and its months, which is what these ask.
import type { Focus } from './ConversationFocus';
import type { IntentEngine, IntentMatch } from './IntentEngine';
import { tokenize } from './normalizeText';

/** Words that ask about when a schedule runs: days, parts of the week and year, on/off. One must be said. */
const WHEN_WORDS: ReadonlySet<string> = new Set([
  'day', 'days', 'weekend', 'weekends', 'weekday', 'weekdays', 'week', 'off', 'summer', 'winter', 'spring', 'autumn', 'fall', 'holiday', 'holidays',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);
/** What else such a turn may say: question words, "too"/"also"/"even"/"only", the pronoun and the verbs of running. */
const AROUND: ReadonlySet<string> = new Set([
  'which', 'what', 'when', 'and', 'it', 'they', 'them', 'that', 'this', 'does', 'do', 'is', 'are', 'too', 'also', 'even', 'only',
  'just', 'on', 'in', 'at', 'the', 'over', 'during', 'every', 'turns', 'go', 'goes', 'come', 'comes', 'run', 'runs', 'time', 'then', 'so', 'ok', 'okay', 'same', 'as', 'well', 'la', 'lah', 'ah', 'po', 'a',
]);
const ASKING: ReadonlySet<string> = new Set(['which', 'what', 'when', 'too', 'also', 'even', 'only']);
const SCHEDULE_INTENTS: ReadonlySet<string> = new Set(['schedules_for_device']);

export interface ScheduleAsked {
  match: IntentMatch;
  text: string;
}

export async function scheduleAskedAgain(engine: IntentEngine, typed: string, focus: Focus): Promise<ScheduleAsked | undefined> {
  const keys = tokenize(typed).map((t) => t.key);
  if (keys.length === 0 || keys.length > 6 || !keys.some((k) => WHEN_WORDS.has(k)) || !keys.every((k) => WHEN_WORDS.has(k) || AROUND.has(k))) return undefined;
  // A question, never a command ("turn it off" is no "and off?"): a question mark, a question word or an "and"/"too".
  if (!/\?/.test(typed) && keys[0] !== 'and' && !keys.some((k) => ASKING.has(k))) return undefined;
  const subject = focus.subjects[0];
  const questions = [
    ...(SCHEDULE_INTENTS.has(focus.intent) ? [focus.text] : []),
    ...(subject?.entity_type === 'schedule' ? [`when does ${subject.name} run`] : []),
  ];
  for (const text of questions) {
    const match = await engine.match(text);
    if (match && SCHEDULE_INTENTS.has(match.intent) && !Object.values(match.slots).some((v) => v.type === 'ambiguous' || v.type === 'missing')) return { match, text };
  }
  return undefined;
}
