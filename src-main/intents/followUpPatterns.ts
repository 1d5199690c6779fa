// The phrasings FollowUpReader.ts tells apart (split from it, a pure move): "them" and "those" for what was listed,
// "there" for the last subject's place, "one" for one of the listed, a schedule's times, a task's "how long", the
// intents a follow-up keeps, and a kind word said alone as a reply.
import { CUES } from './cueWords';
import { kindForPhrase } from './deviceKinds';
import { tokenize } from './normalizeText';

/** Intents whose answer can be narrowed to what the last answer listed ("which of them run on battery"). */
export const SCOPABLE = new Set(['battery_devices', 'by_capability', 'kind_on', 'list_kind', 'count_kind', 'count_devices']);
export const GROUP_WORDS = new Set(['them', 'those', 'these', 'ones', 'they']);
/** The group as said: "of them", "the ones", "those". */
export const GROUP_PHRASE = /\s(?:of\s+)?(?:them|those|these|the ones|ones|they)(?=\s|$|[?.!])/i;
/** "which are …" / "which is …" with no noun after "which". */
export const THERE = /\b(from|to|in|at|down|up|out|over)\s+(?:there|that room|the same room)\b/i;
export const THERE_AT_END = /\s+there$/i;
/** A question ending in "there" said of a place ("is the fan on there", "… on out there"), not "is there" / "what's there". */
export const PLACE_THERE_AT_END = /(?<!\b(?:is|are|was|were|s|anything|something|nothing|one|any))(?:\s+(?:out|up|down|over|back))?\s+there(\s*[?.!]*)$/i;
/** "and what's the actual temp" is a whole question, not a fragment; so is a thing and its state ("fans running too?"). */
export const STATE_LAST = /^(?:the\s+)?\p{L}[\p{L}\s'-]*\s(?:running|going|working|on|off|open|closed|shut|locked|unlocked|charging|heating)[?!.\s]*$/iu;
export const FROM_TO = /^from\s+\S.*\s+to\s+\S/i;
/** A person doing something ("she", "he"): "her …" is then hers, not something in her room. */
export const PERSON = /\b(she|he)\b/i;
/** A reply that is only a name with a possessive ("zosia's", "the kuba's?"). */
export const POSSESSIVE_ONLY = /^(?:the\s+)?(\p{L}{3,})['’]s?(?:\s+(?:too|as well|also))?[?.!]*$/u;
export const SECRET_WORDS: ReadonlySet<string> = new Set(CUES.secret.concat('code'));
/** "guest one then?", "the upstairs one?": one more of the thing just asked about, said by what sets it apart. */
export const ONE_THEN = /^(?:and\s+|just\s+|only\s+)?(?:the\s+)?(\p{L}[\p{L}\d'’-]*(?:\s+\p{L}[\p{L}\d'’-]*)?)\s+one(?:\s+then)?(?:,[^,]*)?[?.!]*$/iu;
/** "one" standing for one of the listed devices (not "which one", "the one in …"). */
export const ONE_OF_THEM = /(?<!\b(?:which|the|that|this|no|any|every|each)\s+)\bone\b(?!\s+(?:of|in|on|at|by|with|that|which)\b)/i;
/** Times and levels a schedule has: a question with one of them after a schedule answer is about that schedule. */
export const SCHEDULE_TIME = /\b(morning|evening|night|afternoon|weekdays?|weekends?|otherwise|rest of the|overnight|bedtime)\b/i;
/** What happens to a device, never to its manual: serviced, repaired, due, under warranty. */
export const UPKEEP = /\b(servic\w*|repair\w*|due|warranty|guarantee|inspect\w*|broke|broken|fixed)\b/i;
/** "how long?", "how long does that take", "how often do i do it": the last task's duration or frequency. */
export const BARE_ASPECT = /^(and\s+)?how (often|long)(\s+(does|will|would|should|do|did)(\s+(i|we))?(\s+(do|need to do|have to do))?\s+(that|it|this)(\s+take)?)?\??$/i;
export const COUNT_THAT = /^how many(?: (?:is|are|was|were)|['’]s) (that|those|them|they|there)\b|^how many\??$|^count (them|those)\b/i;
/** "which are getting low" after a list: which of the listed ones (no noun after "which"). */
export const WHICH_OF_LISTED = /^which\s+(are|is|were)\b/i;

/** Questions of a place that its one device answers: that device is what a pronoun next means. */
export const THROUGH_ONE_DEVICE: ReadonlySet<string> = new Set(['kind_on', 'readings']);
export const STATE_INTENTS: ReadonlySet<string> = new Set(['device_state', 'state_on', 'state_open', 'state_locked']);
export const COMMANDS: ReadonlySet<string> = new Set(['turn_on', 'turn_off', 'set_level', 'set_temperature', 'open', 'close', 'lock', 'unlock', 'arm', 'disarm']);

/** "dryer?", "the oven?": a reply that is one kind word of one or two words, and nothing else. */
export function bareKindWord(text: string): string | undefined {
  const words = tokenize(text).filter((t) => t.key !== 'the');
  return words.length >= 1 && words.length <= 2 && kindForPhrase(words.map((t) => t.key).join(' ')) ? words.map((t) => t.text).join(' ') : undefined;
}
