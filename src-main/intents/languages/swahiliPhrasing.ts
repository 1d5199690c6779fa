// Swahili and Sheng (Kenyan and Tanzanian, mixed with English as typed on a phone) in the English order the engine
// reads. Swahili puts the question word last ("inverter iko wapi" = where is the inverter, "taa gani ziko on" = which
// lights are on, "tuko na kamera ngapi" = how many cameras do we have) and the command first ("zima taa za sebule" =
// turn off the sebule lights, "iweke 23" = set it to 23). The words' jobs come from swahiliWords.ts; names stay as typed.
// English is never rewritten: a sentence is read as Swahili only with a Swahili command first, a question word, a
// Swahili verb form, or a locative copula after a subject ("gate iko wazi"), none of which English has.
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../deviceKinds';
import { floorAtEnd, withoutReason } from './swahiliClauses';
import { listingOfPlace, wayBetween } from './swahiliPlaces';
import { isLight, locks, SWAHILI, swahiliTokens, type Token } from './swahiliWords';
import { questionOf } from './swahiliQuestions';
import { subject } from './swahiliSubject';

const ENGLISH_LEAD = /^(is|are|was|were|which|what|whats|how|why|when|where|who|do|does|did|can|could|has|have|turn|switch|set|open|close|lock|unlock|start|stop|show|list|tell|give|find|dim|arm|disarm|any|the|my|our|and|also|i|we)$/;
const NUMBER = /^\d+(?:[.,]\d+)?%?$/;
const ASKED_LAST = new Set(['ngapi', 'wapi', 'gani', 'lini', 'nini', 'aje']);
/** Connectors that open a follow-up ("ya corridor" = the corridor one); "la" and "kwa" are left out ("la" is French). */
const LEAD_CONNECTORS = new Set(['ya', 'za', 'cha', 'vya', 'wa']);
/** Cue words that other languages (or English) use too: they never count toward calling a sentence Swahili. */
const SHARED_WORDS = new Set(['on', 'off', 'la', 'na', 'ni', 'ko', 'si', 'je', 'pia', 'ile', 'vile', 'hii', 'kila', 'wa', 'kwa', 'tu', 'ya']);
const QUESTION_ROLES = new Set(['where', 'which', 'howMany', 'howMuch', 'what', 'when', 'how', 'who', 'why']);

/** The sentence in English word order, or undefined when it is not Swahili. */
export function swahiliPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  const words = withoutReason(text, snapshot).toLowerCase().replace(/[’‘`]/g, "'").replace(/[?!.,;:]+/g, ' ').split(/\s+/).filter(Boolean);
  // An English opening is English, unless a Swahili question word closes the sentence ("set to ngapi").
  if (words.length === 0 || (ENGLISH_LEAD.test(words[0] ?? '') && !ASKED_LAST.has(words[words.length - 1] ?? ''))) return undefined;
  const tokens = withoutCourtesy(swahiliTokens(words, snapshot));
  // "njia kutoka baraza hadi jikoni": the way between two places, whatever else the sentence holds.
  const way = wayBetween(tokens, snapshot, subject);
  if (way) return way;
  if (tokens.length === 0 || !isSwahili(tokens)) return undefined;
  // "na ya chumbani?", "na taa za nje": one more like the last.
  if (tokens[0]?.kind === 'and' && tokens.length > 1) {
    // "na bafu?": a place alone is read by the engine as before (it carries the last question over).
    if (tokens.length === 2 && tokens[1]?.kind === 'name' && tokens[1].place) return undefined;
    const rest = compose(tokens.slice(1), snapshot) ?? subject(tokens.slice(1), snapshot, false);
    return rest ? `and ${rest}` : undefined;
  }
  return compose(tokens, snapshot);
}

function isSwahili(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (first?.kind === 'command' || first?.kind === 'howTo') return true;
  // "na ya corridor", "ya garden": the follow-up opener before a name.
  // "na ya corridor", "na inverter manual": "and" before a connector or a name ("na" alone is Polish "on" too).
  const second = tokens[1];
  if (first?.kind === 'and' && first.said === 'na' && ((second?.kind === 'of' && LEAD_CONNECTORS.has(second.said)) || second?.kind === 'name')) return true;
  // "kamera zote", "ratiba yake", "vidokezo vyovyote": all/its/any said after the thing.
  const last = tokens[tokens.length - 1];
  if (tokens.length > 1 && (last?.kind === 'all' || last?.kind === 'its' || last?.kind === 'any')) return true;
  if (first?.kind === 'of' && LEAD_CONNECTORS.has(first.said) && tokens.length <= 4 && tokens[1]?.kind === 'name') return true;
  let cues = 0;
  for (const [i, t] of tokens.entries()) {
    if (t.kind === 'question' && QUESTION_ROLES.has(t.role)) return true;
    if (t.kind === 'verb' || t.kind === 'none' || t.kind === 'exists' || t.kind === 'have' || t.kind === 'has' || t.kind === 'howTo') return true;
    if (t.kind === 'command' && t.object) return true;
    if (t.kind === 'copula' && t.strong && i > 0) return true;
    if (['copula', 'noun', 'all', 'its', 'of', 'it', 'state', 'other', 'question', 'and', 'swahiliVerb'].includes(t.kind) && !SHARED_WORDS.has(t.said)) cues++;
  }
  return cues >= 2;
}

function withoutCourtesy(tokens: readonly Token[]): Token[] {
  let out = [...tokens];
  while (out.length > 1 && SWAHILI.politeLeads.includes(out[0]?.said ?? '')) out = out.slice(1);
  while (out.length > 1 && SWAHILI.tags.includes(out[out.length - 1]?.said ?? '') && out[out.length - 1]?.kind !== 'state') out = out.slice(0, -1);
  return out;
}

function compose(tokens: Token[], snapshot: HomeSnapshot): string | undefined {
  const first = tokens[0];
  if (first?.kind === 'command') return command(first, tokens.slice(1), snapshot);
  if (first?.kind === 'howTo') return `how do i ${first.english} ${subject(tokens.slice(1), snapshot, false)}`.trim();
  // "gate imekataa kufunguka, nafungua aje": how I do it, to the thing named first.
  const mine = tokens.find((t) => t.kind === 'swahiliVerb' && t.doing);
  if (mine?.kind === 'swahiliVerb' && tokens.some((t) => t.kind === 'question' && t.role === 'how')) {
    const named = tokens.find((t) => t.kind === 'name' || t.kind === 'noun');
    return `how do i ${mine.doing} ${named ? subject([named], snapshot, false) : 'it'}`.trim();
  }
  // "ya corridor", "ya master bedroom": the one there (follow-ups).
  if (first?.kind === 'of' && tokens.every((t) => !['question', 'copula', 'verb', 'its'].includes(t.kind))) return `the ${subject(tokens.slice(1), snapshot, false)} one`;
  const question = questionOf(tokens, snapshot) ?? listingOfPlace(tokens);
  if (question) return question;
  // "ile ingine", "hiyo": the other one, that one.
  if (tokens.every((t) => t.kind === 'it' || t.kind === 'other')) return subject(tokens, snapshot, false);
  const last = tokens[tokens.length - 1];
  const said = subject(tokens.slice(0, -1), snapshot, true);
  if (said && last?.kind === 'all') return `list all ${said}`;
  if (said && last?.kind === 'any') return `any ${said}`;
  if (said && last?.kind === 'its') return `its ${said}`;
  return undefined;
}

/** "zima taa za sebule", "weka heater ya bibi 24", "izime", "fungua mlango wa mbele": the command in English. */
function command(verb: Extract<Token, { kind: 'command' }>, rest: Token[], snapshot: HomeSnapshot): string | undefined {
  // "washa iweke 40": the last command said is the one that carries the value.
  const later = rest.findIndex((t) => t.kind === 'command');
  if (later >= 0) {
    const second = rest[later] as Extract<Token, { kind: 'command' }>;
    if (rest.slice(later + 1).some((t) => t.said && NUMBER.test(t.said))) return command(second, rest.slice(later + 1), snapshot);
    rest = rest.slice(0, later);
  }
  // What follows a copula or a clause of its own ("ni homework time", "nataka kuoga") is no part of the target.
  const stop = rest.findIndex((t) => t.kind === 'copula' || t.kind === 'question' || t.kind === 'verb' || t.kind === 'swahiliVerb');
  if (stop >= 0) rest = rest.slice(0, stop);
  const numberAt = rest.findIndex((t) => NUMBER.test(t.said));
  const value = numberAt >= 0 ? rest[numberAt]?.said : undefined;
  const percent = rest.some((t) => t.kind === 'unit' && t.english === 'percent');
  let target = (numberAt >= 0 ? rest.slice(0, numberAt) : rest).filter((t) => !(t.kind === 'word' && SWAHILI.setLinks.includes(t.said)) && t.kind !== 'unit');
  if (numberAt >= 0) while (target.length > 0 && ['in', 'of'].includes(target[target.length - 1]?.kind ?? '')) target = target.slice(0, -1);
  const floor = value === undefined ? floorAtEnd(target, snapshot) : undefined;
  if (floor) target = floor.rest;
  const plural = rest.some((t) => t.kind === 'all' || (t.kind === 'of' && ['za', 'vya'].includes(t.said)));
  let said = subject(trimmedUnknown(target, snapshot), snapshot, plural);
  // "zima kiua mbu chake": a command acts on a thing, so "-ake" is whose it is (his/her), not a part of the last one.
  if (said.startsWith('its ')) said = `her ${said.slice(4)}`;
  // "izime", "uzime tv": the object prefix stands for the thing only when no thing is said after it.
  const them = rest.some((t) => t.kind === 'all') ? 'them' : 'it';
  const it = said === '' || said === 'it' || said === 'all' ? (verb.object ?? them) : undefined;
  if (it) said = it;
  const state = rest.find((t) => t.kind === 'state');
  let english = verb.english;
  if (verb.lock && locks(said, snapshot)) english = verb.lock;
  if (verb.light && isLight(said, snapshot)) english = verb.light;
  if (english === 'set' && state?.kind === 'state' && (state.state === 'on' || state.state === 'off')) english = `turn ${state.state}`;
  // A number after "zima" or "fungua" ("zima taa tatu" = three lights) is no value to set: left to the engine.
  if (value !== undefined && !['set', 'turn on', 'lower', 'raise', 'dim', 'brighten'].includes(english)) return undefined;
  if (value !== undefined) return `${english === 'turn on' ? 'set' : english} ${said} to ${value}${percent && !value.endsWith('%') ? '%' : ''}`;
  if (english === 'set') return undefined;
  if (floor) return `${english} ${it === 'them' ? 'all of them' : said} ${floor.floor}`;
  if (it && english.startsWith('turn ')) return `turn ${it} ${english.slice(5)}`;
  return `${english} ${said}`;
}

/** The target without a clause of plain words after it that the home never uses ("washa heater nataka kuoga"). */
function trimmedUnknown(tokens: Token[], snapshot: HomeSnapshot): Token[] {
  let end = tokens.length;
  while (end > 1 && tokens[end - 1]?.kind === 'word' && !known(tokens[end - 1]?.said ?? '', snapshot)) end--;
  return tokens.slice(0, end);
}

function known(word: string, snapshot: HomeSnapshot): boolean {
  return snapshot.phrases.has(phraseKey(word)) || /^[a-z]+(s|'s)?$/.test(word) && !/^(ni|na|tu|u|a|wa|ki|vi|zi|i|m)(na|me|li|ta)\w+$/.test(word);
}
