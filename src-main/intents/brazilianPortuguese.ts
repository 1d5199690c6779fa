// Brazilian Portuguese as people type it in a chat ("a luz da sala tá acesa?", "cadê o controle", "liga o ar pfv"):
// the spoken forms are read as the written ones (lexicon/brazilian.json: tá = está, pra = para, cadê = onde está,
// "o ar" = the air conditioner) and the words of tone are left out, so that the Portuguese sentence frames read the
// rest. Only a sentence with a form no other language writes ("tá", "cadê", "pra", "pfv") or that opens the Portuguese
// way ("liga", "quais") is touched, and a word the home names something with stays a name.
import { z } from 'zod';
import lexicon from './lexicon/brazilian.json';
import { namesSomething, type HomeSnapshot } from './HomeIndex';

const BRAZILIAN = z.object({
  // Forms only Brazilian Portuguese writes: one of them says the sentence is in it.
  markers: z.array(z.string().min(1)),
  // Words that open a Portuguese request or question and open none in Spanish or Italian ("liga", "desliga", "quais").
  openers: z.array(z.string().min(1)),
  // A spoken or abbreviated form and the written word(s) it stands for.
  words: z.record(z.string().min(1), z.string().min(1)),
  // Words of tone ("pfv", "msm", "mano"): left out wherever they are.
  dropped: z.array(z.string().min(1)),
  // Words of tone only at the end ("liga agora vai", "tá ligado né"): elsewhere they are words ("vai ligar").
  trailing: z.array(z.string().min(1)),
  // Several words read as one, or left out ("por favor", "de novo").
  phrases: z.record(z.string().min(1), z.string()),
}).strict().parse(lexicon);

const MARKERS = new Set(BRAZILIAN.markers);
const OPENERS = new Set(BRAZILIAN.openers);
const WORDS = new Map(Object.entries(BRAZILIAN.words));
const DROPPED = new Set(BRAZILIAN.dropped);
const TRAILING = new Set(BRAZILIAN.trailing);
const PHRASES = Object.entries(BRAZILIAN.phrases).map(([said, written]) => ({ words: said.split(' '), written }));
/** Longer text is no spoken request: left as typed. */
const MAX_CHARS = 500;

const keyOf = (word: string): string => word.toLowerCase().replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
const trailingPunctuation = (word: string): string => /[?!.,;:]+$/.exec(word)?.[0] ?? '';

/** The sentence with its Brazilian spoken forms written out; unchanged when it has none. */
export function brazilianInWriting(text: string, snapshot: HomeSnapshot): string {
  if (text.length > MAX_CHARS) return text;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const opener = words[0] !== undefined && OPENERS.has(keyOf(words[0])) && !namesSomething(snapshot, words[0]);
  if (!opener && !words.some((w) => MARKERS.has(keyOf(w)) && !namesSomething(snapshot, w))) return text;
  const out: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const phrase = PHRASES.find((p) => p.words.every((w, i) => keyOf(words[at + i] ?? '') === w));
    if (phrase) {
      const last = words[at + phrase.words.length - 1] ?? '';
      if (phrase.written) out.push(phrase.written + trailingPunctuation(last));
      else keepPunctuation(out, last);
      at += phrase.words.length - 1;
      continue;
    }
    const said = words[at] ?? '';
    const key = keyOf(said);
    if (!WORDS.has(key) && !DROPPED.has(key) && !TRAILING.has(key)) out.push(said);
    // "ar" read as "ar condicionado" keeps the word: a name with it ("Ar Condicionado Sala") is still found.
    else if (!WORDS.get(key)?.startsWith(`${key} `) && namesSomething(snapshot, said)) out.push(said);
    else if (DROPPED.has(key) || (TRAILING.has(key) && at === words.length - 1 && out.length > 0)) keepPunctuation(out, said);
    else out.push(writtenOut(key, words.slice(at + 1).map(keyOf)) + trailingPunctuation(said));
  }
  return out.join(' ');
}

/** The written form of a word; "o ar condicionado" already written out is not written out again. */
function writtenOut(key: string, after: readonly string[]): string {
  const written = WORDS.get(key) ?? key;
  const [, ...tail] = written.split(' ');
  return tail.length > 0 && tail.every((w, i) => after[i] === w) ? key : written;
}

/** A left-out word's question mark stays with the word before it ("tá ligado né?"). */
function keepPunctuation(out: string[], word: string): void {
  const mark = trailingPunctuation(word);
  if (mark && out.length > 0) out[out.length - 1] += mark;
}
