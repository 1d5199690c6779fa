// Romanized Punjabi as the diaspora types it (Brampton, Surrey, Southall), with now and then a word in Gurmukhi. Like
// Hindi it says the thing first and asks or commands last ("garage da door bund hai?" = is the garage door closed,
// "Gurbani speaker kithe aa?" = where is the Gurbani speaker), so the shapes it shares with Hindi are read by the
// verb-final reader (verbFinalCues.ts, the "pa" cues of lexicon/verbFinalCues.json). This reader does what is Punjabi's
// own before that: it knows the sentence is Punjabi (a word only Punjabi uses, or Gurmukhi script), writes Gurmukhi
// words in Latin letters, reads nouns like kamra/batti as room/light, leaves out "thik aa," and "putt", and reads the
// shapes Hindi has no cue for: "kado" (when), "dasso" (tell), "kholo" (open), "laga do" (put on), "awaaz uchi kar do"
// (volume up), "kinni thand aa" (how cold), a place said after the copula ("heater chalu hai Biji de kamre vich?").
// The home's names stay as typed ("Biji da Heater" is a name, not "Biji's heater").
import { phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { verbFinalPhrasing } from './verbFinalCues';
import { acknowledged, endsWith, PUNJABI as LEXICON, punjabiWords, soundsPunjabi } from './punjabiWords';
import { punjabiQuestion } from './punjabiQuestions';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const COPULAS = set(LEXICON.copulas);
const MARKED = set([...LEXICON.markers, ...LEXICON.copulas, ...LEXICON.shared, ...LEXICON.weak]);
const TAGS = set(LEXICON.tags);
const AND = set(LEXICON.and);
const TOO = set(LEXICON.too);
const WHEN = set(LEXICON.when);
const WHICH = set(LEXICON.which);
const PREDICATES = set(LEXICON.predicates);
const OF = set(['da', 'di', 'de', 'diyan', 'dian', 'deyan']);
const IN = set(['vich', 'andar']);
const HOW_MUCH = set(['kinna', 'kinni', 'kinne']);
const STATES: Record<string, string> = { band: 'off', bund: 'off', bandh: 'off', off: 'off', on: 'on', chalu: 'on', chaalu: 'on', open: 'open', khulla: 'open', khulli: 'open' };
const NUMBER = /^\d+(?:[.,]\d+)?$/;
const WARMER_TO = /^(.+?)\s+(?:(?:thoda|thodi|zara)\s+)?(?:garam|thanda|thandi)\s+(kar do|karo|kar de)[,\s]+(\d+(?:[.,]\d+)?)\s+te\s*$/i;

/** The sentence in English, or undefined when it is not Punjabi (or says nothing this reader and the Hindi cues read). */
export function punjabiPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!soundsPunjabi(text)) return undefined;
  // "water heater thoda garam kar do, 55 te": warmer, to the number said after it, is a setting.
  const warmerTo = WARMER_TO.exec(text);
  if (warmerTo) return punjabiPhrasing(`${warmerTo[1] ?? ''} ${warmerTo[3] ?? ''} te ${warmerTo[2] ?? ''}`, snapshot);
  // "on kar do, barf aa rahi aa": the clause that asks or commands is read; an "ok thik aa" before it and a reason after
  // it are not. With no clause read, the sentence without its "thik aa" is left to the other readers.
  const read: string[] = [];
  const unread: string[] = [];
  let acked = false;
  for (const clause of text.split(/\s*[,!?;]+\s*|\.(?=\s|$)\s*/).filter((c) => c.trim())) {
    const ws = punjabiWords(clause);
    const ack = acknowledged(ws);
    acked ||= ack > 0;
    if (ack === ws.length) continue;
    const english = readClause(ws.slice(ack), /\?/.test(text), snapshot);
    if (english) read.push(english);
    else unread.push(ack > 0 ? ws.slice(ack).join(' ') : clause.trim());
  }
  if (read.length > 0) return read.join(', ');
  return acked && unread.length > 0 ? `${unread.join(', ')}${/\?\s*$/.test(text) ? '?' : ''}` : undefined;
}

function readClause(said: readonly string[], asked: boolean, snapshot: HomeSnapshot): string | undefined {
  let ws = timesSaid(said);
  const and = ws.length > 1 && AND.has(ws[0] ?? '');
  if (and) ws = ws.slice(1);
  while (ws.length > 1 && TAGS.has(ws[ws.length - 1] ?? '')) ws = ws.slice(0, -1);
  ws = ws.filter((w, i) => !TAGS.has(w) || i === 0 || snapshot.phrases.has(w));
  const too = ws.length > 1 && TOO.has(ws[ws.length - 1] ?? '');
  if (too) ws = ws.slice(0, -1);
  ws = ws.filter((w) => !TOO.has(w)).map((w) => (LEXICON.words[w] && !snapshot.phrases.has(w) ? LEXICON.words[w] : w));
  ws = ownerAfterVerb(ws);
  const english = shaped(ws, asked, snapshot) ?? verbFinal(ws, asked, snapshot);
  // "te ਹੀਟਰ vi": "and heater too", when no Punjabi word is left in it.
  const plain = (and || too) && ws.length > 0 && !ws.some((w) => MARKED.has(w)) ? ws.join(' ') : undefined;
  const out = english ?? plain;
  if (!out) return undefined;
  return `${and ? 'and ' : ''}${out}${too ? ' too' : ''}`;
}

/** "batti band kar do mere kamre di": the owner said after the command is put before the thing it owns. */
function ownerAfterVerb(ws: readonly string[]): string[] {
  const of = ws.length - 1;
  if (of < 3 || !OF.has(ws[of] ?? '')) return [...ws];
  for (let end = 1; end < of - 1; end++) {
    if (endsWith(ws.slice(0, end + 1), LEXICON.doVerbs) > 0) return [...ws.slice(end + 1, of), ws[of] ?? '', ...ws.slice(0, end + 1)];
  }
  return [...ws];
}

/** "raat nu kinna temp": the time said in English words ("at night"), last. */
function timesSaid(ws: readonly string[]): string[] {
  for (const [said, english] of Object.entries(LEXICON.times)) {
    const parts = said.split(' ');
    const at = ws.findIndex((_, i) => parts.every((p, j) => ws[i + j] === p));
    if (at >= 0) return [...ws.slice(0, at), ...ws.slice(at + parts.length), ...english.split(' ')];
  }
  return [...ws];
}

function verbFinal(ws: readonly string[], asked: boolean, snapshot: HomeSnapshot): string | undefined {
  const text = possessive(ws, snapshot) + (asked ? '?' : '');
  const read = verbFinalPhrasing(text, snapshot);
  return read !== text ? read.replace(/\?$/, '') : undefined;
}

/** "Biji de room": "Biji's room", unless the words are (part of) a name of the home ("Biji da Heater"). */
function possessive(ws: readonly string[], snapshot: HomeSnapshot): string {
  const out: string[] = [];
  for (const [i, w] of ws.entries()) {
    const prev = out[out.length - 1];
    const named = [3, 4].some((n) => [0, 1, 2].some((back) => i - 1 - back >= 0 && snapshot.phrases.has(phraseKey(ws.slice(i - 1 - back, i - 1 - back + n).join(' ')))));
    if (prev && i < ws.length - 1 && OF.has(w) && !named) out[out.length - 1] = `${prev}'s`;
    else out.push(w);
  }
  return out.join(' ');
}

const withoutCopula = (ws: readonly string[]): string[] => (COPULAS.has(ws[ws.length - 1] ?? '') ? ws.slice(0, -1) : [...ws]);

/** The shapes Punjabi says its own way; undefined for the rest. */
function shaped(all: readonly string[], asked: boolean, snapshot: HomeSnapshot): string | undefined {
  const ws = withoutCopula(all);
  // "Chah wali kettle": a name of the home keeps its "wali".
  const thing = (part: readonly string[]): string => possessive(snapshot.phrases.has(phraseKey(part.join(' '))) ? [...part] : oneTied(part), snapshot) || 'it';
  return whenAsked(all, ws, thing) ?? punjabiQuestion(ws, asked, thing) ?? commanded(ws, thing) ?? measured(ws, thing) ?? stated(all, ws, thing, snapshot);
}

/** "Good Night automation kado chaldi aa", "jot kado on hundi aa", "sump pump last kado chaleya", "last motion kado si". */
function whenAsked(all: readonly string[], ws: readonly string[], thing: (p: readonly string[]) => string): string | undefined {
  const when = all.findIndex((w) => WHEN.has(w));
  if (when < 0) return undefined;
  let subject = all.slice(0, when);
  // "te band kado": when it turns off.
  if (when === all.length - 1 && subject.length === 1 && STATES[subject[0] ?? '']) return `when does it turn ${STATES[subject[0] ?? '']}`;
  const template = LEXICON.whenVerbs[all.slice(when + 1).join(' ')] ?? LEXICON.whenVerbs[ws.slice(when + 1).join(' ')];
  if (!template) return undefined;
  const last = subject[subject.length - 1] === 'last';
  if (last) subject = subject.slice(0, -1);
  const x = thing(subject);
  if (!last) return template.replace('{x}', x);
  return template.includes('did') ? template.replace('{x}', x).replace(/ (\w+)$/, ' last $1') : template.replace('{x}', `last ${x}`);
}

/** "garage wala door kholo", "paath laga do", "band kar do", "thermostat 15 te kar do", "awaaz uchi kar do". */
function commanded(ws: readonly string[], thing: (p: readonly string[]) => string): string | undefined {
  // "SandhuHouse5G da password dasso": tell me what it is.
  const tell = endsWith(ws, LEXICON.tell);
  if (tell > 0 && ws.length > tell) return `what is ${thing(ws.slice(0, -tell))}`;
  const verbs: [readonly string[], string][] = [[LEXICON.openVerbs, 'open'], [LEXICON.onVerbs, 'turn on'], [LEXICON.offVerbs, 'turn off']];
  for (const [list, english] of verbs) {
    const n = endsWith(ws, list);
    if (n > 0) return n === ws.length ? `${english.replace(/^turn (\w+)$/, 'turn it $1').replace(/^open$/, 'open it')}` : `${english} ${thing(ws.slice(0, -n))}`;
  }
  const verb = endsWith(ws, LEXICON.doVerbs);
  if (verb === 0) return undefined;
  const rest = ws.slice(0, -verb);
  // "band kar do", "on kar do": the device in the conversation.
  if (rest.length === 1 && STATES[rest[0] ?? '']) return `turn it ${STATES[rest[0] ?? '']}`;
  // "cottage da thermostat 15 te kar do": set it to the number.
  const n = rest.length;
  if (n >= 2 && rest[n - 1] === 'te' && NUMBER.test(rest[n - 2] ?? '')) return n === 2 ? `set it to ${rest[0]}` : `set ${thing(rest.slice(0, -2))} to ${rest[n - 2]}`;
  // "awaaz thodi uchi kar do", "speaker di awaaz neevi karo": the volume up or down.
  const volume = rest.indexOf('volume');
  const direction = volume >= 0 ? rest.slice(volume + 1).find((w) => LEXICON.louder.includes(w) || LEXICON.softer.includes(w)) : undefined;
  if (volume >= 0 && direction) return `turn ${LEXICON.louder.includes(direction) ? 'up' : 'down'} the volume${volume > 1 ? ` of ${thing(rest.slice(0, volume - 1))}` : ''}`;
  return undefined;
}

/** "cottage vich kinni thand aa", "washer ch kinna time reh gaya", "kinni watts kha reha", "kinna temp at night". */
function measured(ws: readonly string[], thing: (p: readonly string[]) => string): string | undefined {
  const much = ws.findIndex((w) => HOW_MUCH.has(w));
  if (much < 0) return undefined;
  const before = ws.slice(0, much);
  const inside = IN.has(before[before.length - 1] ?? '');
  const place = inside ? before.slice(0, -1) : before;
  const warmth = LEXICON.warmth[ws[much + 1] ?? ''];
  if (warmth && much + 2 === ws.length) return inside ? `how ${warmth} is it in ${thing(place)}` : `how ${warmth} is ${before.length > 0 ? `the ${thing(before)}` : 'it'}`;
  const after = ws.slice(much + 2);
  if (ws[much + 1] === 'time' && endsWith(after, LEXICON.left) === after.length && after.length > 0) return `how much time is left on ${thing(place)}`;
  if (much === 0 && ws.length >= 3 && ['kha', 'khanda', 'khandi'].includes(ws[2] ?? '')) return `how many ${ws[1]} is it using`;
  // "kinna temp at night": what it is then.
  if (much === 0 && after.length > 0 && after.every((w) => !MARKED.has(w))) return `what ${ws.slice(1).join(' ')}`;
  // "PM2.5 hun kinna aa": what it is.
  if (much === ws.length - 1 && before.length > 0 && !inside) return `what is ${thing(before)}`;
  return undefined;
}

/** "24 te laggeya", "jot jag rahi aa", "freezer theek aa", "valve open hai ya bund", "dryer vi system ch hai", "garbage day kehda aa". */
function stated(all: readonly string[], ws: readonly string[], thing: (p: readonly string[]) => string, snapshot: HomeSnapshot): string | undefined {
  if (ws.length === 3 && NUMBER.test(ws[0] ?? '') && ws[1] === 'te' && /^lagg?e?ya$|^lagga$/.test(ws[2] ?? '')) return `is it set to ${ws[0]}`;
  const lit = endsWith(ws, LEXICON.lit);
  if (lit > 0 && ws.length > lit) return `is ${thing(ws.slice(0, -lit))} on`;
  const last = ws[ws.length - 1] ?? '';
  if (ws.length > 1 && PREDICATES.has(last) && all.length > ws.length) return `is ${thing(ws.slice(0, -1))} ${last === 'theek' || last === 'thik' ? 'ok' : STATES[last] ?? last}`;
  // "water valve open hai ya bund": one state or the other.
  const or = all.findIndex((w) => LEXICON.or.includes(w));
  if (or > 2 && or === all.length - 2 && COPULAS.has(all[or - 1] ?? '')) {
    const [first, second] = [STATES[all[or - 2] ?? ''], STATES[all[or + 1] ?? '']];
    if (first && second) return `is ${thing(all.slice(0, or - 2))} ${first} or ${second === 'off' && first === 'open' ? 'closed' : second}`;
  }
  // "car charge ho gayi", "heater band ho gaya": whether it has become so.
  const become = endsWith(ws, LEXICON.become);
  const done = become > 0 ? LEXICON.done[ws[ws.length - become - 1] ?? ''] ?? STATES[ws[ws.length - become - 1] ?? ''] : undefined;
  if (done && ws.length > become + 1) return `is the ${thing(ws.slice(0, -become - 1))} ${done}`;
  // "pit da level": what the thing's measure is.
  if (ws.length >= 3 && ws.length <= 5 && OF.has(ws[ws.length - 2] ?? '') && LEXICON.measures.includes(last)) return `what is the ${thing(ws)}`;
  if (WHICH.has(last) && ws.length > 1 && all.length > ws.length) return `what is ${thing(ws.slice(0, -1))}`;
  // "dryer vi system ch hai": is there one in the system.
  if (all.length > ws.length && ws.length >= 3 && IN.has(last) && ws[ws.length - 2] === 'system') return `is there a ${ws.slice(0, -2).join(' ')} in the system`;
  // "heater chalu hai Biji de kamre vich": the place said after the copula.
  const copula = all.findIndex((w, i) => i > 0 && COPULAS.has(w));
  if (copula > 0 && copula < all.length - 2 && IN.has(all[all.length - 1] ?? '')) {
    const state = STATES[all[copula - 1] ?? ''];
    if (state && copula > 1) return `is the ${thing(all.slice(0, copula - 1))} in ${thing(all.slice(copula + 1, -1))} ${state}`;
    const front = verbFinal(all.slice(0, copula + 1), true, snapshot);
    if (front) return `${front} in ${thing(all.slice(copula + 1, -1))}`;
  }
  // "te cottage vich", "basement apartment ch": the same question in another place.
  if (ws.length >= 2 && IN.has(last) && !ws.some((w) => COPULAS.has(w) || HOW_MUCH.has(w))) return `in ${thing(ws.slice(0, -1))}`;
  // "rasoi vich kehriyan automations ne": which of a kind are in a place.
  const which = ws.findIndex((w) => WHICH.has(w));
  if (which > 1 && IN.has(ws[which - 1] ?? '') && which < ws.length - 1) return `which ${ws.slice(which + 1).join(' ')} are in ${thing(ws.slice(0, which - 1))}`;
  return undefined;
}

/** "garage wala door": "garage door" (wala only ties the words). */
function oneTied(ws: readonly string[]): string[] {
  return ws.filter((w, i) => !(i > 0 && i < ws.length - 1 && /^w?v?aa?l(a|i|e)$/.test(w)));
}
