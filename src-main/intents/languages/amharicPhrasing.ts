// Amharic read in English (amharicWords.ts, lexicon/amharic.json): in Ge'ez script ("የእማማ ማሞቂያ በርቷል ወይ" is
// grandma's heater on?) or romanised and mixed with English ("generator-u bera?", "pump-u atfaw", "roof tank-u sint
// percent new"). Amharic puts the thing first and its verb or question last, so a sentence is its thing's words (the
// home's names in English, Amharic words of things in English, English words as typed) and the shape its role words
// give: a request ("አብራው" turn on, "atfaw" turn off, "kfetew" open), a state asked ("bera?" on, "ተቆልፏል" locked,
// "ተዘግቷል" closed), or a question word ("sint" how much, "yet" where, "meche" when, "min" what, "yetegna" which,
// "endet" how, "ale" is there). Of a request, the thing is what comes before its verb (after it is the reason: "የአባባ
// መብራት አብሩለት ጨለማ ነው", it is dark); of clauses, the first one read.
// Speed: a sentence with no Ge'ez letter, no word only Amharic says, no Amharic ending on a word and no "lay new" last
// returns at once.
import type { HomeSnapshot } from '../HomeIndex';
import { markerSet, saysMarker } from '../saidWordSet';
import { GEEZ } from './geezLetters';
import { AMHARIC, amharicWords, type AmharicWord } from './amharicWords';

const SURE = markerSet(AMHARIC.sure);
/** "generator-u", "pump-un", "tv-w", "camera-woch": an Amharic ending on a Latin word. */
const ENDING = /\p{Script=Latin}-(?:u|un|w|wn|woch|och|us|ws)\b/u;
/** "min channel lay new": "lay new" (it is on …) last is Amharic, though each word alone is English too. */
const LAY_NEW = /\blay new\s*\??\s*$/i;

/** The gate: Ge'ez letters, a word only Amharic says, or an Amharic ending on a word. */
export function maySayAmharic(text: string): boolean {
  return GEEZ.test(text) || saysMarker(text, SURE) || ENDING.test(text) || LAY_NEW.test(text);
}

/** The sentence in English, or undefined when it says nothing Amharic or nothing read. */
export function amharicPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!maySayAmharic(text)) return undefined;
  for (const clause of text.split(/[,;!]|[.?](?:\s|$)/)) {
    if (!clause.trim()) continue;
    const read = readClause(amharicWords(clause, snapshot));
    if (read) return read;
  }
  return undefined;
}

const REQUESTS: Record<string, string> = { turnOn: 'turn on', turnOff: 'turn off', open: 'open' };
const MEASURES = new Set(['temperature', 'degrees', 'time', 'meters', 'percent', 'phone', 'kw']);

/** One clause's words as an English question or request; undefined when it has no shape read here. */
function readClause(words: readonly AmharicWord[]): string | undefined {
  const roles = words.filter((w) => w.kind === 'role').map((w) => w.text);
  const has = (role: string): boolean => roles.includes(role);
  const request = words.findIndex((w) => w.kind === 'role' && REQUESTS[w.text] !== undefined);
  // "መብራት ጠፍቷል በሩን … እንዴት": the words of a reason said first are no part of what is asked after it.
  const lastReason = request >= 0 ? -1 : words.reduce((at, w, i) => (w.kind === 'reason' && words.slice(i).some((x) => x.kind === 'name' || x.kind === 'word') ? i : at), -1);
  const before = request >= 0 ? words.slice(0, request) : words.slice(lastReason + 1);
  const said = before.filter((w) => w.kind === 'name' || w.kind === 'word');
  const saidWords = new Set(said.map((w) => w.text));
  const thing = thingOf(said.filter((w) => !MEASURES.has(w.text)));
  const the = thing ? `the ${thing}` : 'it';
  if (request >= 0) return `${REQUESTS[words[request]?.text ?? ''] ?? ''} ${the}`;
  if (!thing && !roles.length) return undefined;
  const how = roles.find((r) => r.startsWith('how:'));
  if (how) return `how do I ${how.slice(4)} ${the}${has('byHand') ? ' by hand' : ''}`;
  if (has('how')) return `how do I use ${the}`;
  if (has('locked')) return `is ${the} locked?`;
  if (has('closed')) return `is ${the} closed?`;
  if (has('linked')) return `what does ${the} connect to`;
  if (has('happens')) return `what happens when ${the} rings`;
  if (has('controls')) return has('which') ? `which app controls ${the.replace(/ app$/, '')}` : `what does ${thing.replace(/ app$/, '') || 'it'} control`;
  if (has('which')) return has('isOn') ? `which ${thing} are on` : `which ${thing} are there`;
  // "camera-woch yet yet nachew": where each of them is.
  if (has('where')) return said.some((w) => w.plural) ? `list the ${thing}` : `where is ${the}`;
  if (has('when') || (has('howMuch') && saidWords.has('time'))) return has('turnsOn') ? `when does ${the} turn on` : `when is ${thing || 'it'}`;
  if (has('turnsOn')) return `what automations turn on ${the}`;
  if (has('exists') && has('what')) return `what is in ${the}`;
  if (has('exists')) return saidWords.has('manual') ? `is there a ${thing}` : `do we have a ${thing}`;
  if (has('isOn')) return `is ${the} on?`;
  if (has('setTo')) return `what is ${the} set to`;
  if (has('howMuch') || has('what')) {
    if (saidWords.has('temperature') || saidWords.has('degrees')) return `what is the temperature of ${the}`;
    if (saidWords.has('phone')) return `what is the phone number of ${thing || 'it'}`;
    // "ሲስተርን ውስጥ ውሃ ስንት ነው": how much water is in the cistern, how full it is.
    const unwatered = thingOf(said.filter((w) => !MEASURES.has(w.text) && w.text !== 'water'));
    if (saidWords.has('percent') || saidWords.has('water') || saidWords.has('fuel')) return `how full is ${unwatered ? `the ${unwatered}` : 'it'}`;
    if (saidWords.has('meters')) return `how many meters is ${the}`;
    return `what is ${the}`;
  }
  return undefined;
}

/** The thing's words in English order: a place said with it goes after ("lights in the compound"). */
function thingOf(said: readonly AmharicWord[]): string {
  const places = said.filter((w) => w.place).map((w) => w.text);
  const things = said.filter((w) => !w.place).map((w) => w.text);
  if (!things.length) return places.join(' ');
  return places.length ? `${things.join(' ')} in the ${places.join(' ')}` : things.join(' ');
}
