// Words around a request that address or quote someone: a name of endearment after a comma ("allume les lumières,
// cher", "turn on the fan, dawlin") and "Mawmaw want to know if the fan is on" / "Grandpa wants to know, is his lamp
// on?". Read as part of the request, the endearment became a name nobody has ("I couldn't find 'gallery lights cher'")
// and the one who asks became the thing asked about. Closed word lists (lexicon/spokenAsides.json); a word the home
// names something with stays.
import { z } from 'zod';
import lexicon from './lexicon/spokenAsides.json';
import type { HomeSnapshot } from './HomeIndex';
import { namesSomething } from './kindClaims';

// addressFirst: a word of address said first, before a request's verb ("bro on kipas pls", "bro off the tapo plug").
const schema = z.object({ vocativesAfterComma: z.array(z.string().min(1)), addressFirst: z.array(z.string().min(1)), wantsToKnow: z.array(z.string().min(1)) }).strict();
const LEXICON = schema.parse(lexicon);
const keyOf = (word: string): string => word.toLowerCase().replace(/['’]/g, '').replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
const VOCATIVES: ReadonlySet<string> = new Set(LEXICON.vocativesAfterComma.map((v) => v.split(' ').map(keyOf).join(' ')));
/** "want to know" and the like, as key sequences; their first words are the cheap check. */
const ASKING: readonly string[][] = LEXICON.wantsToKnow.map((p) => p.split(' ').map(keyOf));
const ASKING_FIRST: ReadonlySet<string> = new Set(ASKING.map((p) => p[0] ?? ''));
if ([...ASKING_FIRST].some((w) => !/^(want|wants|wanna|asking|asks|askin)$/.test(w))) throw new Error('spokenAsides.json: an asking phrase opens with a word the cheap check misses');
/** Words that open the question reported after "want to know" ("if", "whether"); a question word stays. */
const REPORTED_OPENERS: ReadonlySet<string> = new Set(['if', 'whether']);
/** The cheap check: no asking word, nothing to read (the lexicon's first words, checked against it at load). */
const ASKING_WORD = /\b(want|wants|wanna|asking|asks|askin)\b/i;
/** Words that point back at the one who asks ("his", "sa"): the asking words then stay. */
const OWNER_WORDS: ReadonlySet<string> = new Set(['his', 'her', 'hers', 'their', 'sa', 'son', 'ses', 'leur', 'leurs', 'su', 'sus']);
/** At most this many words name who asks ("Mawmaw", "Tante Rose", "my grandpa"). */
const MAX_ASKER_WORDS = 3;

const ADDRESS_FIRST: ReadonlySet<string> = new Set(LEXICON.addressFirst.map(keyOf));
/** Verbs a request opens with after a word of address. */
const REQUEST_FIRST: ReadonlySet<string> = new Set(['on', 'off', 'turn', 'switch', 'open', 'close', 'shut', 'start', 'stop', 'run', 'set', 'lock', 'unlock']);

/** The request without a last endearment after a comma, or a word of address before its verb; else unchanged. */
export function withoutVocative(text: string, snapshot: HomeSnapshot): string {
  const [first, second] = text.trim().split(/\s+/, 2);
  if (first && second && ADDRESS_FIRST.has(keyOf(first)) && REQUEST_FIRST.has(keyOf(second)) && !namesSomething(snapshot, first)) return text.trim().slice(first.length).trim();
  const comma = text.lastIndexOf(',');
  if (comma <= 0) return text;
  const tail = text.slice(comma + 1).trim();
  const words = tail.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 2 || !VOCATIVES.has(words.map(keyOf).join(' '))) return text;
  if (words.some((w) => namesSomething(snapshot, w))) return text;
  const mark = /[?!.]+$/.exec(tail)?.[0] ?? '';
  return text.slice(0, comma).trimEnd() + mark;
}

/**
 * "Mawmaw want to know if the ceiling fan is on" → "is the ceiling fan on"; "Pépère want to know, sa lumière est
 * allumée?" → "sa lumière est allumée?". Only with one to three words before the asking words (who asks; a name
 * the home gives her things, "Mawmaw's lamp", may be hers).
 */
export function withoutReportedAsking(text: string): string {
  if (!ASKING_WORD.test(text)) return text;
  const words = text.trim().split(/\s+/);
  const keys = words.map(keyOf);
  const start = keys.findIndex((k, i) => i >= 1 && i <= MAX_ASKER_WORDS && ASKING_FIRST.has(k));
  if (start < 0) return text;
  const phrase = ASKING.find((p) => p.every((w, i) => keys[start + i] === w));
  if (!phrase) return text;
  const afterAt = start + phrase.length;
  const joined = words[afterAt - 1] ?? '';
  const rest = words.slice(afterAt);
  // "… want to know, is it on?": a comma after the asking words, or "if"/"whether" opening the reported question.
  // "Pépère want to know, sa lumière est allumée?": "his light" needs who asks, so the sentence stays whole.
  if (/,$/.test(joined)) return rest.length > 0 && !rest.some((w) => OWNER_WORDS.has(keyOf(w))) ? rest.join(' ') : text;
  if (!REPORTED_OPENERS.has(keys[afterAt] ?? '') || rest.length < 3) return text;
  return statementAsQuestion(rest.slice(1));
}

/** "the ceiling fan in the kitchen is on" → "is the ceiling fan in the kitchen on": the copula first. */
function statementAsQuestion(words: readonly string[]): string {
  const at = words.findIndex((w, i) => i >= 1 && /^(is|are)$/i.test(w));
  if (at < 0) return words.join(' ');
  return [words[at] ?? '', ...words.slice(0, at), ...words.slice(at + 1)].join(' ').replace(/[?.!]*$/, '?');
}
