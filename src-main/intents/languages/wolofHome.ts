// Wolof (and the French-Wolof of a Dakar household) in a home whose own names are partly Wolof ("Néeg Mame", "Lampu
// buntu kër gi", "Eth bi"). Wolof puts its article after the noun ("ventilateur bi", "néeg xale yi"), says the thing
// before its verb and pronoun ("lampu bergerie fey ko" = turn the bergerie light off), asks a state after the thing
// ("tele bi dafa taal" = is the TV on, "portail bi tëju na" = is the gate closed, "… ak caabi" = locked) and where
// last ("enregistreur bi nekk na fan"), and says "nag" for "and … ?" ("climatiseur bi nag?"). Read here into English
// word order: an article goes unless it ends a name the home gives whole ("Eth bi", "néeg xale yi"), a sentence that
// opens with "bul" (don't) goes when another follows, a why after the request's comma goes, and the words of
// lexicon/wolofHome.json are read as English ("taal" turn on, "fey" turn off, "ci" in, "lampu" light).
// Gate: a Wolof marker as a whole word (saidWordSet.ts), then the home's names (several Wolof name words, once per
// snapshot), so a French or English home never pays for it and never has "bi" or "ko" read.
import { z } from 'zod';
import raw from '../lexicon/wolofHome.json';
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../kindLexicon';
import { perSnapshot } from '../perSnapshot';
import { markerSet, saysMarker, wordKey } from '../saidWordSet';
import { spokenFormsReader, spokenFormsSchema } from './spokenForms';

const words = z.array(z.string().min(1));
const LEXICON = z.object({
  homeWords: words,
  minHomeWords: z.number().int().min(1),
  articles: words,
  negations: words,
  reasonOpeners: words,
  commands: z.record(z.string().min(1), z.string().min(1)),
  pronouns: words,
  states: z.record(z.string().min(1), z.string().min(1)),
  stateVerbs: words,
  stateAfter: words,
  lockedWith: words,
  where: words,
  whereVerb: words,
  askedLast: z.record(z.string().min(1), z.string().min(1)),
  followUpLast: words,
  oneIn: z.record(z.string().min(1), z.string().min(1)),
  forms: spokenFormsSchema,
}).strict().parse(raw);

const keyed = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(wordKey));
const keyedMap = (record: Record<string, string>): ReadonlyMap<string, string> => new Map(Object.entries(record).map(([said, meant]) => [wordKey(said), meant]));
const MARKERS = markerSet(LEXICON.forms.markers ?? []);
const HOME_WORDS = keyed(LEXICON.homeWords);
const ARTICLES = keyed(LEXICON.articles);
const NEGATIONS = keyed(LEXICON.negations);
const REASONS = keyed(LEXICON.reasonOpeners);
const COMMANDS = keyedMap(LEXICON.commands);
const PRONOUNS = keyed(LEXICON.pronouns);
const STATES = keyedMap(LEXICON.states);
const STATE_VERBS = keyed(LEXICON.stateVerbs);
const STATE_AFTER = keyed(LEXICON.stateAfter);
const LOCKED_WITH = keyed(LEXICON.lockedWith);
const WHERE = keyed(LEXICON.where);
const WHERE_VERB = keyed(LEXICON.whereVerb);
const ASKED_LAST = keyedMap(LEXICON.askedLast);
const FOLLOW_UP = keyed(LEXICON.followUpLast);
const ONE_IN = keyedMap(LEXICON.oneIn);
// The markers are the gate, checked on the sentence as typed; the words are read without asking for one again.
const readForms = spokenFormsReader({ ...LEXICON.forms, markers: undefined });
const bare = (word: string): string => wordKey(word.replace(/[,!.?;:]+$/, ''));
const mark = (word: string | undefined): string => /[?!.]+$/.exec(word ?? '')?.[0] ?? '';

/** The gate: a Wolof marker word in the sentence. */
export function maySayWolof(text: string): boolean {
  return saysMarker(text, MARKERS);
}

/** Is the home named partly in Wolof: at least `minHomeWords` different Wolof name words among its names? */
export const isWolofHome = perSnapshot((snapshot: HomeSnapshot): boolean => {
  const seen = new Set<string>();
  for (const key of snapshot.phrases.keys()) for (const word of key.split(' ')) if (HOME_WORDS.has(wordKey(word))) seen.add(wordKey(word));
  return seen.size >= LEXICON.minHomeWords;
});

/** The sentence read in English words, or undefined outside a Wolof-named home or when it has no Wolof to read. */
export function wolofHomePhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!maySayWolof(text) || !isWolofHome(snapshot)) return undefined;
  const request = requestClause(withoutNegatedSentence(text));
  const shaped = shapedInEnglish(withoutArticles(request.split(/\s+/).filter(Boolean), snapshot));
  const read = readForms(shaped, snapshot).replace(/\s+/g, ' ').trim();
  return read === text ? undefined : read;
}

/** "bul ko taal. fey ventilateur bi rekk": a sentence opening with "bul" (don't) says what not to do; the other is the request. */
function withoutNegatedSentence(text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean);
  if (sentences.length < 2) return text;
  const kept = sentences.filter((s) => !NEGATIONS.has(bare(s.split(/\s+/)[0] ?? '')));
  return kept.length > 0 && kept.length < sentences.length ? kept.join(' ') : text;
}

/**
 * "ubbil portail bi, le camion de livraison arrive", "kon fey ko, dañuy def travaux": a request in the first clause,
 * and why after its comma: the why goes. "ventilateur bi, fey ko": the thing, then its command on "ko", is one request.
 */
function requestClause(text: string): string {
  const clauses = text.split(/\s*,\s*/);
  if (clauses.length < 2) return withoutReason(text);
  const [first = '', second = ''] = clauses;
  const secondWords = second.split(/\s+/);
  if (COMMANDS.has(bare(secondWords[0] ?? '')) && PRONOUNS.has(bare(secondWords[1] ?? ''))) return `${first} ${second}`;
  const firstWords = first.split(/\s+/);
  const commanded = COMMANDS.has(bare(firstWords[0] ?? '')) || (firstWords.length >= 2 && PRONOUNS.has(bare(firstWords[firstWords.length - 1] ?? '')) && COMMANDS.has(bare(firstWords[firstWords.length - 2] ?? '')));
  return commanded ? first : text;
}

/** "fey ko dañuy def travaux": a why with no comma, opened by its own word, goes too. */
function withoutReason(text: string): string {
  const said = text.split(/\s+/);
  const at = said.findIndex((w, i) => i > 0 && REASONS.has(bare(w)));
  return at > 0 ? said.slice(0, at).join(' ') : text;
}

/** The articles said after a noun left out, unless the words up to one are a name the home gives whole ("Eth bi"). */
function withoutArticles(said: readonly string[], snapshot: HomeSnapshot): string[] {
  const kept: string[] = [];
  said.forEach((word, at) => {
    if (at === 0 || !ARTICLES.has(bare(word)) || endsName(said, at, snapshot)) return void kept.push(word);
    const punctuation = /[,!.?;:]+$/.exec(word)?.[0] ?? '';
    if (punctuation && kept.length > 0) kept[kept.length - 1] += punctuation;
  });
  return kept;
}

/** Do the words up to `at` end with a name or alias the home gives an entity whole ("néeg xale yi", "Lampu buntu kër gi")? */
function endsName(said: readonly string[], at: number, snapshot: HomeSnapshot): boolean {
  for (let from = Math.max(0, at - 4); from < at; from++) {
    const key = phraseKey(said.slice(from, at + 1).join(' '));
    if (snapshot.phrases.get(key)?.some((e) => [e.name, ...givenAliases(e.content['aliases'])].some((name) => phraseKey(name) === key))) return true;
  }
  return false;
}
const givenAliases = (aliases: unknown): string[] => (Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : []);

/** Wolof's order read as English's: a command or question word first, the thing after it. */
function shapedInEnglish(said: readonly string[]): string {
  const keys = said.map(bare);
  const last = keys.length - 1;
  const end = mark(said[last]);
  const thing = (from: number, to: number): string => said.slice(from, to).join(' ').replace(/[?!.]+$/, '');
  // "bi ci salon TV bi", "bu salon TV bi": the one in a place, said alone after a question back.
  const oneIn = ONE_IN.get(`${keys[0]} ${keys[1]}`) ?? ONE_IN.get(keys[0] ?? '');
  if (oneIn) return `${oneIn} ${thing(ONE_IN.has(`${keys[0]} ${keys[1]}`) ? 2 : 1, said.length)}${end}`;
  // "climatiseur bi nag?": and the thing, asked as before.
  if (last > 0 && FOLLOW_UP.has(keys[last] ?? '')) return `and ${thing(0, last)}?`;
  // "lampu bergerie fey ko", "climatiseur néeg Mame defal ko 27": the thing said before its command and pronoun.
  const verbAt = keys.findIndex((k, i) => i > 0 && COMMANDS.has(k) && PRONOUNS.has(keys[i + 1] ?? ''));
  if (verbAt > 0) {
    const rest = thing(verbAt + 2, said.length);
    const command = COMMANDS.get(keys[verbAt] ?? '') ?? '';
    return command === 'set' ? `set ${thing(0, verbAt)} to ${rest}` : `${command} ${thing(0, verbAt)}${rest ? ` ${rest}` : ''}`;
  }
  // "taal lampe chevet bi ci néeg Mame", "taal ko", "defal ko 27".
  if (COMMANDS.has(keys[0] ?? '')) {
    const command = COMMANDS.get(keys[0] ?? '') ?? '';
    if (command === 'set' && PRONOUNS.has(keys[1] ?? '')) return `set it to ${thing(2, said.length)}`;
    // "taal ko": turn it on.
    if (said.length === 2 && PRONOUNS.has(keys[1] ?? '')) return command.startsWith('turn ') ? `turn it ${command.slice(5)}${end}` : `${command} it${end}`;
    return `${command} ${said.slice(1).join(' ')}`;
  }
  // "fan la bouton d'appel bi nekk", "enregistreur bi nekk na fan": where the thing is.
  if (WHERE.has(keys[0] ?? '') && keys[1] === 'la' && WHERE_VERB.has(keys[last] ?? '')) return `where is ${thing(2, last)}?`;
  if (last >= 3 && WHERE.has(keys[last] ?? '') && STATE_AFTER.has(keys[last - 1] ?? '') && WHERE_VERB.has(keys[last - 2] ?? '')) return `where is ${thing(0, last - 2)}?`;
  // "tele bi dafa taal", "portail bi tëju na", "porte local technique bi tëju na ak caabi?": the state asked after the thing.
  const stateAt = keys.findIndex((k, i) => i > 0 && ((STATE_VERBS.has(k) && STATES.has(keys[i + 1] ?? '')) || (STATES.has(k) && STATE_AFTER.has(keys[i + 1] ?? ''))));
  if (stateAt > 0) {
    const word = STATE_VERBS.has(keys[stateAt] ?? '') ? keys[stateAt + 1] : keys[stateAt];
    const locked = keys.slice(stateAt + 2).some((k) => LOCKED_WITH.has(k));
    return `is ${thing(0, stateAt)} ${locked ? 'locked' : (STATES.get(word ?? '') ?? '')}?`;
  }
  // "pression bi ñaata", "wifi code lan la": the question word said last.
  for (const n of [2, 1]) {
    const asked = last - n + 1 > 0 ? ASKED_LAST.get(keys.slice(last - n + 1).join(' ')) : undefined;
    if (asked) return `${asked} ${thing(0, last - n + 1)}?`;
  }
  return said.join(' ');
}
