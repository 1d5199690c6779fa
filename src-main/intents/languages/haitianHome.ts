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
import { perSnapshot } from '../perSnapshot';
import { markerSet, saysMarker, wordKey } from '../saidWordSet';
import { spokenFormsReader, spokenFormsSchema } from './spokenForms';

const LEXICON = z.object({
  homeWords: z.array(z.string().min(1)),
  minHomeWords: z.number().int().min(1),
  commands: z.record(z.string().min(1), z.string().min(1)),
  pronounCommands: z.array(z.string().min(1)),
  markedWords: z.record(z.string().min(1), z.string().min(1)),
  articleNan: z.array(z.string().min(1)),
  predicates: z.array(z.string().min(1)),
  frenchSpellings: z.array(z.tuple([z.string().min(1), z.string()])),
  forms: spokenFormsSchema,
}).strict().parse(raw);

const MARKERS = markerSet(LEXICON.forms.markers ?? []);
const HOME_WORDS = new Set(LEXICON.homeWords.map(wordKey));
const COMMANDS = new Map(Object.entries(LEXICON.commands).map(([said, meant]) => [wordKey(said), meant]));
const PRONOUN_COMMANDS = new Set(LEXICON.pronounCommands.map(wordKey));
/** Words told apart only by their marks ("klète" brightness, "klete" locked), read before the marks are left out. */
const MARKED = new Map(Object.entries(LEXICON.markedWords).map(([said, meant]) => [said.toLowerCase(), meant]));
const ARTICLE = new Set(LEXICON.articleNan.map(wordKey));
const PREDICATES = new Set(LEXICON.predicates.map(wordKey));
const readForms = spokenFormsReader(LEXICON.forms);
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
  const request = thingThenCommand(withoutArticles(withMarkedWords(text).replace(LEADING, '')));
  const [first = '', ...rest] = request.trim().split(/\s+/);
  const command = rest.length > 0 ? COMMANDS.get(bare(first)) : undefined;
  // "limen l", "ouvri l": a verb with its pronoun is a phrase of the lexicon, read whole.
  const pronounNext = /^(?:l|li|yo)[,.!?]*$/i.test(rest[0] ?? '');
  const typed = command && !pronounNext ? `${command} ${rest.join(' ')}` : request;
  const read = thatAfterThing(readForms(typed, snapshot));
  return read === text ? undefined : read;
}

/**
 * "sitèn nan gen konbyen dlo", "ponp sitèn nan, limen l": Kreyòl's "nan" is "in" before its place, and the article
 * after a noun ending in a nasal before the sentence or clause ends or its predicate follows: as the article it goes.
 */
function withoutArticles(text: string): string {
  const words = text.trim().split(/\s+/);
  const kept: string[] = [];
  words.forEach((word, at) => {
    const next = words[at + 1];
    const ends = next === undefined || /[,!.?;:]$/.test(word) || PREDICATES.has(bare(next));
    if (!(at > 0 && ends && ARTICLE.has(bare(word)))) return void kept.push(word);
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
