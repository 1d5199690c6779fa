// Sinhala read in English (sinhalaWords.ts, lexicon/sinhala.json): in Sinhala script ("ආච්චිගේ ලාම්පුව නිවන්න" turn off
// Achchi's lamp) or romanised and mixed with English ("fan eka off karanna", "geyser eka on da", "NVR eka koheda",
// "nethmige AC eke setpoint eka kiyada"). Sinhala puts the thing first and its verb or question last, so a clause is
// its thing's words and the shape its role words give: a request ("danna"/"on karanna" turn on, "niwanna"/"off
// karanna" turn off, "wahanna" close, "24 ta danna" set to 24), a state asked with "da" ("on da", "lock da", "arala
// da" open), or a question word ("koheda" where, "kiyada"/"kochchara" how much, "kiyak" how many, "mokada … thiyenne"
// what is in, "thiyenawada" is there, "kiyatada" at what time, "kohomada" how, "idan" from). "A eke B" is B of A (in
// A when A is a place). Of clauses, the first one read: a request's reason follows it ("off karanna, sadda wadi").
// Speed: a sentence with no Sinhala letter and no word only Sinhala says (nor two it shares) returns at once.
import type { HomeSnapshot } from '../HomeIndex';
import { markerSet, saysMarker } from '../saidWordSet';
import { SINHALA } from './sinhalaLetters';
import { SINHALA_WORDS, sinhalaWords, type SinhalaWord } from './sinhalaWords';

const SURE = markerSet(SINHALA_WORDS.sure);
const CUES = markerSet([...SINHALA_WORDS.sure, ...SINHALA_WORDS.weak]);
const WEAK = new Set(SINHALA_WORDS.weak);

/** The gate: Sinhala letters, or a word Sinhala says (a necessary condition of the reading). */
export function maySaySinhala(text: string): boolean {
  return SINHALA.test(text) || saysMarker(text, CUES);
}

/** "kambiliya on da", "door eka lock da": a switch word and "da" last ask its state. */
const STATE_ASKED = /\b(?:on|off|lock|locked|open|close|closed)\s+da\s*\??\s*$/i;

function saysSinhala(text: string): boolean {
  if (SINHALA.test(text) || saysMarker(text, SURE) || STATE_ASKED.test(text)) return true;
  return new Set(text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => WEAK.has(w))).size >= 2;
}

/** The sentence in English, or undefined when it says nothing Sinhala or nothing read. */
export function sinhalaPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!maySaySinhala(text) || !saysSinhala(text)) return undefined;
  for (const clause of text.split(/[,;!]|[.?](?:\s|$)/)) {
    if (!clause.trim()) continue;
    const read = readClause(sinhalaWords(clause, snapshot));
    if (read) return read;
  }
  return undefined;
}

/** What a head word asks for: an attribute of the thing before "eke" ("setpoint", "speed"). */
const ATTRIBUTES = new Set(['setpoint', 'speed', 'temperature', 'humidity', 'battery', 'level', 'units', 'volume', 'brightness', 'mode', 'program']);

const VERBS: Record<string, string> = { open: 'open', close: 'close', turnOn: 'turn on', turnOff: 'turn off' };

/** A clause with a question word, as an English question. */
function question(words: readonly SinhalaWord[], thing: ReturnType<typeof thingOf>, placed: string, roles: ReadonlySet<string>): string | undefined {
  const has = (role: string): boolean => roles.has(role);
  const the = thing.text ? `the ${thing.text}` : 'it';
  if (!thing.text && !roles.size) return undefined;
  if (has('where')) return `where is ${the}`;
  if (has('howMany')) return thing.ownerPlace ? `how many ${thing.head} are in the ${thing.owner}` : `how many ${[thing.owner, thing.head].filter(Boolean).join(' ')} are there`;
  if (has('what') && has('says')) return `what is the state of ${the}`;
  if (has('what') && has('exists')) return thing.text && thing.head !== 'things' ? `what is in ${the}` : `what is in the ${thing.owner}`;
  // "පහනට තියෙන schedule එක": the schedule the pahana has.
  const existsAt = words.findIndex((w) => w.kind === 'role' && w.text === 'exists');
  const after = existsAt >= 0 ? thingOf(words.slice(existsAt + 1)).text : '';
  if (after && thing.text && roles.size === 1) return `what is the ${after} for ${the}`;
  if (has('exists')) {
    if (thing.head === 'manual' || thing.head === 'schedule' || thing.head === 'procedure') return thing.owner ? `is there a ${thing.head} for the ${thing.owner}` : `is there a ${thing.head} for it`;
    return thing.ownerPlace ? `is there a ${thing.head} in the ${thing.owner}` : `is there a ${placed || thing.text}`;
  }
  if (has('howMuch') || has('hot')) {
    if (has('hot')) return `what is the temperature of ${the}`;
    if (thing.owner && ATTRIBUTES.has(thing.head)) return `what is the ${thing.head} ${thing.ownerPlace ? 'in' : 'of'} the ${thing.owner}`;
    return has('howMuch') && thing.text && !thing.owner ? `how much is ${the}` : `what is ${the}`;
  }
  if (has('what')) return `what is ${the}`;
  return undefined;
}

/** The thing said by the words ("nethmi's ac eke setpoint": the setpoint of nethmi's ac); '' when none. */
function thingOf(words: readonly SinhalaWord[]): { text: string; head: string; owner: string; ownerPlace: boolean } {
  const segments: SinhalaWord[][] = [[]];
  for (const w of words) {
    if (w.kind === 'of') segments.push([]);
    else if (w.kind === 'thing') segments[segments.length - 1]?.push(w);
  }
  // "ආච්චිගේ බොත්තමේ බැටරිය": the case ending said "of"; an attribute last is of the words before it.
  const only = segments.length === 1 ? segments[0] ?? [] : [];
  const lastWord = only[only.length - 1];
  if (only.length > 1 && lastWord && ATTRIBUTES.has(lastWord.text)) segments.splice(0, 1, only.slice(0, -1), [lastWord]);
  const said = segments.filter((s) => s.length > 0);
  const last = segments[segments.length - 1] ?? [];
  const head = last.map((w) => w.text).join(' ');
  const before = segments.length > 1 ? segments.slice(0, -1).filter((s) => s.length > 0) : [];
  const owner = before.map((s) => s.map((w) => w.text).join(' ')).join(' ');
  const ownerPlace = before.length > 0 && before.every((s) => s.every((w) => w.place));
  if (said.length === 0) return { text: '', head: '', owner: '', ownerPlace: false };
  if (!owner) return { text: head, head, owner: '', ownerPlace: false };
  if (!head) return { text: owner, head: '', owner, ownerPlace };
  return { text: ownerPlace ? `${head} in the ${owner}` : `${head} of the ${owner}`, head, owner, ownerPlace };
}

const SWITCHED: Record<string, string> = { on: 'turn on', off: 'turn off', lock: 'lock', unlock: 'unlock', open: 'open', close: 'close' };
const STATES: Record<string, string> = { on: 'on', off: 'off', lock: 'locked', unlock: 'unlocked', open: 'open', close: 'closed' };

/** One clause's words as an English question or request; undefined when it has no shape read here. */
function readClause(words: readonly SinhalaWord[]): string | undefined {
  const roles = new Set(words.filter((w) => w.kind === 'role').map((w) => w.text));
  const has = (role: string): boolean => roles.has(role);
  const switched = words.find((w) => w.kind === 'switch')?.text;
  const number = words.find((w) => w.kind === 'number')?.text;
  const all = words.some((w) => w.kind === 'all');
  const fromAt = words.findIndex((w) => w.kind === 'role' && w.text === 'from');
  if (fromAt >= 0) {
    const from = thingOf(words.slice(0, fromAt).filter((w) => w.kind !== 'of')).text;
    const to = thingOf(words.slice(fromAt + 1).filter((w) => w.kind !== 'of')).text;
    return from && to ? `how do I get from the ${from} to the ${to}` : undefined;
  }
  // Of a request, the thing is before its verb.
  const verbAt = words.findIndex((w) => w.kind === 'role' || w.kind === 'switch' || w.kind === 'number');
  const thingWords = verbAt >= 0 ? words.slice(0, verbAt) : words;
  const thing = thingOf(thingWords);
  const the = thing.text ? `the ${thing.text}` : 'it';
  // "bungalow lights okkoma off karanna": all the lights in the bungalow.
  const placeLead = thingWords.findIndex((w) => w.kind === 'thing' && !w.place);
  const lead = thingWords.slice(0, placeLead).filter((w) => w.kind === 'thing');
  const rest = thingWords.slice(Math.max(placeLead, 0)).filter((w) => w.kind === 'thing');
  const placed = lead.length && rest.length && !thing.owner ? `${rest.map((w) => w.text).join(' ')} in the ${lead.map((w) => w.text).join(' ')}` : '';
  const kinds = !all ? the : `all the ${placed || thing.text}`;
  // A question word makes a request's verb part of what is asked ("gate eka athin arinna procedure ekak thiyenawada").
  const questioned = ['exists', 'how', 'what', 'where', 'when', 'atTime', 'howMuch', 'howMany'].some(has);
  const verb = ['open', 'close', 'turnOn', 'turnOff'].find(has);
  const after = verbAt >= 0 ? words.slice(verbAt + 1).filter((w) => w.kind === 'thing').map((w) => w.text) : [];
  if (verb && has('exists') && after.some((w) => w === 'procedure' || w === 'steps')) return `how do I ${VERBS[verb] ?? verb} ${the}${has('byHand') ? ' by hand' : ''}`;
  // "redi machine eka iwara wenna kochchara welawa thiyenawada": how long until it finishes.
  if (has('finish') && words.some((w) => w.text === 'time')) return `how much time is left on ${thingOf(thingWords).text ? the : 'it'}`;
  const asked = has('asked');
  // "ehema nam master bedroom eke eka": the one in that place (a reply to "which one").
  if (!roles.size && !switched && !number && thing.owner && !thing.head) return thing.ownerPlace ? `the one in the ${thing.owner}` : undefined;
  if (has('from') || has('by')) {
    const afterWhat = words.slice(words.findIndex((w) => w.kind === 'role' && w.text === 'what') + 1).find((w) => w.kind === 'thing')?.text;
    if (has('what') && afterWhat === 'app') return `which app controls ${the}`;
    if (has('what') && afterWhat === 'automation') return switched === 'off' ? `which automation turns off ${the}` : `which automations control ${the}`;
  }
  if (has('how') && has('do')) {
    const doAt = words.findIndex((w) => w.kind === 'role' && w.text === 'do');
    const verb = words[doAt - 1];
    const object = thingOf(words.slice(0, Math.max(0, doAt - 1)).filter((w) => w.kind !== 'role')).text;
    if (verb && (verb.kind === 'thing' || verb.kind === 'switch') && object) return `how do I ${verb.text} the ${object}`;
  }
  if (has('how') && has('becomes') && switched) return `what automations turn ${switched} ${the}`;
  if (has('atTime') || has('when')) {
    if (has('goesOff') || switched === 'off' || has('turnOff')) return `what time does ${the} turn off`;
    if (switched === 'on' || has('turnOn')) return `what time does ${the} turn on`;
    return has('atTime') ? `what time does ${the} run` : `when is ${the}`;
  }
  if (switched && (asked || has('becomes')) && !questioned) return `is ${the} ${STATES[switched] ?? switched}?`;
  if ((has('turnOn') && (asked || has('becomes')) && !questioned) || has('isOn')) return `is ${the} on?`;
  if (has('isOpen')) return `is ${the} open?`;
  if (has('isClosed')) return `is ${the} closed?`;
  // "ඒක එබුවම මොකද වෙන්නේ": what happens when it is pressed.
  if (has('pressed') && has('what')) return `what happens when ${the} is pressed`;
  if (questioned) return question(words, thing, placed, roles);
  // "24 ta danna", "26 karanna", "speed 4 karanna", "40% karanna", "pura danna": a setting.
  if (number && (has('do') || has('turnOn'))) {
    // "dining fan speed 4 karanna": the fan's speed.
    const speed = words.some((w) => w.kind === 'thing' && w.text === 'speed');
    const set = thingOf(thingWords.filter((w) => w.text !== 'speed')).text;
    return `set ${set ? `the ${set}` : 'it'}${speed ? ' speed' : ''} to ${number}`;
  }
  if (has('full') && has('turnOn')) return `set ${the} to 100%`;
  if (switched && (has('do') || has('turnOn') || has('turnOff'))) return `${SWITCHED[switched] ?? switched} ${kinds}`;
  if (!thing.text && !roles.size) return undefined;
  if (thing.ownerPlace && thing.head === 'devices' && !roles.size) return `what devices are in the ${thing.owner}`;
  if (thing.owner && thing.head && !roles.size) return ATTRIBUTES.has(thing.head) ? `what is the ${thing.text}` : undefined;
  if (has('open') && asked) return `is ${the} open?`;
  if (has('close') && asked) return `is ${the} closed?`;
  if (has('turnOn') && !has('exists')) return `turn on ${kinds}`;
  if (has('turnOff')) return `turn off ${kinds}`;
  if (has('open')) return `open ${the}`;
  if (has('close')) return `close ${the}`;
  return undefined;
}
