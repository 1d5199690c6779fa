// Cue words of the slot parse: they choose the intent once the mentions are found, and are never looked up as names.
// Keys are normalised (singular, US spelling), like every word the engine compares.
import { CAPABILITY_WORDS } from './deviceKinds';
import { keyOf, type Token } from './normalizeText';
import manualWords from './lexicon/manualWords.json';
import noteWords from './lexicon/noteWords.json';
import { phraseKey } from './deviceKinds';
import { asksAField } from './fieldMeanings';
import { askedOwnCapability } from './capabilityAsked';
import { isQuantityWord } from './stateQuantities';

/** One-word names of a manual and of a note in other languages (lexicon/manualWords.json, noteWords.json), as keys. */
const MANUAL_WORDS = manualWords.words.map(keyOf);
const NOTE_WORDS = noteWords.words.map(keyOf);

export const CUES = {
  date: ['when', 'due', 'date', 'expire', 'expiry', 'warranty', 'last', 'next', 'serviced', 'time', 'day', 'often', 'normally', 'usually'],
  automation: ['automation', 'routine', 'scene', 'rule', 'automate', 'automated', 'automatically'],
  where: ['where', 'located', 'location', 'find'],
  docs: ['manual', 'guide', 'documentation', 'doc', 'instruction', 'handbook', 'pdf', ...MANUAL_WORDS],
  note: ['note', 'written', 'jotted', ...NOTE_WORDS],
  connect: ['connect', 'connected', 'next', 'adjacent', 'lead', 'neighbor', 'neighbour', 'beside', 'adjoin', 'join', 'reach', 'get', 'between', 'route', 'path', 'walk', 'way'],
  count: ['many', 'count', 'number', 'total'],
  stateOn: ['on', 'off', 'running', 'playing', 'lit', 'active', 'powered', 'enabled', 'disabled', 'charging'],
  locked: ['locked', 'unlocked', 'secure', 'secured'],
  open: ['open', 'opened', 'closed', 'shut', 'ajar'],
  setpoint: ['set', 'setpoint', 'target', 'warm', 'cold', 'hot', 'degree', 'heat', 'cool'],
  reading: ['temperature', 'temp', 'humidity', 'humid', 'reading', 'pm25', 'grid'],
  room: ['room', 'space', 'area'],
  devices: ['device', 'thing', 'gadget', 'stuff', 'equipment', 'everything', 'anything', 'what'],
  battery: ['battery', 'batteries'],
  low: ['low', 'lowest', 'dying', 'flat', 'weak', 'dead', 'empty', 'almost', 'nearly', 'drained', 'die', 'soon'],
  app: ['app', 'application'],
  schedule: ['schedule', 'timer', 'timing', 'timetable'],
  /** Whether a cycle has ended or how long it has to go ("is it done yet", "how long until it is finished"). */
  done: ['done', 'finished', 'finish', 'ready', 'remaining', 'until', 'yet'],
  controls: ['control', 'manage', 'affect', 'run', 'do', 'doe', 'include', 'touch', 'cover', 'trigger', 'change', 'handle', 'mess', 'use', 'turn', 'operate'],
  /** Verbs of one device over others ("what monitors the smoke alarms": a gateway's edges). */
  oversee: ['control', 'manage', 'operate', 'monitor'],
  info: ['make', 'made', 'brand', 'model', 'manufacturer', 'maker', 'who'],
  // With the word in the lexicon's other languages ("wifi lösenord?"), keys without diacritics.
  secret: ['password', 'pw', 'login', 'credential', 'passcode', 'pin', 'combination', 'passphrase', 'losenord', 'passord', 'kodeord', 'passwort', 'kennwort', 'contrasena', 'wachtwoord', 'haslo', 'senha', 'clave', 'keyword', 'codeword'],
  service: ['service', 'servicing', 'repair', 'technician', 'installer', 'plumber', 'electrician', 'contact', 'phone', 'call'],
  error: ['error', 'fault', 'mean', 'code', 'blinking', 'flashing'],
  exist: ['there', 'have', 'any', 'anything', 'got', 'own', 'anyone', 'anybody', 'someone', 'somebody'],
  how: ['how'],
  /** Asking words that carry no subject of their own ("look for", "how long left"). */
  request: ['list', 'look', 'search', 'show', 'display', 'check', 'see', 'give', 'tell', 'long', 'left', 'much', 'need', 'take', 'work', 'working', 'happen', 'currently', 'right', 'go', 'come', 'stay', 'speed', 'level', 'status', 'state', 'doing', 'should', 'would', 'gear', 'kit', 'hardware', 'using', 'used'],
};
export const ALL_CUES = new Set(Object.values(CUES).flat());

/**
 * Verbs of edits the engine never makes ("put the lamp in the kitchen", "rename the hallway", "link the sensor to the
 * door"): a request that starts with one is for a model, whose write tools only propose cards. Without this the words
 * around the verb ("thing", "kitchen") read as a question about what is in the kitchen.
 */
export const EDIT_VERBS: ReadonlySet<string> = new Set([
  'put', 'move', 'place', 'relocate', 'add', 'create', 'make', 'link', 'attach', 'assign', 'rename',
  'delete', 'remove', 'write', 'remember', 'save', 'store', 'record', 'draft', 'compose', 'summarise', 'summarize',
]);
/** "how I light it", "how d'you start it": the subject said straight after "how" asks how to, as "how do I" does. */
export const HOW_SUBJECTS: readonly string[] = ['i', 'we', 'dyou'];

/** Polite openers skipped before the verb: "please put …", "can you move …". */
export const POLITE_OPENERS: ReadonlySet<string> = new Set(['please', 'can', 'could', 'would', 'will', 'you', 'kindly', 'pls', 'plz']);

export function has(keys: ReadonlySet<string>, ...words: string[]): boolean {
  return words.some((w) => keys.has(w));
}

const CAPABILITY_PHRASES = new Map<string, string>();
for (const [phrase, capability] of Object.entries(CAPABILITY_WORDS)) CAPABILITY_PHRASES.set(phraseKey(phrase), capability);

/** A word that asks for a reading ("usage", "pressure", "paying"): a question may say it where the home never does. */
export function asksReading(key: string): boolean {
  return isQuantityWord(key) || asksAField(key);
}

/** A capability named in the question ("detects motion", "night vision", "be dimmed"), longest phrase first. */
export function capabilityIn(tokens: readonly Token[], known: ReadonlyMap<string, string>): { value: string; text: string } | undefined {
  const keys = tokens.map((t) => t.key);
  for (let len = Math.min(4, keys.length); len >= 1; len--) {
    for (let i = 0; i + len <= keys.length; i++) {
      const phrase = keys.slice(i, i + len).join(' ');
      const text = tokens.slice(i, i + len).map((t) => t.text).join(' ');
      // One-word capability words that are also ordinary state words ("on", "open") only count in longer phrases.
      if (len === 1 && ['open', 'lock', 'play', 'color', 'volume', 'video', 'schedule', 'record', 'heat', 'cool', 'unlock', 'brightness', 'dim'].includes(phrase)) continue;
      const value = CAPABILITY_PHRASES.get(phrase) ?? (len > 1 ? known.get(phrase) : undefined);
      if (value) return { value, text };
    }
  }
  return askedOwnCapability(tokens, known);
}

/** Readings whose names look like codes ("co2", "pm25", "pm10", "o3"): asked about, never looked up as errors. */
const READING_NAMES = /^(co2?|pm\d+|o3|no2|so2|h2o|ch4)$/i;

/** A code-like word ("E24", "f5") that only an error table or manual would contain. */
export function errorCode(tokens: readonly Token[]): string | undefined {
  const whole = tokens.find((t) => /^[a-z]{1,2}-?\d{1,3}$/i.test(t.text) && !READING_NAMES.test(t.text))?.text;
  if (whole) return whole;
  // "error 11", "fault 3"; "E:24" and "F.28" come apart into a letter and a number, which are a code when the question
  // asks what a display means ("a 20 minute job" is no code).
  const asksMeaning = tokens.some((t) => CODE_CONTEXT.has(t.key));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [word, number] = [tokens[i], tokens[i + 1]];
    if (!word || !number || !/^\d{1,4}$/.test(number.text)) continue;
    if (CODE_WORDS.has(word.key)) return `${word.text} ${number.text}`;
    if (asksMeaning && /^[b-hj-z]{1,2}$/i.test(word.text)) return `${word.text}${number.text}`;
  }
  return undefined;
}

/** Words that name an error code before its number ("error 11"). */
const CODE_WORDS: ReadonlySet<string> = new Set(['error', 'err', 'fault', 'code']);
/** Words of a question about what a display shows. */
const CODE_CONTEXT: ReadonlySet<string> = new Set(['mean', 'meaning', 'error', 'fault', 'code', 'flashing', 'showing', 'display', 'displaying', 'saying', 'blinking']);

/**
 * What a question asks about its subject beyond what it is: "how long" → duration, "who" → who, "how often" →
 * frequency, cost, temperature ("how long left" is the device's state, not a duration to look up).
 */
export function aspectOf(keys: readonly string[]): string | undefined {
  const after = (word: string): string | undefined => keys[keys.indexOf(word) + 1];
  const hasHow = keys.includes('how');
  if (hasHow && after('how') === 'long' && !keys.some((k) => ['left', 'remaining', 'until', 'ago'].includes(k))) return 'duration';
  if (hasHow && after('how') === 'often') return 'frequency';
  if (hasHow && after('how') === 'much' && !keys.includes('battery')) return 'cost';
  if (keys.includes('who') || keys.includes('whom')) return 'who';
  if (keys.some((k) => ['cost', 'price'].includes(k))) return 'cost';
  if (keys.some((k) => ['temp', 'temperature', 'degree'].includes(k))) return 'temperature';
  return undefined;
}

/** "where is …", and "what floor is the study on" / "which level is …": asks where a place or device sits. */
export function asksWhere(tokens: readonly Token[]): boolean {
  // "what level is the diesel tank at": a reading the tank is at, not the floor it is on.
  const levelAt = tokens[tokens.length - 1]?.key === 'at';
  return tokens.some((t, i) => t.key === 'where' || (['what', 'which'].includes(t.key) && ([...['floor', 'storey', 'story'], ...(levelAt ? [] : ['level'])].includes(tokens[i + 1]?.key ?? '') || roomAsked(tokens, i + 1))));
}

/**
 * "which room is the tv in", "balcony door which room": one room, said last or before "is" (not "room temperature";
 * "what rooms are at the cottage" lists rooms).
 */
function roomAsked(tokens: readonly Token[], at: number): boolean {
  const after = tokens[at + 1]?.key;
  return tokens[at]?.text.toLowerCase() === 'room' && (after === undefined || ['is', 'doe'].includes(after));
}

/** "how many lights", "number of plugs": a count; "how many watts is the plug using" asks a reading instead. */
export function asksCount(tokens: readonly Token[]): boolean {
  const keys = tokens.map((t) => t.key);
  return keys.some((k) => CUES.count.includes(k)) && !keys.some((k, i) => k === 'many' && isQuantityWord(keys[i + 1] ?? ''));
}
