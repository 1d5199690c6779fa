// A terse command and why, said together: "master fan on its mad hot in here", "ramada fan on its getting warm out
// here", "master room fan on, aircond too cold". Read whole, the reason's "hot" or "cold" made it a setpoint question
// about the fan ("has no temperature setting"), a wrong answer to a request. The request is the words up to the on/off
// when they name a thing of the home by themselves (terseCommands.ts decides, so the target is what was said and never
// wider: "yard lights off its daylight" with no "yard lights" of one device stays unread), and what follows opens a
// reason: run on as commandReasons.ts reads one after a verb ("its …", "so it …", "my feet are …"), or after a comma a
// remark on how things are ("too cold", "so dark", "getting hot": a word of lexicon/terseCommands.json `remarkWords`).
// Words after the on/off that could still narrow or add to the request ("on, the kitchen one", "on, lamp off", "on,
// in the den", "on, 20 minutes") are no remark; words that name, ask and narrow nothing after a thing said by its
// device words are an aside of any kind ("freestall lights off done w chores", "majlis tv on, match starting").
import lexicon from './lexicon/terseCommands.json';
import { REQUEST_VERBS, reasonOpensAt } from './commandReasons';
import type { HomeSnapshot } from './HomeIndex';
import { namesSomething } from './kindClaims';
import { kindForPhrase, phraseKey } from './deviceKinds';

const REMARK_WORDS: ReadonlySet<string> = new Set(lexicon.remarkWords);
/** Question words, copulas, pronouns, verbs: an aside with one may ask or say more than why. */
const NOT_A_THING: ReadonlySet<string> = new Set(lexicon.notAThing);
const DETERMINERS: ReadonlySet<string> = new Set(lexicon.determiners);
const SWITCHES: ReadonlySet<string> = new Set(lexicon.switches);
/** Words that narrow a target or open a place or a time: a clause with one is part of the request. */
const NARROWING = new Set(['one', 'ones', 'in', 'at', 'on', 'off', 'by', 'near', 'for', 'to', 'until', 'till', 'and', 'also', 'too', 'both', 'all', 'only', 'just']);
/** A remark after a comma is short: "aircond too cold", "way too dark in here". */
const MAX_REMARK_WORDS = 6;

const keyOf = (word: string): string => word.toLowerCase().replace(/['’]/g, '').replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');

/**
 * True when the words from `at` on are a reason said after a terse command whose on/off is the word before `at`:
 * a run-on reason, or after a comma a short remark.
 */
export function reasonAfterTerse(words: readonly string[], at: number, snapshot: HomeSnapshot): boolean {
  const rest = words.slice(at).map(keyOf).filter(Boolean);
  if (rest.length === 0 || rest.some((k) => SWITCHES.has(k) || REQUEST_VERBS.has(k) || /\d/.test(k))) return false;
  // "on its own" is no reason: "its own" says whose.
  if (rest[0] === 'its' && rest[1] === 'own') return false;
  if (reasonOpensAt(words, at, snapshot)) return true;
  const comma = /,$/.test(words[at - 1] ?? '');
  return (comma && isRemark(rest)) || asideOfNothingHere(words.slice(0, at - 1).map(keyOf), rest, comma, snapshot);
}

/** Words that say when or for how long: "on for an hour", "off till six" still ask for more than on or off. */
const TIMING = new Set(['until', 'till', 'til', 'hour', 'hours', 'hr', 'hrs', 'minute', 'minutes', 'min', 'mins', 'second', 'seconds', 'secs', 'later', 'then', 'after', 'timer']);
/** An aside names nothing and is short: "done w chores", "theres a fox", ", match starting", ", smelly". */
const MAX_ASIDE_WORDS = 6;

/**
 * "freestall lights off done w chores", "majlis tv on, match starting", "lamp on for the guests": after a thing named
 * by its device words and its on/off, words that name nothing of the home (no device's word, no name, no kind), ask
 * nothing, narrow nothing and say no time cannot change what is asked; they say why. Run on with no comma, two words
 * at least ("on top" stays).
 */
function asideOfNothingHere(thing: readonly string[], rest: readonly string[], comma: boolean, snapshot: HomeSnapshot): boolean {
  if (rest.length < (comma ? 1 : 2) || rest.length > MAX_ASIDE_WORDS) return false;
  // The thing is words of the home's device names or kinds ("Siti off day which day" names a person, no device).
  if (!thing.every((k) => DETERMINERS.has(k) || snapshot.deviceNameKeys.has(phraseKey(k)) || kindForPhrase(phraseKey(k)))) return false;
  // "Astro box on which channel", "rice cooker plug on what time": a question word said last asks (clippedEnglish.ts).
  if (rest.some((k) => NOT_A_THING.has(k))) return false;
  // "rooms on the ground floor", "lamp on the desk": "on" before a determiner says where, never switches (galway gw195).
  if (!comma && DETERMINERS.has(rest[0] ?? '')) return false;
  // "in there", "in here" say where the asker is; any other "in", "at", "one" narrows the target.
  const narrows = rest.some((k, i) => (NARROWING.has(k) && k !== 'for' && !(k === 'in' && /^(?:here|there)$/.test(rest[i + 1] ?? ''))) || TIMING.has(k));
  // A determiner is a word of some names ("Lamp by the window") but names nothing said alone ("for the guests").
  return !narrows && rest.every((k) => DETERMINERS.has(k) || (!namesSomething(snapshot, k) && !kindForPhrase(phraseKey(k))));
}

/** "aircond too cold", "so dark", "getting hot": a remark on how things are, nothing that narrows the request. */
function isRemark(rest: readonly string[]): boolean {
  if (rest.length < 2 || rest.length > MAX_REMARK_WORDS) return false;
  // "too" is a remark's degree ("too cold") only before its last word; "the lamp too" adds to the request.
  const narrowing = rest.some((k, i) => NARROWING.has(k) && !(k === 'too' && i < rest.length - 1));
  return !narrowing && rest.some((k) => REMARK_WORDS.has(k));
}
