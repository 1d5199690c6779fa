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

/** A question said the Swahili way, in English; undefined when the words fit none of the question shapes. */
function questionOf(all: Token[], snapshot: HomeSnapshot): string | undefined {
  let tokens = all.filter((t) => !(t.kind === 'question' && t.role === 'ask'));
  // "ni taa gani ziko on": the leading "ni" (it is) says nothing.
  if (tokens[0]?.kind === 'copula' && tokens[0].said === 'ni' && tokens.length > 2) tokens = tokens.slice(1);
  const plural = tokens.some((t) => (t.kind === 'copula' && t.plural) || (t.kind === 'verb' && t.plural) || t.kind === 'all' || (t.kind === 'question' && t.role === 'howMany'));
  const at = (role: string): number => tokens.findIndex((t) => t.kind === 'question' && t.role === role);
  const be = plural ? 'are' : 'is';
  const where = at('where');
  if (where >= 0) {
    const before = beforeCopula(tokens.slice(0, where));
    const leads = tokens.some((t) => t.kind === 'verb' && t.state === 'lead');
    if (leads && before.length > 0) return `where does ${subject(before, snapshot, false)} lead`;
    const said = subject(before.length > 0 ? before : tokens.slice(where + 1).filter((t) => t.kind !== 'copula'), snapshot, plural);
    return `where ${be} ${said || 'it'}`;
  }
  const when = at('when');
  if (when >= 0) return whenQuestion(tokens.slice(0, when), snapshot);
  const howMany = at('howMany') >= 0 ? at('howMany') : at('howMuch');
  if (howMany >= 0) return amountQuestion(tokens, howMany, snapshot);
  const what = at('what');
  if (what >= 0) return whatQuestion(tokens, what, snapshot);
  const which = at('which');
  if (which >= 0) return whichQuestion(tokens, which, snapshot);
  const how = at('how');
  if (how >= 0) {
    const before = tokens.slice(0, how);
    const adjective = before.length > 2 && before[before.length - 1]?.kind === 'word' && before[before.length - 2]?.kind === 'copula' ? before[before.length - 1]?.said : undefined;
    const said = subject(beforeCopula(adjective ? before.slice(0, -1) : before), snapshot, plural);
    if (adjective) return `how ${adjective} ${be} ${said}`;
    return said ? `what is ${said}` : undefined;
  }
  return stateQuestion(tokens, snapshot, plural);
}

/** "gate iko wazi", "front door imefungwa", "generator inarun", "alarm iko armed", "kuna kamera iko offline". */
function stateQuestion(tokens: Token[], snapshot: HomeSnapshot, plural: boolean): string | undefined {
  const any = tokens[0]?.kind === 'exists' || tokens[0]?.kind === 'none';
  const body = any ? tokens.slice(1) : tokens;
  const verbAt = body.findIndex((t) => t.kind === 'verb' || t.kind === 'copula');
  if (verbAt <= 0) return undefined;
  const said = subject(body.slice(0, verbAt), snapshot, plural);
  const linker = body[verbAt];
  let after = body.slice(verbAt + 1);
  let state: string | undefined;
  if (linker?.kind === 'verb') state = linker.state;
  else if (after[0]?.kind === 'verb') state = after[0].state;
  else if (after[0]?.kind === 'state') state = after[0].state;
  if (state !== undefined) after = after.slice(linker?.kind === 'verb' ? 0 : 1);
  if (state === 'closed' && locks(said, snapshot)) state = 'locked';
  if (state === 'open' && linker?.kind === 'verb' && locks(said, snapshot)) state = 'unlocked';
  const rest = after.filter((t) => t.kind !== 'state' && t.kind !== 'verb' && !(any && (t.kind === 'in' || (t.kind === 'name' && t.place)))).map((t) => t.said);
  if (state === undefined) {
    // "alarm iko armed", "freezer iko cold enough": English words after the copula say the state.
    if (linker?.kind !== 'copula' || !linker.strong || rest.length === 0 || rest.length > 3 || after.some((t) => t.kind !== 'word')) return undefined;
    state = rest.join(' ');
  } else if (state === 'left') {
    return undefined;
  }
  if (any) {
    // "kuna taa zimewaka jikoni", "hakuna taa iko on kwa bafu": which of a kind are so, there.
    const inAt = after.findIndex((t) => t.kind === 'in');
    const named = after.find((t) => t.kind === 'name' && t.place);
    const place = inAt >= 0 ? subject(after.slice(inAt + 1).filter((t) => t.kind === 'name' || t.kind === 'word'), snapshot, false) : named?.kind === 'name' ? named.text : '';
    return `which ${subject(body.slice(0, verbAt), snapshot, true)} are ${state}${place ? ` in ${place}` : ''}`;
  }
  // "is the fan on": a kind said bare takes the article English gives it (a name of the home stays bare).
  const the = /^(the|all|its|it)\b/.test(said) || snapshot.phrases.has(phraseKey(said)) ? '' : 'the ';
  return `${plural ? 'are' : 'is'} ${the}${said} ${state}`.replace(/\s+/g, ' ');
}

/** "taa gani ziko on", "ni taa gani ziko kwa nje", "dstv iko channel gani", "alarm code ni gani". */
function whichQuestion(tokens: Token[], which: number, snapshot: HomeSnapshot): string | undefined {
  const before = tokens.slice(0, which);
  const after = tokens.slice(which + 1);
  const copulaAt = before.findIndex((t) => t.kind === 'copula' || t.kind === 'has');
  if (copulaAt > 0) {
    // "dstv iko channel gani", "fridge iko na temperature gani": which reading of the thing before the copula.
    const aspect = subject(before.slice(copulaAt + 1), snapshot, false);
    const said = subject(before.slice(0, copulaAt), snapshot, false);
    return aspect ? `what ${aspect} is ${said}` : `what is ${said}`;
  }
  const kind = subject(before, snapshot, true);
  if (!kind) return undefined;
  const inAt = after.findIndex((t) => t.kind === 'in');
  const where = inAt >= 0 ? after[inAt + 1] : undefined;
  // "ni input gani kwa sebule tv": which setting of a device, not which devices in a place.
  if (where && !(where.kind === 'name' && where.place) && inAt === after.length - 2) return `what ${subject(before, snapshot, false)} is ${subject([where], snapshot, false)}`;
  return `which ${kind} ${placeAndState(after, snapshot, 'are')}`.trim();
}

/** After a kind: "ziko on kwa bafu" → "are on in bafu"; "ziko kwa nje" → "are in nje"; nothing → "are there". */
function placeAndState(after: Token[], snapshot: HomeSnapshot, be: string): string {
  const state = after.find((t) => t.kind === 'state' || t.kind === 'verb');
  const inAt = after.findIndex((t) => t.kind === 'in');
  const named = after.find((t) => t.kind === 'name' && t.place);
  const place = inAt >= 0 ? subject(after.slice(inAt + 1).filter((t) => t.kind !== 'state' && t.kind !== 'verb'), snapshot, false) : named?.kind === 'name' ? named.text : '';
  const stateWord = state?.kind === 'state' || state?.kind === 'verb' ? state.state : '';
  return `${be}${stateWord ? ` ${stateWord}` : ''}${place ? ` in ${place}` : !stateWord ? ' there' : ''}`;
}

/** "tuko na kamera ngapi", "devices ngapi ziko kwa sebule", "battery ya inverter iko ngapi", "tokens zimebaki ngapi". */
function amountQuestion(tokens: Token[], at: number, snapshot: HomeSnapshot): string | undefined {
  const lead = tokens[0]?.kind === 'have' || tokens[0]?.kind === 'exists' ? 1 : 0;
  const before = tokens.slice(lead, at);
  const after = tokens.slice(at + 1);
  const copulaAt = before.findIndex((t) => t.kind === 'copula' || t.kind === 'verb' || t.kind === 'has');
  const linker = copulaAt >= 0 ? before[copulaAt] : undefined;
  if (linker?.kind === 'verb' && linker.state === 'left') {
    const ofAt = before.findIndex((t, i) => i > 0 && i < copulaAt - 1 && (t.kind === 'of' || t.kind === 'in'));
    // "diesel kwa generator imebaki ngapi": how much of it is left on the device.
    if (ofAt > 0 && !linker.plural) return `how much ${subject(before.slice(0, ofAt), snapshot, false)} is left on ${subject(before.slice(ofAt + 1, copulaAt), snapshot, false)}`;
    const said = subject(before.slice(0, copulaAt), snapshot, linker.plural);
    const unit = subject(before.slice(copulaAt + 1), snapshot, true);
    return unit ? `how many ${unit} are left on ${said}` : linker.plural ? `how many ${said} are left` : `how much ${said} is left`;
  }
  const counted = copulaAt >= 0 ? before.slice(0, copulaAt) : before;
  const many = lead > 0 || (linker?.kind === 'copula' && linker.plural) || after.some((t) => t.kind === 'copula' && t.plural) || looksPlural(counted);
  if (many && (copulaAt < 0 || lead > 0 || (copulaAt === before.length - 1 && after.length === 0))) {
    // "kamera ngapi", "tuko na kamera ngapi", "kamera ziko ngapi", "devices ngapi ziko kwa sebule": a count.
    const kind = subject(counted, snapshot, true);
    if (!kind) return undefined;
    return `how many ${kind} ${placeAndState(after.filter((t) => t.kind !== 'copula'), snapshot, 'are')}`.trim();
  }
  // "set to ngapi", "iko set kwa ngapi": what it is set to.
  if (before[0]?.said === 'set' && before.slice(1).every((t) => t.kind === 'in' || t.said === 'to')) return 'what is it set to';
  if (copulaAt < 0) return subject(before, snapshot, false) ? `what is ${subject(before, snapshot, false)}` : undefined;
  const said = subject(before.slice(0, copulaAt), snapshot, false);
  const aspect = before.slice(copulaAt + 1).filter((t) => !(t.kind === 'in'));
  if (!said) return undefined;
  // "shower heater iko set kwa ngapi": what it is set to.
  if (aspect[0]?.said === 'set') return `what is ${said} set to`;
  const aspectSaid = subject(aspect, snapshot, false);
  return aspectSaid ? `how much ${aspectSaid} does ${said} have` : `what is ${said}`;
}

/** "cameras", "taa" said with a plural agreement, "vifaa": a plural the count asks about. */
function looksPlural(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (last?.kind === 'noun') return last.singular !== last.plural || last.plural === last.singular && /s$/.test(last.plural);
  return /[a-z]s$/.test(last?.said ?? '') && !/ss$/.test(last?.said ?? '');
}

/** "nini iko kwa sebule", "kuna nini jikoni", "veranda iko na nini", "hikvision vitu gani", "nini inacontrol pump". */
function whatQuestion(tokens: Token[], at: number, snapshot: HomeSnapshot): string | undefined {
  const before = tokens.slice(0, at).filter((t) => t.kind !== 'exists');
  const after = tokens.slice(at + 1);
  const place = [...before, ...after].find((t) => t.kind === 'name' && t.place);
  const verb = after.find((t) => t.kind === 'verb');
  if (verb?.kind === 'verb' && at === 0) return `what ${verb.state} ${subject(after.slice(after.indexOf(verb) + 1), snapshot, false)}`;
  const inAt = after.findIndex((t) => t.kind === 'in');
  const hasAt = after.findIndex((t) => t.kind === 'has');
  if (hasAt >= 0 && at === 0 && hasAt < after.length - 1) return `which devices have ${adjectiveFirst(subject(after.slice(hasAt + 1), snapshot, false))}`;
  const target = inAt >= 0 ? after[inAt + 1] : undefined;
  // "anaangalia nini kwa tv" (what is on a device) is no question of a place: left to the engine as typed.
  if (target) return target.kind === 'name' && !target.place ? undefined : `what is in ${subject(after.slice(inAt + 1), snapshot, false)}`;
  if (place?.kind === 'name') return `what is in ${place.text}`;

  const said = subject(beforeCopula(before), snapshot, false);
  if (!said) return undefined;
  if (snapshot.manufacturers.has(phraseKey(said))) return `what ${said} devices are there`;
  return `what is ${said}`;
}

/** "generator ilifanyiwa service lini", "warranty inaisha lini", "taa zinawaka saa ngapi", "test ni lini". */
function whenQuestion(before: Token[], snapshot: HomeSnapshot): string | undefined {
  const verb = before.find((t) => t.kind === 'verb');
  const said = subject(before.filter((t) => t.kind !== 'copula' && t.kind !== 'verb'), snapshot, false) || (verb ? 'it' : '');
  if (!said) return undefined;
  const past = before.some((t) => t.kind === 'swahiliVerb' && t.past);
  if (verb?.kind === 'verb') {
    const act = verb.state === 'finished' ? 'end' : verb.state === 'on' || verb.state === 'off' ? `turn ${verb.state}` : undefined;
    if (act) return `when ${verb.plural ? 'do' : 'does'} ${said} ${act}`;
    return `when ${verb.past ? 'was' : 'is'} ${said}`;
  }
  return `when ${past ? 'was' : 'is'} ${said}`;
}

/** "battery low" → "low battery": English puts the state word first. */
function adjectiveFirst(said: string): string {
  const words = said.split(' ');
  const last = words[words.length - 1] ?? '';
  return words.length > 1 && /^(low|high|full|empty|dead|weak|ok)$/.test(last) ? [last, ...words.slice(0, -1)].join(' ') : said;
}

/** The words before the first copula (the subject of "X iko …"). */
function beforeCopula(tokens: Token[]): Token[] {
  const at = tokens.findIndex((t) => t.kind === 'copula' || t.kind === 'has' || t.kind === 'verb');
  return at >= 0 ? tokens.slice(0, at) : tokens;
}

/** The words of a thing in English order: "taa za sebule" → "sebule lights", "heater ya bibi" → "bibi's heater". */
export function subject(tokens: readonly Token[], snapshot: HomeSnapshot, plural: boolean): string {
  let out: string[] = [];
  let all = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'of' && i + 1 < tokens.length) {
      const owner = ownerRun(tokens, i + 1, out.join(' '), snapshot);
      const ownerSaid = subject(tokens.slice(i + 1, owner), snapshot, false);
      const byKind = tokens.slice(i + 1, owner).every((o) => o.kind === 'noun' || o.kind === 'outside');
      out = genitive(out.join(' '), ownerSaid, snapshot, t.said === 'kwa', byKind).split(' ').filter(Boolean);
      i = owner - 1;
    } else if (t.kind === 'name') out.push(t.text);
    else if (t.kind === 'noun') out.push(plural ? t.plural : t.singular);
    else if (t.kind === 'all') all = true;
    else if (t.kind === 'its') out.unshift('its');
    else if (t.kind === 'it') out.push(tokens[i + 1]?.kind === 'other' ? 'the' : out.length > 0 ? '' : 'it');
    else if (t.kind === 'other') out.push(out[out.length - 1] === 'the' ? 'other one' : 'other');
    else if (t.kind === 'in') out.push('in');
    else if (t.kind === 'outside') out.push('outside');
    else if (t.kind === 'unit') out.push(t.english);
    else if (t.kind === 'state') out.push(t.state);
    else if (t.kind === 'word') out.push(t.said);
  }
  const said = out.filter(Boolean).join(' ');
  return all && said ? `all ${said}` : said;
}

/** Where the owner of "X ya Y …" ends: the run of words after "ya", cut where the home names "Y X" ("panic button ya askari battery"). */
function ownerRun(tokens: readonly Token[], from: number, thing: string, snapshot: HomeSnapshot): number {
  let end = from;
  while (end < tokens.length && ['name', 'word', 'noun', 'outside'].includes(tokens[end]?.kind ?? '')) end++;
  for (let cut = end - 1; cut > from; cut--) {
    const owner = tokens.slice(from, cut).map((t) => (t.kind === 'name' ? t.text : t.said)).join(' ');
    if (snapshot.phrases.has(phraseKey(`${owner} ${thing}`))) return cut;
  }
  return Math.max(end, from + 1);
}

/** "X ya Y": the home's own name for it if it has one ("Y X", "Y's X"), else "Y X" for a place, else "Y's X". */
function genitive(thing: string, owner: string, snapshot: HomeSnapshot, located: boolean, byKind: boolean): string {
  if (!thing) return `the ${owner} one`;
  if (!owner) return thing;
  const plain = `${owner} ${thing}`;
  const owned = `${owner.replace(/'s$/, '')}'s ${thing}`;
  if (snapshot.phrases.has(phraseKey(plain))) return plain;
  if (snapshot.phrases.has(phraseKey(owned))) return owned;
  const named = snapshot.phrases.get(phraseKey(owner)) ?? [];
  if (named.some((e) => ['room', 'zone', 'home'].includes(e.entity_type))) return located ? `${thing} in ${owner}` : plain;
  // "battery ya inverter": a part or reading of a device; "pressure ya maji": a compound ("water pressure").
  if (named.some((e) => e.entity_type === 'device')) return `${thing} of ${owner}`;
  return byKind || snapshot.manufacturers.has(phraseKey(owner)) ? plain : owned;
}
