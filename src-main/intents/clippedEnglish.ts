// Clipped English (Singapore, Malaysia, New Zealand, Nigeria, East Africa, the Caribbean …) asks in headings and tags
// rather than sentences: a tag question ("gate alarm armed or not", "back door locked anot"), the question word last
// ("rubbish day when", "heat pump set to what", "brightness how much"), "got X?" for "is there X", "how to go from A to B"
// for a route, and a number with no "to" ("set the bedroom aircon 25", "make it 24").
// Each shape is read in the order the templates read English; the names stay as typed, and a sentence in none of
// these shapes comes back unchanged. Only grammar words are touched (a word the home names something with is a name).
import type { HomeSnapshot } from './HomeIndex';
import { namesSomething } from './kindClaims';
import { kindForPhrase, phraseKey } from './deviceKinds';
import { homeWords } from './homeWords';

/** Tags that turn a statement into a yes/no question: "… or not", "… anot" (Singlish), "… or no". */
const TAGS: readonly (readonly string[])[] = [['or', 'not'], ['anot'], ['or', 'no'], ['or', 'what']];
/** Words that already open an English question or command: such a sentence is no heading. */
const OPENERS = new Set([
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'has', 'have', 'will', 'would', 'should',
  'what', 'whats', 'which', 'who', 'whos', 'where', 'wheres', 'when', 'whens', 'how', 'hows', 'why', 'any', 'anything',
  'turn', 'switch', 'set', 'make', 'put', 'open', 'close', 'shut', 'lock', 'unlock', 'arm', 'disarm', 'start', 'stop',
  'run', 'dim', 'raise', 'lower', 'play', 'pause', 'show', 'list', 'tell', 'give', 'find', 'please', 'pls', 'got',
  // Edits of the home or of a list: a request, never a heading ("remove the hallway light" is no "what is").
  'remove', 'delete', 'add', 'rename', 'move', 'create', 'edit', 'change', 'update', 'replace', 'reset', 'clear', 'forget',
]);
/** States a yes/no heading ends in ("alarm armed?", "dehumidifier on?", "chiller ok?"). */
const STATES = new Set([
  'on', 'off', 'open', 'opened', 'closed', 'shut', 'locked', 'unlocked', 'armed', 'disarmed', 'running', 'charging',
  'working', 'online', 'offline', 'finished', 'done', 'empty', 'full', 'low', 'playing', 'recording',
]);
/** Verbs of a whole sentence ("a light is on?", "the lamp has a schedule"): said anywhere, the sentence is no heading. */
const FINITE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did', 'am', 'isnt', 'arent']);
/** "finish already", "done already": a past state in Singlish (the verb unmarked, "already" marking it done). */
const DONE_VERBS: Readonly<Record<string, string>> = { finish: 'finished', done: 'done', end: 'finished', stop: 'stopped', charge: 'charged' };
/** Question words that may come last ("rubbish day when"); the longest first. */
const LAST_ASKING: readonly (readonly string[])[] = [['how', 'much'], ['how', 'many'], ['what', 'time'], ['when'], ['where'], ['what'], ['who'], ['which', 'one']];
/** What a setting sets: said alone before "set", it is no device name. */
const SET_QUANTITIES = new Set(['temp', 'temperature', 'temps', 'setpoint', 'level', 'brightness', 'speed']);
const NUMBER = /^\d+(?:\.\d+)?(?:%|°c?|c)?$/;
/** Words that may follow the number of a setting and say when ("make it 27 tonight"): no part of the value. */
const WHEN_AFTER = new Set(['now', 'tonight', 'today', 'please', 'pls', 'thanks', 'degrees', 'degree', 'percent']);

/** The words of a sentence, its closing punctuation left off. */
const wordsOf = (text: string): string[] => text.trim().replace(/[?!.]+$/, '').split(/\s+/).filter(Boolean);

const keyOf = (w: string): string => w.toLowerCase().replace(/[’‘`]/g, "'").replace(/'/g, '').replace(/[?!.,;:]+$/, '');

/** The sentence in English order, or the text unchanged when it has none of the clipped shapes. */
export function clippedEnglish(text: string, snapshot: HomeSnapshot): string {
  const asked = /\?\s*$/.test(text);
  const comma = text.indexOf(',');
  // "bedroom aircon so cold, make it 24": a complaint about a device, then a bare setting for it.
  if (comma > 0) return madeAfterComplaint(text.slice(0, comma), text.slice(comma + 1)) ?? text;
  const words = wordsOf(text);
  if (words.length < 2) return text;
  const read = (asked ? undefined : objectBeforeOnOff(words, snapshot)) ?? verbKindReading(words, snapshot) ?? settingWithoutTo(words) ?? headingToValue(words, snapshot) ?? routeHowTo(words) ?? askingWordLast(words, snapshot) ?? yesNoHeading(words, asked, snapshot);
  return read ?? text;
}

function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  return tail.length < words.length && tail.every((t, i) => keyOf(words[words.length - tail.length + i] ?? '') === t);
}

/** "set the bedroom aircon 25", "make it 24", "make it 27 tonight": the value of a setting said without "to". */
function settingWithoutTo(words: readonly string[]): string | undefined {
  const verb = keyOf(words[0] ?? '');
  if (verb !== 'set' && verb !== 'make' && verb !== 'dim') return undefined;
  let end = words.length;
  while (end > 2 && WHEN_AFTER.has(keyOf(words[end - 1] ?? ''))) end--;
  const value = keyOf(words[end - 1] ?? '');
  if (!NUMBER.test(value)) return undefined;
  // "dim to 50": the thing dimmed is the one in focus.
  if (verb === 'dim' && end === 3 && keyOf(words[1] ?? '') === 'to') return `dim it to ${value}`;
  const target = words.slice(1, end - 1);
  // "set 26", "make 24": the value alone is a setting of the thing in focus.
  if (target.length === 0 && verb !== 'dim') return `set it to ${value}`;
  if (target.length === 0 || target.some((w) => ['to', 'at', 'on', 'by'].includes(keyOf(w)))) return undefined;
  // "make it 24" is a setting; "make" with anything but a pronoun ("make coffee 2") is no setting word.
  if (verb === 'make' && !(target.length === 1 && ['it', 'that', 'this', 'them'].includes(keyOf(target[0] ?? '')))) return undefined;
  if (verb === 'dim') return undefined;
  return `set ${target.join(' ')} to ${value}`;
}

/**
 * "lock battery", "lock batteries": a kind word that is also a command verb, then a quantity devices here read (a
 * capability the home lists) and nothing else, is a heading asking that reading, not "lock the battery".
 */
function verbKindReading(words: readonly string[], snapshot: HomeSnapshot): string | undefined {
  if (words.length < 2 || words.length > 3) return undefined;
  const first = keyOf(words[0] ?? '');
  if (!OPENERS.has(first) || !kindForPhrase(phraseKey(first))) return undefined;
  const rest = phraseKey(words.slice(1).join(' '));
  // "lock the lock", "lock door": a thing named (a kind, a word of a device's name) is what the verb acts on.
  if (!snapshot.capabilities.has(rest) || kindForPhrase(rest) || rest.split(' ').some((k) => snapshot.deviceNameKeys.has(k) || k === first)) return undefined;
  // …and a quantity: some device keeps a number under that name ("battery": 64).
  if (!snapshot.devices.some((d) => typeof (d.content['state'] as Record<string, unknown> | undefined)?.[rest] === 'number')) return undefined;
  return `what is the ${words.join(' ')}?`;
}

/** "X so cold, make it 24": "it" is the device the complaint names, and nothing else is said. */
function madeAfterComplaint(before: string, after: string): string | undefined {
  const set = settingWithoutTo(wordsOf(after));
  if (!set?.startsWith('set it to ')) return undefined;
  const said = before.trim().split(/\s+/);
  const degree = said.findIndex((w) => ['so', 'too', 'very', 'damn', 'quite', 'really'].includes(keyOf(w)));
  if (degree < 1 || degree !== said.length - 2) return undefined;
  const target = said.slice(0, degree);
  if (OPENERS.has(keyOf(target[0] ?? ''))) return undefined;
  return `set ${target.join(' ')} to ${set.slice('set it to '.length)}`;
}

/** "how to go from master bedroom to kitchen": the route, asked as "how do i go". */
function routeHowTo(words: readonly string[]): string | undefined {
  if (keyOf(words[0] ?? '') !== 'how' || keyOf(words[1] ?? '') !== 'to') return undefined;
  const verb = keyOf(words[2] ?? '');
  if (!['go', 'get', 'walk'].includes(verb) || !['from', 'to', 'into'].includes(keyOf(words[3] ?? ''))) return undefined;
  return `how do i ${words.slice(2).join(' ')}`;
}

/**
 * "rubbish day when", "heat pump set to what", "kitchen light brightness how much", "house used how many kwh today": the
 * question word said last (or after the subject), as Chinese, Malay and many clipped Englishes place it.
 */
function askingWordLast(words: readonly string[], snapshot: HomeSnapshot): string | undefined {
  if (OPENERS.has(keyOf(words[0] ?? ''))) return undefined;
  // "and the AC set to what": a follow-up's "and" stays first ("and what is the AC set to?").
  if (keyOf(words[0] ?? '') === 'and' && words.length > 2) {
    const inner = askingWordLast(words.slice(1), snapshot);
    return inner ? `and ${inner}` : undefined;
  }
  let rest = [...words];
  // "router password what ah": a final particle after the question word is tone.
  while (rest.length > 2 && ['ah', 'ar', 'leh', 'lah', 'eh', 'sia'].includes(keyOf(rest[rest.length - 1] ?? ''))) rest = rest.slice(0, -1);
  const tail = LAST_ASKING.find((t) => endsWith(rest, t));
  if (tail) {
    const subject = rest.slice(0, rest.length - tail.length);
    if (subject.some((w) => namesSomething(snapshot, w) && tail.includes(keyOf(w)))) return undefined;
    const asking = tail.join(' ');
    const s = subject.map(keyOf);
    // "heat pump set to what", "temp set how much": the setting asked.
    if (s[s.length - 1] === 'set' || (s[s.length - 2] === 'set' && s[s.length - 1] === 'to')) {
      const device = subject.slice(0, s[s.length - 1] === 'to' ? -2 : -1);
      // "temp set how much": the set quantity alone is the setting of the device in focus.
      if (device.length === 1 && SET_QUANTITIES.has(keyOf(device[0] ?? ''))) return 'what is it set to?';
      // "bedroom aircon set how much" is read as typed: the list of settings answers it already.
      return asking === 'what' ? `what is ${device.join(' ')} set to?` : undefined;
    }
    if (asking === 'how many') return undefined;
    // "ceiling fans where": a plural asks where each of a group is, which the slot parse already lists.
    if (asking === 'where' && /[^s]s$/.test(s[s.length - 1] ?? '')) return undefined;
    if (asking === 'how much') return `what is ${subject.join(' ')}?`;
    if (asking === 'what time') return `when is ${subject.join(' ')}?`;
    return `${asking} is ${subject.join(' ')}?`;
  }
  // "house used how many kwh today": "how many/much" after the subject and its verb.
  const at = rest.findIndex((w, i) => i > 0 && keyOf(w) === 'how' && ['many', 'much'].includes(keyOf(rest[i + 1] ?? '')));
  if (at > 0 && at + 2 < rest.length) {
    const subject = rest.slice(0, at);
    const verb = keyOf(subject[subject.length - 1] ?? '');
    if (!/^[a-z]+ed$/.test(verb) || subject.length < 2) return undefined;
    return `how ${keyOf(rest[at + 1] ?? '')} ${rest.slice(at + 2).join(' ')} did ${subject.slice(0, -1).join(' ')} use?`;
  }
  return undefined;
}

/**
 * "gate alarm armed or not", "back door locked anot", "alarm armed?", "got pool?", "washing machine finish already?":
 * a statement made a yes/no question by its tag or its question mark, read as "is …" ("got …" as "is there …").
 */
function yesNoHeading(words: readonly string[], asked: boolean, snapshot: HomeSnapshot): string | undefined {
  let rest = [...words];
  const tag = TAGS.find((t) => endsWith(rest, t));
  if (tag) rest = rest.slice(0, rest.length - tag.length);
  if (!tag && !asked) return undefined;
  const first = keyOf(rest[0] ?? '');
  // "a light is on?": a sentence with its own verb is no heading.
  if (rest.some((w) => FINITE_VERBS.has(keyOf(w)))) return tag && OPENERS.has(first) ? `${rest.join(' ')}?` : undefined;
  if (first === 'got' && rest.length >= 2) return `is there ${rest.slice(1).join(' ')}?`;
  if (OPENERS.has(first)) return tag ? `${rest.join(' ')}?` : undefined;
  if (keyOf(rest[rest.length - 1] ?? '') === 'already' && rest.length >= 3) {
    const done = DONE_VERBS[keyOf(rest[rest.length - 2] ?? '')];
    if (!done) return undefined;
    rest = [...rest.slice(0, -2), done];
  }
  const last = keyOf(rest[rest.length - 1] ?? '');
  // "chiller ok?": how a thing is doing is its whole state.
  if ((last === 'ok' || last === 'okay' || last === 'alright') && rest.length >= 2) return `how is ${rest.slice(0, -1).join(' ')}?`;
  if (!STATES.has(last) || namesSomething(snapshot, rest[rest.length - 1] ?? '') || rest.length < 2) return undefined;
  // "aircon on or not", "light on?": a bare kind is read as typed already (its devices, or which one is meant).
  const subject = rest.slice(0, -1).filter((w) => keyOf(w) !== 'still');
  if ((last === 'on' || last === 'off') && kindForPhrase(phraseKey(subject.join(' ')))) return undefined;
  return `is ${rest.join(' ')}?`;
}

/** "the fan off it", "the light on it": the object said first, then on/off as the verb with "it" for that object. */
function objectBeforeOnOff(words: readonly string[], snapshot: HomeSnapshot): string | undefined {
  const n = words.length;
  if (n < 3 || keyOf(words[n - 1] ?? '') !== 'it') return undefined;
  const verb = keyOf(words[n - 2] ?? '');
  if (verb !== 'on' && verb !== 'off') return undefined;
  const object = words.slice(0, n - 2);
  // "battery on it" asks a reading of the thing in focus: only a kind of device ("the fan") is switched.
  const head = object.slice(-2).map(keyOf);
  if (!kindForPhrase(phraseKey(head.join(' '))) && !kindForPhrase(phraseKey(head[head.length - 1] ?? ''))) return undefined;
  if (OPENERS.has(keyOf(object[0] ?? '')) || object.some((w) => namesSomething(snapshot, w) && ['on', 'off', 'it'].includes(keyOf(w)))) return undefined;
  return `turn ${verb} ${object.join(' ')}`;
}

/** A heading is short: a longer sentence without an opening word is no heading but something the engine cannot read. */
const HEADING_MAX_WORDS = 6;
/** English words a heading adds to the names of the home: when ("now", "today") and what of it ("name", "status"). */
const HEADING_WORDS = new Set(['now', 'today', 'currently', 'rn', 'tonight', 'name', 'status', 'reading', 'level', 'the', 'my', 'our']);

/**
 * "solar power now", "home battery charge", "robot vacuum app name": a heading that names what is asked and nothing else, asked
 * as "what is …". Only a last reading, when the sentence as said was understood in no other way (IntentResponder),
 * so a heading the engine reads already ("battery devices", "chiller temperature") keeps its answer.
 */
export function headingAsQuestion(text: string, snapshot: HomeSnapshot): string | undefined {
  if (text.includes(',')) return undefined;
  const words = wordsOf(text);
  if (words.length < 2 || words.length > HEADING_MAX_WORDS) return undefined;
  if (OPENERS.has(keyOf(words[0] ?? '')) || words.some((w) => ['on', 'off', 'it', 'them'].includes(keyOf(w)))) return undefined;
  // "crank the heater to 24", "add the garage to upstairs": a number or a "to"/"from" makes it a request or a route,
  // never asked as "what is".
  if (words.some((w) => /\d/.test(w) || ['to', 'from', 'into', 'onto'].includes(keyOf(w)))) return undefined;
  // A heading names things of this home: a sentence in another language is none.
  const home = homeWords(snapshot);
  // Most of its words are the home's own; one other word may be asked of them ("home battery charge", "cucina temperatura").
  const unknown = words.filter((w) => !home.has(keyOf(w)) && !kindForPhrase(phraseKey(w)) && !HEADING_WORDS.has(keyOf(w)));
  if (unknown.length > 1 || unknown.length * 2 >= words.length) return undefined;
  // A heading starts with the thing it names; a word of no name first is a verb ("wiggle the garage light", "add …").
  if (unknown.length === 1 && unknown[0] === words[0]) return undefined;
  return `what is ${words.join(' ')}`;
}

/**
 * "islas nightlight to 5%", "sewing room light on to 60 please": a thing and the value it should go to, with no verb,
 * is a setting. Its first word names something of the home, so an unknown verb ("crank the heater to 24") is never
 * taken for a name and dropped.
 */
function headingToValue(said: readonly string[], snapshot: HomeSnapshot): string | undefined {
  // "sewing room light on to 60 please": a last "please" and an "on" before the "to" add nothing to the setting, nor
  // does the way it goes ("bedroom underfloor down to 16", "hot water up to 55": the number is the setting).
  let end = said.length;
  while (end > 3 && ['please', 'pls', 'thanks'].includes(keyOf(said[end - 1] ?? ''))) end--;
  const words = said.slice(0, end);
  const n = words.length;
  if (n < 3 || keyOf(words[n - 2] ?? '') !== 'to' || !NUMBER.test(keyOf(words[n - 1] ?? ''))) return undefined;
  const switched = n > 3 && ['on', 'up', 'down'].includes(keyOf(words[n - 3] ?? '')) ? 1 : 0;
  const target = words.slice(0, n - 2 - switched);
  if (OPENERS.has(keyOf(target[0] ?? '')) || target.some((w) => ['to', 'from', 'it', 'them'].includes(keyOf(w)))) return undefined;
  // Every word a word of a name or a kind: a verb the home's text uses ("heat the sauna to 85") is no name.
  // "light in menjador mas to 60": an "in" between the thing and its place is part of naming it.
  if (!target.every((w, i) => namesSomething(snapshot, w) || kindForPhrase(phraseKey(w)) || ['the', 'my', 'our'].includes(keyOf(w)) || (i > 0 && keyOf(w) === 'in'))) return undefined;
  return `set ${[...target, ...words.slice(n - 2)].join(' ')}`;
}

