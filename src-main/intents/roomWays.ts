// How rooms connect, said in any language and any order: "con qué se comunica el comedor", "la cour arrière donne
// sur quoi", "jiko linaungana na vyumba gani" (one room and a word for "connects with / opens onto / borders"), and
// "de la pieza de Valen al lavadero cómo voy", "garage to kitchen, which way", "and from the deck to koro's" (two
// rooms and a word for going, or nothing but the two rooms and their from/to words). The rooms are found by the
// home's own names in the sentence as typed, so no language reader has to translate the sentence first; the question
// is read as the English one the engine answers ("what connects to …", "how do i get from … to …"). Words are data
// (lexicon/ways.json).
import { z } from 'zod';
import lexicon from './lexicon/ways.json';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';
import { findMentions, type Mention } from './mentions';
import { keyOf, tokenize, wordKeys, type Token } from './normalizeText';

const schema = z.object({
  connectPhrases: z.array(z.string().min(2)),
  routeWords: z.array(z.string().min(2)),
  fromMarkers: z.array(z.string().min(1)),
  toMarkers: z.array(z.string().min(1)),
  fillers: z.array(z.string().min(1)),
}).strict();
const LEXICON = schema.parse(lexicon);
const keys = (words: readonly string[]): Set<string> => new Set(words.map((w) => keyOf(w.toLowerCase())));
const CONNECT = LEXICON.connectPhrases.map(wordKeys);
const ROUTE = keys(LEXICON.routeWords);
const FROM = keys(LEXICON.fromMarkers);
const TO = keys(LEXICON.toMarkers);
const FILLERS = keys(LEXICON.fillers);
/** The words one of which a question about a way or a connection has: a connecting phrase's first word, from, to. */
const MARKED_BY: ReadonlySet<string> = new Set([...CONNECT.flatMap((phrase) => phrase.slice(0, 1)), ...FROM, ...TO]);

/** The English question the sentence asks about rooms' connections, or undefined when it asks none. */
export function roomWays(said: string, snapshot: HomeSnapshot): string | undefined {
  // Already the English route question: left as typed for the templates.
  if (/^\s*how\s+do\s+i\s+get\s+from\s.+\sto\s/i.test(said)) return undefined;
  const tokens = tokenize(said);
  return mayAskWays(tokens, snapshot) ? readRoomWays(tokens, snapshot) : undefined;
}

/**
 * Round 46, speed: a necessary condition of every reading of `readRoomWays`, so the home's names are looked for only
 * in a sentence that may ask about ways. One room and a connecting phrase needs the phrase's words in a row; two rooms
 * need a from/to word, and then a word for going or nothing but room names' words, fillers and from/to words (a room
 * mention is a phrase of the home that names a room, or an owner's word before "room"). "is", "a", "to" alone no
 * longer open it.
 */
export function mayAskWays(tokens: readonly Token[], snapshot: HomeSnapshot): boolean {
  const keys = tokens.map((t) => t.key);
  if (saysConnect(keys)) return true;
  if (!keys.some((k) => FROM.has(k) || TO.has(k))) return false;
  if (keys.some((k) => ROUTE.has(k))) return true;
  const roomWords = roomPhraseWords(snapshot);
  return keys.every((k, i) => FILLERS.has(k) || FROM.has(k) || TO.has(k) || roomWords.has(k) || k === 'room' || keys[i + 1] === 'room');
}

/** The words of the home's phrases that name a room (as findMentions keys them), once per snapshot. */
const roomPhraseWords = perSnapshot((snapshot: HomeSnapshot): ReadonlySet<string> => {
  const words = new Set<string>();
  for (const [phrase, entities] of snapshot.phrases) if (entities.some((e) => e.entity_type === 'room')) for (const w of phrase.split(' ')) words.add(w);
  return words;
});

/** The English question of the sentence's words about rooms' connections, ungated (`mayAskWays` says when to ask). */
export function readRoomWays(tokens: readonly Token[], snapshot: HomeSnapshot): string | undefined {
  // Every reading below needs a connecting phrase or a from/to word: without one, the home's names are not looked for.
  if (!tokens.some((t) => MARKED_BY.has(t.key))) return undefined;
  const mentions = findMentions(tokens, snapshot);
  // A device named too ("the majlis door", "the kitchen light") makes it a question about that device.
  if (mentions.some((m) => !isRoom(m))) return undefined;
  const inRoom = (i: number): boolean => mentions.some((m) => i >= m.start && i < m.end);
  const outside = tokens.map((t, i) => (inRoom(i) ? undefined : t.key));
  const [first, second] = mentions;
  if (mentions.length === 1 && first && saysConnect(outside)) return `what connects to the ${first.text}`;
  if (mentions.length !== 2 || !first || !second) return undefined;
  const words = outside.filter((k): k is string => k !== undefined);
  // "sai kung carport to living room path": a word of a house's or zone's name says which of two same-named rooms.
  const sites = siteWords(snapshot);
  if (words.some((k) => k.length >= 3 && sites.has(k) && !FILLERS.has(k) && !FROM.has(k) && !TO.has(k))) return undefined;
  const bare = words.every((k) => FILLERS.has(k) || FROM.has(k) || TO.has(k));
  // The two words before a room ("desde el", "a la", "to the") say whether the way starts or ends there.
  const before = (m: Mention): string[] => tokens.slice(Math.max(0, m.start - 2), m.start).map((t) => t.key);
  const marked = before(first).some((k) => FROM.has(k) || TO.has(k)) || before(second).some((k) => TO.has(k));
  if (!(words.some((k) => ROUTE.has(k)) && marked) && !(bare && marked)) return undefined;
  // "how do i get to koro's from the kitchen": the room said after "from" is where the way starts.
  const toFirst = before(first).some((k) => TO.has(k)) && !before(first).some((k) => FROM.has(k));
  const swap = toFirst && before(second).some((k) => FROM.has(k));
  const [from, to] = swap ? [second, first] : [first, second];
  return `how do i get from the ${from.text} to the ${to.text}`;
}

/** One room, said by its own name: a name two rooms share ("living room" in each house) is left to the readers that weigh the rest. */
/** Word keys of the names of the home and its zones (once per snapshot). */
const siteWords = perSnapshot((snapshot: HomeSnapshot): Set<string> => new Set([...snapshot.byId.values()].filter((e) => e.entity_type === 'zone' || e.entity_type === 'home').flatMap((e) => wordKeys(e.name))));

function isRoom(m: Mention): boolean {
  const places = m.entities.place ?? [];
  return places.length === 1 && places[0]?.entity_type === 'room' && !m.entities.device?.length;
}

/** The connecting phrases by their first word: a word that opens none is not tried against every phrase. */
const CONNECT_BY_FIRST = new Map<string, string[][]>();
for (const phrase of CONNECT) CONNECT_BY_FIRST.set(phrase[0] ?? '', [...(CONNECT_BY_FIRST.get(phrase[0] ?? '') ?? []), phrase]);

function saysConnect(outside: ReadonlyArray<string | undefined>): boolean {
  return outside.some((key, i) => key !== undefined && (CONNECT_BY_FIRST.get(key) ?? []).some((phrase) => phrase.every((k, j) => outside[i + j] === k)));
}
