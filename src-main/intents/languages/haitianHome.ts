// Haitian Creole (Kreyòl) in a home whose own names are Kreyòl ("Limyè salon", "Pòt teras", "Chanm Kiara"). The
// Kreyòl row of spokenDialects.ts reads a sentence only by words that name nothing in the home, and in such a home its
// kind and room words ("limyè", "chanm", "pòt") are the home's names, so "ki limyè ki limen kounye a" or "kisa ki nan
// lakou dèyè a" were never read. Here, only in a home with several Kreyòl name words (`homeWords`, checked once per
// snapshot), Kreyòl's small words are markers too ("ki", "nan", "sa", "sou"), a kind word is read in English outside
// a name said whole ("ki limyè ki limen" = which light are on, but "Limyè salon" stays), and a request opening with
// its verb is the command ("limen lanp lan" = turn on lamp; "limen" after its thing is a state: "kafetyè a limen?").
// Words in lexicon/haitianCreoleHome.json. Gate: one marker as a whole word (saidWordSet.ts), then the home check.
import { z } from 'zod';
import raw from '../lexicon/haitianCreoleHome.json';
import type { HomeSnapshot } from '../HomeIndex';
import { kindForPhrase, phraseKey } from '../kindLexicon';
import { perSnapshot } from '../perSnapshot';
import { markerSet, saysMarker, wordKey } from '../saidWordSet';
import { spokenFormsReader, spokenFormsSchema } from './spokenForms';

const LEXICON = z.object({
  homeWords: z.array(z.string().min(1)),
  minHomeWords: z.number().int().min(1),
  commands: z.record(z.string().min(1), z.string().min(1)),
  switchedByOpening: z.record(z.string().min(1), z.string().min(1)),
  switchKinds: z.array(z.string().min(1)),
  pronounCommands: z.array(z.string().min(1)),
  markedWords: z.record(z.string().min(1), z.string().min(1)),
  articlesAfterNoun: z.array(z.string().min(1)),
  predicates: z.array(z.string().min(1)),
  frenchSpellings: z.array(z.tuple([z.string().min(1), z.string()])),
  forms: spokenFormsSchema,
}).strict().parse(raw);

const MARKERS = markerSet(LEXICON.forms.markers ?? []);
const HOME_WORDS = new Set(LEXICON.homeWords.map(wordKey));
const COMMANDS = new Map(Object.entries(LEXICON.commands).map(([said, meant]) => [wordKey(said), meant]));
const SWITCHED = new Map(Object.entries(LEXICON.switchedByOpening));
const SWITCH_KINDS = new Set(LEXICON.switchKinds);
const PRONOUN_COMMANDS = new Set(LEXICON.pronounCommands.map(wordKey));
/** Words told apart only by their marks ("klète" brightness, "klete" locked), read before the marks are left out. */
const MARKED = new Map(Object.entries(LEXICON.markedWords).map(([said, meant]) => [said.toLowerCase(), meant]));
const ARTICLE = new Set(LEXICON.articlesAfterNoun.map(wordKey));
const PREDICATES = new Set(LEXICON.predicates.map(wordKey));
// The markers are this reader's gate, checked on the sentence as typed; the words are read without asking for one again.
const readForms = spokenFormsReader({ ...LEXICON.forms, markers: undefined });
/** Words said before a request that are no part of it ("bon, limen …", "epi etenn …"). */
const LEADING = /^(?:(?:bon|ok|epi|non|yo|pls)[,!]?\s+)+/i;
const bare = (word: string): string => wordKey(word.replace(/[,!.?;:]+$/, ''));

/** Is the home named in Kreyòl: at least `minHomeWords` different Kreyòl name words among its names? */
export const isKreyolHome = perSnapshot((snapshot: HomeSnapshot): boolean => {
  const seen = new Set<string>();
  for (const key of snapshot.phrases.keys()) for (const word of key.split(' ')) if (HOME_WORDS.has(wordKey(word))) seen.add(wordKey(word));
  return seen.size >= LEXICON.minHomeWords;
});

/** The gate: a Kreyòl marker word in the sentence. */
export function maySayKreyol(text: string): boolean {
  return saysMarker(text, MARKERS);
}

/** The sentence read in English words, or undefined outside a Kreyòl-named home or when it has no Kreyòl to read. */
export function haitianHomePhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!maySayKreyol(text) || !isKreyolHome(snapshot)) return undefined;
  const request = thingThenCommand(withoutArticles(withMarkedWords(text).replace(LEADING, ''), snapshot));
  const [first = '', ...rest] = request.trim().split(/\s+/);
  const command = rest.length > 0 ? COMMANDS.get(bare(first)) : undefined;
  // "limen l", "ouvri l": a verb with its pronoun is a phrase of the lexicon, read whole.
  const pronounNext = /^(?:l|li|yo)[,.!?]*$/i.test(rest[0] ?? '');
  const typed = command && !pronounNext ? `${command} ${rest.join(' ')}` : request;
  const read = switchedByOpening(thatAfterThing(readForms(typed, snapshot)), snapshot);
  return read === text ? undefined : read;
}

/**
 * "sitèn nan gen konbyen dlo", "ponp sitèn nan, limen l", "limyè salon an": Kreyòl's article comes after its noun
 * ("nan" is also "in" before a place): before the sentence or clause ends or its predicate follows, it goes, unless it
 * ends a name the home gives whole ("Limyè lakou a", "Chanm granmoun yo").
 */
function withoutArticles(text: string, snapshot: HomeSnapshot): string {
  const words = text.trim().split(/\s+/);
  const kept: string[] = [];
  words.forEach((word, at) => {
    const next = words[at + 1];
    const ends = next === undefined || /[,!.?;:]$/.test(word) || PREDICATES.has(bare(next));
    // "limen yo": after a request's verb "yo" is them, no article.
    const afterVerb = COMMANDS.has(bare(words[at - 1] ?? ''));
    if (!(at > 0 && ends && ARTICLE.has(bare(word))) || afterVerb || endsName(words, at, snapshot)) return void kept.push(word);
    const mark = /[,!.?;:]+$/.exec(word)?.[0] ?? '';
    if (mark && kept.length > 0) kept[kept.length - 1] += mark;
  });
  return kept.join(' ');
}

/** "ki" is "which" opening a question and "that" after its thing ("kamera ki gade pòtay la" = camera that watches). */
function thatAfterThing(read: string): string {
  return read.replace(/(\S+)(\s+)which\b/g, (all, before: string, space: string) => (/^(?:and|in|of|on|to|at|for)$|[,;:]$/i.test(before) ? all : `${before}${space}that`));
}

function withMarkedWords(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => MARKED.get(word.toLowerCase()) ?? word);
}

/**
 * "ponp sitèn, limen l", "fan kwizin, limen l, gen lafimen", "frizè pwason, mete l pi frèt": the thing said first,
 * then its command on "l" (it): the command goes first with the thing in the pronoun's place; a clause after another
 * comma says why and goes.
 */
function thingThenCommand(text: string): string {
  const [thing, command, ...reasons] = text.split(/\s*,\s*/);
  const [verb = '', pronoun = '', ...rest] = (command ?? '').split(/\s+/);
  if (!thing || reasons.length > 1 || !PRONOUN_COMMANDS.has(bare(verb)) || !/^(?:l|li|yo)$/i.test(bare(pronoun))) return text;
  return [COMMANDS.get(bare(verb)) ?? verb, thing, ...rest].join(' ');
}

/**
 * "fèmen fan lan", "ferme limyè salon an": Kreyòl closes and opens what it switches off and on. A close or open read
 * first whose thing is a switched kind ("fan", "light") or the name of a device only of such kinds is turned off or on.
 */
function switchedByOpening(read: string, snapshot: HomeSnapshot): string {
  const [verb = '', ...thing] = read.split(/\s+/);
  const meant = SWITCHED.get(verb);
  if (!meant || thing.length === 0) return read;
  const kind = kindForPhrase(phraseKey(thing[0] ?? ''));
  const named = [3, 2, 1].map((n) => snapshot.phrases.get(phraseKey(thing.slice(0, n).join(' ')))).find((found) => found !== undefined);
  const kinds = named?.length === 1 && named[0] ? [...(snapshot.kindsOfDevice.get(named[0].id)?.keys() ?? [])] : [];
  const switched = (kind !== undefined && SWITCH_KINDS.has(kind.id)) || (kinds.length > 0 && kinds.every((k) => SWITCH_KINDS.has(k)));
  return switched ? [meant, ...thing].join(' ') : read;
}

/** Do the words up to `at` end with a name or alias the home gives an entity whole ("Bank batri" is "batri yo")? */
function endsName(words: readonly string[], at: number, snapshot: HomeSnapshot): boolean {
  for (let from = Math.max(0, at - 4); from < at; from++) {
    const key = phraseKey(words.slice(from, at + 1).join(' '));
    if (snapshot.phrases.get(key)?.some((e) => [e.name, ...givenAliases(e.content['aliases'])].some((name) => phraseKey(name) === key))) return true;
  }
  return false;
}

const givenAliases = (aliases: unknown): string[] => (Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : []);
