// Indian English and Hinglish said the way the templates read English. Hindi and Marathi (typed in Latin letters) put
// the question word and the verb LAST: "gas leak detector kidhar hai" is "where is gas leak detector", "garden me kya
// kya hai" is "what is in garden", "fan speed 4 kar do" is "set fan speed to 4". Indian English uses "on"/"off" as verbs
// ("on the mixer", "off them"), "kindly" to open a request and "na"/"yaar" to close one. Only cue words
// (lexicon/verbFinalCues.json) are read; the names stay as typed, and a cue word that is a name in the home is a name.
import { z } from 'zod';
import cues from '../lexicon/verbFinalCues.json';
import { kindForPhrase, phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { markerSet, saysMarker } from '../saidWordSet';

const ROLES = ['where', 'what', 'howMany', 'howMuch', 'in', 'of', 'at', 'is', 'ask', 'do', 'on', 'off', 'open', 'one', 'all', 'left'] as const;
type Role = (typeof ROLES)[number];
type Cues = Partial<Record<Role, string[]>>;

const LEXICON = z.object({
  politeLeads: z.array(z.string().min(1)),
  tags: z.array(z.string().min(1)),
  languages: z.record(z.string(), z.partialRecord(z.enum(ROLES), z.array(z.string().min(1)))),
}).strict().parse(cues);
const LANGUAGES: readonly Cues[] = Object.values(LEXICON.languages);
/** "wala", "wali": "the one of/in", in every language that has it. */
const ONE_WORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((lang) => lang.one ?? []));

/** Words after "on"/"off" that make it a command ("on the mixer", "off them"), not a place ("on the terrace"). */
const OBJECT_LEADS = new Set(['the', 'my', 'our', 'his', 'her', 'their', 'it', 'them', 'this', 'that', 'these', 'those', 'all', 'both', 'every', 'each']);
/** English question openings: "on" or "off" after them is a state ("is the fan on"). */
const QUESTION = /^(is|are|was|were|which|what|whats|what's|how|why|when|where|who|do|does|did|can|could|has|have|any\w*)\b/i;
const ASKING_WORD = /\b(what|which|how|where|when|why|who)\b/i;
const NUMBER = /^\d+(?:[.,]\d+)?$/;
// The cheap check (README, "Speed of the language layer"): a clause is read only with a word of a polite lead, a tag,
// a "wala", or a verb, copula, ask, where, what or how many/much cue (every return of englishOrder needs one), or an
// "also"/"too"/"as well" at its end (fragmentToo), or "on"/"off" first (onOffAsVerb, only the first clause).
const MARKERS = markerSet([...LEXICON.politeLeads, ...LEXICON.tags, ...LANGUAGES.flatMap((lang) => (['do', 'ask', 'is', 'where', 'what', 'howMany', 'howMuch', 'one'] as const).flatMap((role) => lang[role] ?? [])), 'also', 'too', 'well'].flatMap((phrase) => phrase.split(' ')));
const ON_OFF_FIRST = /^[\s?!.;:]*(?:on|off)[\s?!.;:]/i;

/** The sentence in English word order, or the sentence as typed when it has none of these phrasings. */
export function verbFinalPhrasing(text: string, snapshot: HomeSnapshot): string {
  if (!saysMarker(text, MARKERS) && !ON_OFF_FIRST.test(text)) return text;
  const clauses = text.split(/\s*,\s*/);
  let changed = false;
  const read = clauses.map((clause, i) => {
    const asked = /\?\s*$/.test(clause);
    const words = clause.toLowerCase().replace(/[’‘`]/g, "'").replace(/[?!.;:]+/g, ' ').split(/\s+/).filter(Boolean);
    const courteous = withoutCourtesy(words, snapshot);
    const plain = theOne(courteous, snapshot);
    const english = LANGUAGES.map((lang) => englishOrder(plain, lang, snapshot)).find((r) => r !== undefined);
    const command = i === 0 && !english && !asked ? onOffAsVerb(plain, snapshot) : undefined;
    const more = i === 0 && clauses.length === 1 ? fragmentToo((english ?? plain.join(' ')).split(' ')) : undefined;
    const out = more ?? english ?? command ?? (plain.join(' ') !== words.join(' ') ? plain.join(' ') : undefined);
    if (out === undefined) return clause;
    changed = true;
    return asked || english?.startsWith('wh') || english?.startsWith('how') || english?.startsWith('is ') ? `${out}?` : out;
  });
  return changed ? read.join(', ') : text;
}

/** "kindly switch it on na": the request without the courtesy around it. */
function withoutCourtesy(words: readonly string[], snapshot: HomeSnapshot): string[] {
  let out = [...words];
  const lead = longestAt(out, 0, LEXICON.politeLeads, snapshot);
  if (lead > 0 && out.length > lead) out = out.slice(lead);
  for (let tag = longestEnd(out, LEXICON.tags, snapshot); tag > 0 && out.length > tag; tag = longestEnd(out, LEXICON.tags, snapshot)) out = out.slice(0, -tag);
  return out;
}

/** A verb-final command or question in English order, or undefined when the words end in none of the language's cues. */
function englishOrder(words: readonly string[], lang: Cues, snapshot: HomeSnapshot): string | undefined {
  const end = (list: Role, from: readonly string[] = words): number => longestEnd(from, lang[list] ?? [], snapshot);
  // "fan band kar do", "ac 24 kar do": the verb last; what is done comes just before it.
  const verb = end('do');
  if (verb > 0 && words.length > verb) {
    const rest = words.slice(0, -verb);
    const on = end('on', rest);
    const off = end('off', rest);
    const last = rest[rest.length - 1] ?? '';
    if (on > 0 && rest.length > on) return `turn on ${possessive(rest.slice(0, -on), lang, snapshot)}`;
    if (off > 0 && rest.length > off) return `turn off ${possessive(rest.slice(0, -off), lang, snapshot)}`;
    if (NUMBER.test(last) && rest.length > 1) return `set ${possessive(rest.slice(0, -1), lang, snapshot)} to ${last}`;
    return undefined;
  }
  // "kya geyser on hai", "geyser chalu aahe ka": a yes/no question, with the copula at the end.
  const askFirst = longestAt(words, 0, lang.ask ?? [], snapshot);
  let q = words.slice(askFirst);
  const askLast = end('ask', q);
  if (askLast > 0 && q.length > askLast) q = q.slice(0, -askLast);
  const copula = end('is', q);
  if (copula > 0) q = q.slice(0, -copula);
  if (q.length === 0) return undefined;
  const where = end('where', q);
  if (where > 0 && q.length > where) return `where is ${possessive(q.slice(0, -where), lang, snapshot)}`;
  const what = end('what', q);
  if (what > 0 && q.length > what) {
    const rest = q.slice(0, -what);
    const inside = end('in', rest);
    if (inside > 0 && rest.length > inside) return `what is in ${possessive(rest.slice(0, -inside), lang, snapshot)}`;
    const of = end('of', rest);
    // "crompton ka kya kya hai": a maker's devices; "aaji ka kya kya hai": what is hers.
    const owner = possessive(rest.slice(0, -of), lang, snapshot);
    if (of > 0 && rest.length > of) return snapshot.manufacturers.has(phraseKey(owner)) ? `what ${owner} devices are there` : `what devices are ${owner}'s`;
    return `what is ${possessive(rest, lang, snapshot)}`;
  }
  // "kitne cameras hai": how many, asked first.
  const many = longestAt(q, 0, lang.howMany ?? [], snapshot);
  if (many > 0 && copula > 0 && q.length > many) {
    // "kitne lights on hai": how many are on, not how many there are.
    const counted = q.slice(many);
    const state = (['on', 'off', 'open'] as const).find((st) => end(st, counted) > 0 && counted.length > end(st, counted));
    return state ? `how many ${counted.slice(0, -end(state, counted)).join(' ')} are ${state}` : `how many ${counted.join(' ')} are there`;
  }
  const much = lastIndexOf(q, lang.howMuch ?? []);
  if (much > 0 && copula > 0) {
    const subject = possessive(q.slice(0, much), lang, snapshot);
    let after = q.slice(much + 1);
    const at = end('at', after);
    if (at > 0) after = after.slice(0, -at);
    // "cameras kitne hai": a plural before it is counted; "inverter battery kitna hai" asks an amount.
    if (after.length === 0 && at === 0 && (lang.howMany ?? []).includes(q[much] ?? '') && /[a-z]s$/.test(q[much - 1] ?? '')) return `how many ${subject} are there`;
    if (after.length === 0) return at > 0 ? `what is ${subject} at` : `how much is ${subject}`;
    // "dishwasher kitna time baki hai": how much of it is left, a reading the device keeps ("remaining"), no schedule.
    const left = end('left', after);
    if (left > 0 && after.length > left && after.length - left <= 2) return `how much ${after.slice(0, -left).join(' ')} is left on ${subject}`;
    if (after.length <= 2) return `what ${after.join(' ')} is ${subject}${at > 0 ? ' at' : ''}`;
    return undefined;
  }
  if (copula === 0 && askFirst === 0 && askLast === 0) return undefined;
  for (const state of ['on', 'off', 'open'] as const) {
    const n = end(state, q);
    if (n > 0 && q.length > n) return `is ${possessive(q.slice(0, -n), lang, snapshot)} ${state}`;
  }
  return undefined;
}

/** "baithak wala also": "the baithak one also"; "baithak wala fan": "baithak fan" (wala only ties the words). */
function theOne(words: readonly string[], snapshot: HomeSnapshot): string[] {
  // A name of the home with its "wali" ("Chah wali kettle") keeps it.
  const at = words.findIndex((w, i) => i > 0 && ONE_WORDS.has(w) && !snapshot.phrases.has(phraseKey(w)) && !snapshot.phrases.has(phraseKey(words.slice(i - 1, i + 2).join(' '))));
  if (at < 0) return [...words];
  const next = words[at + 1];
  if (next !== undefined && !['also', 'too', 'bhi', 'one', 'please'].includes(next)) return [...words.slice(0, at), ...words.slice(at + 1)];
  const before = words.slice(0, at);
  return [...(before[0] === 'the' ? [] : ['the']), ...before, 'one', ...words.slice(at + 1).map((w) => (w === 'bhi' ? 'also' : w))];
}

/** "inverter ka battery", "rohan cha fan": the words joined as English says them ("inverter's battery"). */
function possessive(words: readonly string[], lang: Cues, snapshot: HomeSnapshot): string {
  const out: string[] = [];
  for (const [i, word] of words.entries()) {
    const prev = out[out.length - 1];
    if (prev && i < words.length - 1 && (lang.of ?? []).includes(word) && !snapshot.phrases.has(phraseKey(word))) out[out.length - 1] = prev.endsWith("'s") ? prev : `${prev}'s`;
    else if ((lang.all ?? []).includes(word) && !snapshot.phrases.has(phraseKey(word))) out.push('all');
    else out.push(word);
  }
  return out.join(' ');
}

/** Words that open a whole request or question: a clause opening with one is no fragment. */
const WHOLE_LEADS = /^(turn|switch|put|set|make|open|close|shut|lock|unlock|arm|disarm|dim|start|stop|run|and|also|show|list|tell|give|find)\b/i;
const MAX_FRAGMENT_WORDS = 5;

/** "the baithak one also", "rohan's too": one more like the last, said after it; read as "and the baithak one". */
function fragmentToo(words: readonly string[]): string | undefined {
  const tail = words[words.length - 1] === 'well' && words[words.length - 2] === 'as' ? 2 : ['also', 'too'].includes(words[words.length - 1] ?? '') ? 1 : 0;
  const rest = words.slice(0, words.length - tail);
  const said = rest.join(' ');
  if (tail === 0 || rest.length === 0 || rest.length > MAX_FRAGMENT_WORDS || QUESTION.test(said) || WHOLE_LEADS.test(said)) return undefined;
  return `and ${said}`;
}

/**
 * "on the mixer", "off anika's fairy lights", "on them": "on"/"off" said as the verb, when what follows is a thing
 * (an article or pronoun, a name or a kind), never a place ("on the terrace" says where).
 */
function onOffAsVerb(words: readonly string[], snapshot: HomeSnapshot): string | undefined {
  const [first, second] = words;
  // "off the top of my head, what lights are on": a question said after it is no command.
  if ((first !== 'on' && first !== 'off') || !second || QUESTION.test(words.join(' ')) || ASKING_WORD.test(words.join(' '))) return undefined;
  const rest = words.slice(1);
  const bare = OBJECT_LEADS.has(second) && rest.length > 1 ? rest.slice(1) : rest;
  const named = longestName(bare, snapshot);
  if (named && named.every((e) => ['room', 'zone', 'home'].includes(e.entity_type))) return undefined;
  if (!OBJECT_LEADS.has(second) && !named && !kindForPhrase(phraseKey(second))) return undefined;
  return `turn ${first} ${rest.join(' ')}`;
}

/** The entities of the longest name the words open with. */
function longestName(words: readonly string[], snapshot: HomeSnapshot): ReturnType<HomeSnapshot['phrases']['get']> {
  for (let n = Math.min(words.length, snapshot.longestPhrase); n >= 1; n--) {
    const found = snapshot.phrases.get(phraseKey(words.slice(0, n).join(' ')));
    if (found?.length) return found;
  }
  return undefined;
}

/** Length of the longest phrase of the list the words hold at `at` (0 when none, or when the home names it). */
function longestAt(words: readonly string[], at: number, list: readonly string[], snapshot: HomeSnapshot): number {
  let best = 0;
  partsOf(list).forEach((parts, i) => {
    if (parts.length > best && parts.every((p, j) => words[at + j] === p) && !snapshot.phrases.has(phraseKey(list[i] ?? ''))) best = parts.length;
  });
  return best;
}

function longestEnd(words: readonly string[], list: readonly string[], snapshot: HomeSnapshot): number {
  let best = 0;
  partsOf(list).forEach((parts, i) => {
    const n = parts.length;
    if (n > best && n <= words.length && parts.every((p, j) => words[words.length - n + j] === p) && !snapshot.phrases.has(phraseKey(list[i] ?? ''))) best = n;
  });
  return best;
}

/** A cue list's phrases split into words once (the lists are asked at the ends of every clause of every sentence). */
const PARTS = new WeakMap<readonly string[], string[][]>();
function partsOf(list: readonly string[]): string[][] {
  let parts = PARTS.get(list);
  if (!parts) {
    parts = list.map((phrase) => phrase.split(' '));
    PARTS.set(list, parts);
  }
  return parts;
}

function lastIndexOf(words: readonly string[], list: readonly string[]): number {
  for (let i = words.length - 1; i >= 0; i--) if (list.includes(words[i] ?? '')) return i;
  return -1;
}
