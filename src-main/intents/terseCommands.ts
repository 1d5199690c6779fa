// Telegraphic commands, as said to a speaker or dictated: "Big light on.", "Wireless off.", "The immersion. Off.",
// "Floodlight on. Fox in the garden." A thing named and then on or off, with no verb and no question mark, is a
// command: read as "turn <thing> on". Read as it was, it was asked whether the thing is on ("Ken's Wireless is on")
// or taken for a place. A question mark keeps it a question ("towel rail on?"), and a sentence with a question,
// copula or particle word ("any lights on", "pump iko on", "tv dey on", "when does it come on") is no such command.
// The words that rule a sentence out are data (lexicon/terseCommands.json). A short sentence after the command
// ("Fox in the garden.") is its reason and is left out.
import { z } from 'zod';
import lexicon from './lexicon/terseCommands.json';
import { kindForPhrase, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { membersOfKind } from './kindMembers';
import { perSnapshot } from './perSnapshot';
import { devicesWithin } from './placeClaims';
import { reasonAfterTerse } from './terseReasons';

const schema = z.object({
  // The last word of a terse command: the only words this reader reads a sentence for (its markers).
  switches: z.array(z.string().min(1)).min(1),
  // Words a thing's name said alone never has here: question words, copulas, pronouns, verbs, other languages' particles.
  notAThing: z.array(z.string().min(1)),
  // "the immersion", "my lamp": kept as said.
  determiners: z.array(z.string().min(1)),
  // A remark after a comma says why with one of these ("…on, aircond too cold"; terseReasons.ts).
  remarkWords: z.array(z.string().min(1)),
}).strict();
const LEXICON = schema.parse(lexicon);
const SWITCHES: ReadonlySet<string> = new Set(LEXICON.switches);
const NOT_A_THING: ReadonlySet<string> = new Set(LEXICON.notAThing);
const DETERMINERS: ReadonlySet<string> = new Set(LEXICON.determiners);

/** A thing said alone is at most this many words ("the big light in the back room"). */
const MAX_THING_WORDS = 7;
/** Longer text is no terse command. */
const MAX_CHARS = 120;
const SENTENCES = /[.!]+(?:\s+|$)/;
const keyOf = (word: string): string => word.toLowerCase().replace(/['’]/g, '').replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');

/** The sentence as typed says on or off as a word (a reading of another language that put it in is no terse command). */
export function saysSwitchWord(typed: string): boolean {
  return typed.split(/\s+/).some((w) => SWITCHES.has(keyOf(w)));
}

/**
 * "turn <thing> on" for a telegraphic command, or undefined for anything else (the sentence as typed is kept). Said
 * without a full stop ("coffee pot on"), only a thing named whole (a name, an alias) or in one word counts: "garage
 * light on" may be a question about a light nobody named so.
 */
export function terseCommand(text: string, snapshot: HomeSnapshot): string | undefined {
  if (text.length > MAX_CHARS || text.includes('?')) return undefined;
  const words = text.split(/\s+/);
  // Marker: a switch word said at all (as a word, with or without a full stop after it).
  if (!words.some((w) => SWITCHES.has(keyOf(w)))) return undefined;
  const sentences = text.split(SENTENCES).map((s) => s.trim().replace(/,$/, '')).filter(Boolean);
  const [first, second] = sentences;
  if (!first) return undefined;
  const said = first.split(/\s+/);
  const last = keyOf(said[said.length - 1] ?? '');
  // "Big light on." / "The big light in the back room, on."; or "The immersion. Off."
  // With no question mark, any full stop ends the first sentence: it was said as a statement.
  const stopped = /[.!]/.test(text);
  if (SWITCHES.has(last) && said.length >= 2 && (stopped || namedWhole(said.slice(0, -1), snapshot))) return thingSaid(said.slice(0, -1), last);
  const lone = second !== undefined ? keyOf(second) : '';
  if (sentences.length === 2 && SWITCHES.has(lone)) return thingSaid(said, lone);
  return beforeReason(said, snapshot);
}

/**
 * "master fan on its mad hot in here", "garden light on theres a fox": a thing the home has named whole, or a kind said
 * after a place of the home's, on or off, then why (terseReasons.ts). The reason makes it a request: the place and
 * kind go to the command's own reading ("turn garden light on"), which finds the kind there or says there is none.
 */
function beforeReason(said: readonly string[], snapshot: HomeSnapshot): string | undefined {
  const at = said.findIndex((w, i) => i > 0 && i < said.length - 1 && SWITCHES.has(keyOf(w)));
  if (at < 0) return undefined;
  const thing = said.slice(0, at);
  if (!(namedWhole(thing, snapshot) || kindInPlace(thing, snapshot)) || !reasonAfterTerse(said, at + 1, snapshot)) return undefined;
  return thingSaid(thing, keyOf(said[at] ?? ''));
}

const PLACE_TYPES: ReadonlySet<string> = new Set(['room', 'zone', 'home']);

/**
 * "garden light", "the back porch lights": a place of the home by its name or alias, then a kind word (one or two
 * words), with one device of that kind there. Several there ("yard lights" of a floodlight and an office's lights)
 * name no one device: the reason's cut never widens a request to a place's lights.
 */
function kindInPlace(thing: readonly string[], snapshot: HomeSnapshot): boolean {
  const keys = thing.map(keyOf).filter((k) => k && !DETERMINERS.has(k));
  for (const size of [1, 2]) {
    const place = keys.slice(0, -size);
    const kind = place.length > 0 ? kindForPhrase(phraseKey(keys.slice(-size).join(' '))) : undefined;
    if (!kind) continue;
    const places = (snapshot.phrases.get(phraseKey(place.join(' '))) ?? []).filter((e) => PLACE_TYPES.has(e.entity_type));
    const members = new Set(membersOfKind(snapshot, kind));
    if (places.length === 1 && places[0] && devicesWithin(snapshot, places[0]).filter((d) => members.has(d)).length === 1) return true;
  }
  return false;
}

/**
 * One word, a name or alias of the home said whole ("coffee pot"), or words that are all words of one device's name
 * ("scorpion light" of "Scorpion UV light", "great room fan" of "Great room ceiling fan"): a thing the home has.
 * Words no single name has ("garage light" in a home whose garage has none) stay a question.
 */
function namedWhole(thing: readonly string[], snapshot: HomeSnapshot): boolean {
  const keys = thing.map(keyOf).filter((k) => k && !DETERMINERS.has(k));
  const phrase = phraseKey(keys.join(' '));
  return keys.length === 1 || snapshot.phrases.has(phrase) || withinOneName(phrase.split(' '), snapshot);
}

/** Each device's name as its word keys, once per snapshot. */
const nameWordSets = perSnapshot((snapshot: HomeSnapshot): ReadonlyArray<ReadonlySet<string>> =>
  snapshot.devices.map((d) => new Set(phraseKey(d.name).split(' '))));

function withinOneName(keys: readonly string[], snapshot: HomeSnapshot): boolean {
  if (keys.length < 2 || keys.some((k) => !snapshot.deviceNameKeys.has(k))) return false;
  return nameWordSets(snapshot).some((words) => keys.every((k) => words.has(k)));
}

function thingSaid(thing: readonly string[], state: string): string | undefined {
  const keys = thing.map(keyOf).filter(Boolean);
  if (keys.length === 0 || keys.length > MAX_THING_WORDS || keys.some((k) => NOT_A_THING.has(k) || /^\d/.test(k))) return undefined;
  if (keys.every((k) => DETERMINERS.has(k))) return undefined;
  return `turn ${thing.join(' ').replace(/,$/, '')} ${state}`;
}
