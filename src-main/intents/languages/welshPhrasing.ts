// Welsh, as a family that mixes it with English types it: "diffodd y gwres plis", "ydy'r golau ymlaen yn y gegin?",
// "ble mae'r Yoto?", "goleuadau'r garafán ymlaen plis". Welsh puts the verb first and the owner after the thing
// ("golau'r gegin" = the kitchen's light), joins the article to the word before it ("ydy'r" = ydy + yr), and changes a
// word's first sound after some words (mutations: cegin → gegin, nghegin, chegin; golau → olau; drws → ddrws). Each
// word is read at its radical form, a run of words that is one of the home's names stays that name ("golau'r gegin"
// for a device "Golau Cegin"), an owner after the article comes before the thing in English, and the rest is read
// word by word from lexicon/welsh.json (its Welsh-English word order is close enough for the readers after this).
// Only a sentence with a word no other language writes ("ydy", "ymlaen", "diffodd", a word with "'r") is read.
import { z } from 'zod';
import welsh from '../lexicon/welsh.json';
import { phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { namesSomething } from '../kindClaims';

const words = z.record(z.string().min(1), z.string());
const schema = z.object({
  places: z.record(z.string(), z.array(z.string())),
  // Words only Welsh writes: a sentence without one (or a word with "'r") is left to the other readers.
  markers: z.array(z.string().min(1)),
  phrases: words,
  verbs: words,
  // Nouns: a noun then the article then a word is the owner's thing ("cod y larwm" = the alarm code).
  nouns: words,
  words,
  dropped: z.array(z.string().min(1)),
  // Spellings of one word ("stafell" for "ystafell"), tried when the home names something with the other.
  variants: words,
  // The mutations: radical first sound → the sound it becomes.
  soft: words,
  nasal: words,
  aspirate: words,
  // "a'r" = and the: small words whose "'r" is read with them.
  clitics: words,
}).strict();
const LEX = schema.parse(welsh);

const key = (word: string): string => word.toLowerCase().replace(/^[^\p{L}\d']+|[^\p{L}\d']+$/gu, '').replace(/’/g, "'");
const MARKERS = new Set(LEX.markers.filter((m) => !m.includes(' ')));
const MARKER_PHRASES = LEX.markers.filter((m) => m.includes(' ')).map((m) => m.split(' '));
const KNOWN = new Map<string, string>([...Object.entries(LEX.words), ...Object.entries(LEX.verbs), ...Object.entries(LEX.nouns)]);
for (const word of LEX.dropped) KNOWN.set(word, '');
const PHRASES = Object.entries(LEX.phrases).map(([said, meant]) => ({ words: said.split(' '), meant })).sort((a, b) => b.words.length - a.words.length);
/** Mutated first sound → the radical sounds it can come from, longest first ("ngh" before "ng"). */
const UNMUTATE: Array<[string, string]> = [LEX.soft, LEX.nasal, LEX.aspirate]
  .flatMap((table) => Object.entries(table).map(([radical, mutated]) => [mutated, radical] as [string, string]))
  .sort((a, b) => b[0].length - a[0].length);

/** The forms a word may have been before a mutation, itself first ("gegin" → gegin, cegin; "olau" → olau, golau). */
function radicals(word: string): string[] {
  const out = [word];
  for (const [mutated, radical] of UNMUTATE) {
    if (mutated === '' ? /^[aeiouwyâêîôûŵŷ]/.test(word) : word.startsWith(mutated) && word.length > mutated.length + 1) out.push(radical + word.slice(mutated.length));
  }
  for (const form of [...out]) {
    const variant = LEX.variants[form];
    if (variant) out.push(variant);
  }
  return [...new Set(out)];
}

/** A word's reading in the lexicon, at any of its radical forms. */
function known(word: string): string | undefined {
  for (const form of radicals(word)) {
    const meant = KNOWN.get(form);
    if (meant !== undefined) return meant;
  }
  return undefined;
}

/** Does the sentence say a word only Welsh writes (the article joined to a Welsh word counts)? */
function saysWelsh(said: readonly string[], snapshot: HomeSnapshot): boolean {
  return said.some((w) => {
    const k = key(w);
    if (k.endsWith("'r") && k.length > 2) return known(k.slice(0, -2)) !== undefined || k.slice(0, -2) in LEX.clitics;
    return MARKERS.has(k) && !namesSomething(snapshot, k);
  }) || said.some((_, at) => MARKER_PHRASES.some((m) => m.every((w, i) => key(said[at + i] ?? '') === w)));
}

/** The words with each joined article read apart: "ydy'r" → ydy yr, "a'r" → "and the" (kept as one reading). */
function withArticles(said: readonly string[]): string[] {
  return said.flatMap((w) => {
    const k = key(w);
    if (!k.endsWith("'r") || k.length <= 2) return [w];
    const stem = k.slice(0, -2);
    const clitic = LEX.clitics[stem];
    return clitic ? [`=${clitic}`] : [stem, 'yr'];
  });
}

/** The home's name said by the words from `at` (the article between them left out, each word at a radical form). */
function nameAt(tokens: readonly string[], at: number, snapshot: HomeSnapshot): { name: string; end: number } | undefined {
  for (let length = Math.min(4, tokens.length - at); length >= 1; length--) {
    const run = tokens.slice(at, at + length).map(key);
    if (run.some((w) => w.startsWith('='))) continue;
    for (const words of [run, run.filter((w, i) => i === 0 || (w !== 'y' && w !== 'yr'))]) {
      if (words.length === 1 && length > 1) continue;
      // A lexicon word alone that is only part of names ("larwm" of "Larwm Mwg Cyntedd") is read as its English word.
    if (words.length === 1 && known(words[0] ?? '') && !wholeName(words[0] ?? '', snapshot)) continue;
    const found = firstNamed(words, snapshot);
      if (found) return { name: found, end: at + length };
    }
  }
  return undefined;
}

/** Is the word the whole name of a device or place ("Ffwrn")? Only read for a Welsh sentence. */
function wholeName(word: string, snapshot: HomeSnapshot): boolean {
  return (snapshot.phrases.get(word) ?? []).some((e) => phraseKey(e.name) === word);
}

/** The words at the radical forms that name something in the home, if any do (at most a few tries). */
function firstNamed(words: readonly string[], snapshot: HomeSnapshot): string | undefined {
  let forms: string[][] = [[]];
  for (const word of words) forms = forms.flatMap((f) => radicals(word).slice(0, 3).map((r) => [...f, r])).slice(0, 12);
  const hit = forms.find((f) => namesSomething(snapshot, f.join(' ')));
  return hit ? hit.join(' ') : undefined;
}

const ENDING = /[?!.,;:]+$/;

/** The Welsh sentence read in English words, or undefined when it says no Welsh. */
export function welshPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  const said = text.trim().split(/\s+/).filter(Boolean);
  if (said.length === 0 || said.length > 24 || !saysWelsh(said, snapshot)) return undefined;
  const mark = ENDING.exec(said[said.length - 1] ?? '')?.[0] ?? '';
  const tokens = withArticles(said.map((w) => w.replace(ENDING, '')));
  const out: string[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] ?? '';
    if (token.startsWith('=')) {
      out.push(token.slice(1));
      continue;
    }
    const phrase = PHRASES.find((p) => p.words.every((w, i) => radicals(key(tokens[at + i] ?? '')).includes(w)));
    if (phrase) {
      if (phrase.meant) out.push(phrase.meant);
      at += phrase.words.length - 1;
      continue;
    }
    const k = key(token);
    // A noun, the article, an owner: "golau'r gegin" is the home's "Golau Cegin" when it has one, else the kitchen light.
    const article = ['y', 'yr'].includes(key(tokens[at + 1] ?? ''));
    const noun = known(k) !== undefined && Object.keys(LEX.nouns).some((n) => radicals(k).includes(n));
    const name = nameAt(tokens, at, snapshot);
    if (name && (!article || noun || name.end > at + 1)) {
      out.push(name.name);
      at = name.end - 1;
      continue;
    }
    if (noun && article && tokens[at + 2] !== undefined) {
      const owner = nameAt(tokens, at + 2, snapshot);
      const ownerEnd = owner?.end ?? at + 3;
      const ownerWords = owner ? [owner.name] : tokens.slice(at + 2, ownerEnd).map((w) => known(key(w)) || key(w));
      out.push('the', ...ownerWords, known(k) ?? k);
      at = ownerEnd - 1;
      continue;
    }
    const meant = known(k);
    if (meant === undefined) out.push(token);
    else if (meant) out.push(meant);
  }
  // "goleuadau'r garafán ymlaen plis": the thing and on/off with no verb is a request to switch it.
  // "diffodd hwnna" = turn off that: English says the pronoun between ("turn that off").
  const english = out.join(' ').replace(/\s+/g, ' ').trim().replace(/^turn (on|off) (it|that|this)\b/, 'turn $2 $1');
  const request = /(?:^| )(on|off)$/.test(english) && !/^(is|are|what|where|which|who|when|how|turn|switch|put|lock|unlock|open|close|and)\b/.test(english);
  // "a golau'r stafell ymolchi?" after a command asks how that thing is; it does not repeat the command on it.
  if (mark.startsWith('?') && /^and /.test(english) && !/\b(on|off|turn|open|close|lock|unlock|is|what|where)\b/.test(english)) return english.slice(4) + mark;
  return `${request ? 'turn ' : ''}${english}${mark}`;
}
