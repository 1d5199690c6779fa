// "any tips for the solar heater", "geyser not heating, what do i do", "what ph should the pool be", "what does a red
// light on the charger mean": questions that ask for advice or knowledge, which the notes, manuals and procedures of
// the home answer in a sentence, not the device's state reading or a list of rooms. The question says so by a small
// closed class of English words (what do I do, should, tips, why, mean, what kind of, won't / not working, what
// does the manual say); the documents linked to the device asked about, or sharing the question's words, are ranked
// sentence by sentence. Nothing that fits: undefined, and the reading the engine had answers as before.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { formatSteps } from './answerKnowledge';
import type { IntentMatch } from './IntentEngine';
import { ASPECTS, textOf } from './answerGraphSearch';
import { aspectOf, errorCode } from './cueWords';
import { kindForPhrase } from './deviceKinds';
import { manualsOf } from './manualSentence';
import { STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';
import { stemMatch } from './procedureFit';
import { sameStem } from './relatedKnowledge';
import { sentencesOf } from './sentences';

// 'situation': what happens when something does (happeningAsked.ts), asked of the documents once no automation answers.
export type AdviceCue = 'trouble' | 'advice' | 'meaning' | 'document' | 'covered' | 'situation';

/** Words that make a question about a situation: "what do i do", "won't open", "not heating", "goes off". */
const TROUBLE = /\b(what (do|should|can) (i|we|you) do|what to do|(won'?t|doesn'?t|does not|will not|isn'?t|is not|not) (work|working|open|opening|close|closing|heat|heating|cool|cooling|start|starting|turn|turning|charge|charging|lock|locking|unlock|connect|connecting|respond|responding|drain|draining|come on|switch)\b|broken|stuck|goes off|went off|gone (cold|off|out)|keeps (beeping|going off|turning off|flashing|blinking|tripping))/;
/** "if the battery die(s)", "when the power fails": a situation said as a condition, which a procedure may answer. */
const GIVES_OUT = /\b(if|when|once)\b.*\b(die|dies|died|dead|fails?|failed|runs? out|ran out|goes flat|go flat|(gets?|goes|go|runs?|ran) low)\b/;
/** Asking for advice or a recommended value: "should", "tips", "why". */
// "oil change interval on the beta", "service intervals": how often, which a manual says.
const ADVICE = /\b(should|ought|tips?|hints?|advice|recommend(ed)?|after how long|what kind of|what type of|which kind of|which type of|intervals?)\b/;
/** "what does a red light mean". */
const MEANING = /\bwhat (does|do|is) .+ (mean|means|meaning)\b|\bwhat is the meaning\b/;
/** "what does the manual say about …", "what do the notes say". */
// The document may be named: "what does the boat-sitter note say", "what does the Lifeline guide say".
const DOCUMENT = /\b(what|anything) (does|do|did) (the|its|it is|their|my|our)( [\w'-]+){0,3} (manual|manuals|guide|handbook|notes?|instructions?|procedure)s? (say|said|tell|mention)/;

/** Words of the question's form, not of what it is about. */
const FORM = new Set([
  'should', 'shall', 'ought', 'if', 'why', 'kind', 'type', 'sort', 'mean', 'meaning', 'say', 'said', 'tell', 'mention',
  'will', 'wont', 'doesnt', 'isnt', 'working', 'happen', 'happens', 'go', 'goe', 'going', 'gone', 'went', 'keep', 'keeps',
  'need', 'know', 'advice', 'recommend', 'recommended', 'best', 'way', 'whats', 'am', 'done', 'get', 'make',
  'manual', 'guide', 'note', 'instruction', 'procedure', 'anything', 'something', 'he', 'she', 'him', 'her', 'them', 'they', 'their', 'its',
]);
/** "what pressure should the boiler be at", "what should it read": a value, which a sentence says with a figure. */
const VALUE_ASKED = /\bwhat\b.*\bshould\b.*\b(be|read|stay|show|sit)\b/;
const RECOMMENDS = /\b(should|recommended|ideal|keep|target|normal)\b/i;
/** Advice nouns: a document named with one ("Sauna tips") is the home's advice. */
const ADVICE_NOUNS = new Set(['tip', 'hint', 'advice', 'trick']);
/** Metadata of a manual, never the sentence that answers. */
const METADATA = /^(title|format|pages|language|difficulty|private|due date|url|file|version):/i;
const MAX_SNIPPET = 240;
/** "what time …", "at what time …", "when …": a question of when something goes off, not of what to do then. */
const TIME_ASKED = /^\W*(?:(?:at|by|after|until) )?(?:what time|when)\b/;
/** A sentence that goes on about the one before by a pronoun: "If they are under 60 %, …", "It takes 4 hours.". */
const CONTINUES = /^\W*((if|when|once|but|so|and|then) )?(they|it|these|those|them)\b/i;
/** Evidence needed: two of the question's words, or one in a document about the thing asked about. */
const ENOUGH = 2;

export function adviceCue(text: string): AdviceCue | undefined {
  const lower = text.toLowerCase().replace(/[’‘`]/g, "'");
  if (DOCUMENT.test(lower)) return 'document';
  if (MEANING.test(lower)) return 'meaning';
  // "what time the gate light goes off normally": a time asked of a switching, no trouble.
  const trouble = TROUBLE.exec(lower)?.[0];
  const offAsked = TIME_ASKED.test(lower) && /^(?:goes|went|gone) off$/.test(trouble ?? '') && !/\bwhat (?:do|should|can) (?:i|we|you) do\b|\bwhat to do\b/.test(lower);
  if (trouble && !offAsked) return 'trouble';
  if (ADVICE.test(lower)) return 'advice';
  return undefined;
}

export interface AdviceFound {
  doc: Entity;
  sentences: string[];
  /** A procedure that answers "what do I do" as a whole. */
  whole: boolean;
}

interface Scored { doc: Entity; sentence: string; score: number; words: number }

/** The content words of a question: its words less stop words and the words of its form. */
export function contentWords(text: string): string[] {
  return [...new Set(tokenize(text).map((t) => t.key).filter((k) => (k.length > 2 || /^[a-z]{2}$/.test(k) || /^(?=.*\d)(?=.*[a-z])\w{2}$/.test(k)) && !STOP_WORDS.has(k) && !FORM.has(k)))];
}

/** Entities the reading is about: its entity slots (a device, a thing, an automation). */
function subjectsOf(match: IntentMatch): Entity[] {
  return Object.values(match.slots).flatMap((v) => (v.type === 'entity' ? [v.entity] : []));
}

/** "jammed" ~ "jams", "filters" ~ "filter": either way of matching a word's stem. */
function fits(key: string, word: string): boolean {
  return stemMatch(key, word) || sameStem(key, word);
}

function keysOf(text: string): string[] {
  return tokenize(text).map((t) => t.key);
}

function visible(doc: Entity, admin: boolean): boolean {
  return doc.entity_type !== 'note' || doc.content['private'] !== true || admin;
}

/**
 * The document sentence that answers an advice question about `match`'s subjects (or, with none, about the words
 * asked), or undefined when no document holds enough of it. Private notes are only read for an admin.
 */
export function adviceFromKnowledge(snapshot: HomeSnapshot, match: IntentMatch, text: string, cue: AdviceCue, admin: boolean): AdviceFound | undefined {
  const content = contentWords(text);
  if (content.length === 0) return undefined;
  const subjects = subjectsOf(match);
  const subjectIds = new Set(subjects.map((s) => s.id));
  const subjectWords = new Set(subjects.flatMap((s) => keysOf(s.name)).filter((k) => k.length >= 4 && !STOP_WORDS.has(k) && !kindForPhrase(k)));
  const aspectName = aspectOf(tokenize(text).map((t) => t.key));
  const aspect = aspectName && aspectName !== 'temperature' ? ASPECTS[aspectName] : undefined;
  const docs = [...snapshot.procedures, ...manualsOf(snapshot), ...snapshot.notes].filter((d) => visible(d, admin));
  const asksValue = VALUE_ASKED.test(text.toLowerCase());
  const asksTips = cue === 'advice' && content.some((w) => ADVICE_NOUNS.has(w));
  let best: Scored | undefined;
  const scored: Scored[] = [];
  for (const doc of docs) {
    // A document linked to the device asked about is about it, whatever language its name is in.
    const nameKeys = keysOf(doc.name);
    // …or named with a word of its name that is no kind ("Manteniment piscina" is about "Sensor piscina").
    const linked = (snapshot.devicesOfDoc.get(doc.id) ?? []).some((d) => subjectIds.has(d.id)) || subjectIds.has(doc.id) || nameKeys.some((k) => subjectWords.has(k));
    const inName = content.filter((w) => nameKeys.some((k) => fits(k, w)));
    const adviceName = cue === 'advice' && nameKeys.some((k) => ADVICE_NOUNS.has(k)) ? 0.5 : 0;
    for (const sentence of sentencesOf(textOf(doc))) {
      if (METADATA.test(sentence) || sentence.replace(/\.$/, '') === doc.content['title']) continue;
      const keys = keysOf(sentence);
      const inSentence = content.filter((w) => !inName.includes(w) && keys.some((k) => fits(k, w)));
      const words = inName.length + inSentence.length;
      if (words === 0 || (aspect && !aspect.test(sentence)) || (asksValue && !/\d/.test(sentence))) continue;
      // Only the name said it: the sentence must add something of its own (a number, a word asked) to be the answer.
      // "any tips for the heater": a note about it (linked, or named with its words) is its tips, sentence by sentence.
      const tipsNote = asksTips && doc.entity_type === 'note' && (linked || inName.length > 0);
      const own = inSentence.length > 0 || (cue === 'trouble' && doc.entity_type === 'procedure') || adviceName > 0 || tipsNote;
      if (!own) continue;
      let score = words + (linked ? 1 : 0) + adviceName;
      // "what do I do": a procedure is the answer; "should"/"mean": the sentence with a figure or an "=" is the fact.
      if (cue === 'trouble' && doc.entity_type === 'procedure') score += 0.5;
      if (cue !== 'trouble' && inSentence.length > 0 && /\d|=/.test(sentence)) score += 0.25;
      // "what should it read": the sentence that says what it should be ("should read 1-1.5 bar", "keep it between").
      if (asksValue && RECOMMENDS.test(sentence)) score += 0.25;
      const entry = { doc, sentence: sentence.trim(), score, words };
      scored.push(entry);
      if (!best || score > best.score) best = entry;
    }
  }
  if (!best || best.score < ENOUGH) return undefined;
  // Every word asked in the one sentence (and its document's name), or it is no answer to a question of structure.
  if (cue === 'covered' && best.words < content.length) return undefined;
  // Two documents as good as each other: no pick (the reading the engine had answers instead).
  const top = best;
  if (scored.some((s) => s.doc !== top.doc && s.score === top.score)) return undefined;
  if (cue === 'trouble' && top.doc.entity_type === 'procedure') return { doc: top.doc, sentences: [], whole: true };
  // A note's other sentences that hold the asked words too ("Winter: … 1 hour …; summer never needed").
  const more = scored.filter((s) => s.doc === top.doc && s !== top && s.score >= top.score).slice(0, 1);
  // "… never let the batteries go below 50 %. If they are under 60 %, run the Beta …": the next sentence speaks of
  // the same thing by a pronoun, so it goes on the answer (the words asked are in the first only).
  const all = sentencesOf(textOf(top.doc)).map((x) => x.trim());
  const next = all[all.indexOf(top.sentence) + 1];
  const goesOn = more.length === 0 && next !== undefined && CONTINUES.test(next) ? [next] : [];
  return { doc: top.doc, sentences: [top.sentence, ...more.map((s) => s.sentence), ...goesOn], whole: false };
}

/** The template of a question no reading understood, asked of the documents only. */
export const NO_READING = 'advice:no-reading';

/** A reading of nothing, for a question no template or mention understood. */
export function noReading(text: string): IntentMatch {
  return { intent: 'how_to', category: 'knowledge', slots: {}, confidence: 0, alternatives: [], template: NO_READING, words: keysOf(text) };
}

/** Readings an advice question is answered with instead: state, places, lists, a search (never a command). */
const REPLACEABLE = new Set(['device_state', 'state_on', 'state_open', 'state_locked', 'setpoint', 'readings', 'schedules_for_device', 'where_is',
  'rooms_in_home', 'rooms_in_place', 'devices_in_place', 'list_kind', 'automation_targets', 'automations_for_device', 'search_graph', 'kind_on', 'device_controllers']);

/** Structure readings a question is taken for when a name in it is a place ("which load shedding area are we"). */
const STRUCTURE = new Set(['rooms_in_home', 'rooms_in_place', 'where_is', 'devices_in_place']);
const ASKING = new Set(['what', 'which', 'where', 'who']);

/** Words the reading's slots account for: what they said and the names of what they found. */
function explained(match: IntentMatch): Set<string> {
  const out = new Set<string>();
  for (const value of Object.values(match.slots)) {
    for (const k of keysOf(value.text)) out.add(k);
    if (value.type === 'entity') for (const k of keysOf(value.entity.name)) out.add(k);
  }
  return out;
}

/**
 * "where's the cellar key", "which load shedding area are we": a question whose words the structure reading does not
 * all account for, asked of what one document sentence holds every word of, is a question for the documents.
 */
function coveredCue(match: IntentMatch, text: string): AdviceCue | undefined {
  if (!STRUCTURE.has(match.intent) || !ASKING.has(tokenize(text)[0]?.key ?? '')) return undefined;
  const content = contentWords(text);
  const seen = explained(match);
  return content.length >= 2 && content.some((w) => !seen.has(w)) ? 'covered' : undefined;
}

/** The answer from the home's documents to an advice question the reading took for something else, or undefined. */
export function answerAdvice(input: IntentAnswerInput, text: string): string | undefined {
  // "what does F11 mean": an error code is looked up by the graph search, which quotes the code's own sentence.
  if (errorCode(tokenize(text))) return undefined;
  // "if the battery die how person go enter" is no question about which batteries are low: a procedure may answer it.
  const givesOut = input.match.intent === 'battery_devices' && GIVES_OUT.test(text.toLowerCase());
  const cue = adviceCue(text) ?? coveredCue(input.match, text) ?? (givesOut ? 'trouble' : undefined);
  // "what do I do if the alarm goes off" read as a how-to of a situation: a note may say what to do.
  const situation = cue === 'trouble' && input.match.intent === 'how_to' && input.match.slots['situation'] !== undefined;
  const replaceable = REPLACEABLE.has(input.match.intent) || givesOut || (cue === 'document' && input.match.category !== 'control') || situation || input.match.template === NO_READING;
  if (!cue || !replaceable) return undefined;
  const found = adviceFromKnowledge(input.snapshot, input.match, text, cue, input.context.role === 'admin');
  if (!found) return undefined;
  input.answer.cite(found.doc);
  return found.whole ? formatSteps(found.doc) : saidFrom(found);
}

/** "From Thermosifonas tip: Winter: turn …". */
export function saidFrom(found: AdviceFound): string {
  const text = found.sentences.join(' ');
  const shown = text.length > MAX_SNIPPET ? `${text.slice(0, MAX_SNIPPET - 1)}…` : text;
  return `From ${found.doc.name}: ${shown}`;
}
