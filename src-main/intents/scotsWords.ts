// Scottish English says common words in their Scots forms ("pit the big light aff", "whit's the heating set tae", "is
// it baltic in the hoose the now"). They are words of the language, not names: each is read as the English word it is
// (lexicon/scots.json) before any other reading, so the rest of the engine sees English. A word the home names
// something with stays a name ("Pit lamp", a room "The Oot"); a phrase, unless the home names something with it.
import { z } from 'zod';
import lexicon from './lexicon/scots.json';
import { phraseKey } from './deviceKinds';
import { namesSomething, type HomeSnapshot } from './HomeIndex';

const SCOTS = z.object({
  // Several words read as one ("the now" = now, "up the stair" = upstairs).
  phrases: z.record(z.string().min(1), z.string()),
  // One Scots word and its English word ("aff" = off, "windae" = window).
  words: z.record(z.string().min(1), z.string().min(1)),
  // Words that add only tone to a request ("the wee lamp"): left out.
  dropped: z.array(z.string().min(1)),
}).strict().parse(lexicon);

const WORDS = new Map<string, string>(Object.entries(SCOTS.words).map(([scots, english]) => [scots.replace(/['’]/g, ''), english]));
for (const word of SCOTS.dropped) WORDS.set(word, '');
const PHRASES = Object.entries(SCOTS.phrases).map(([scots, english]) => ({ words: scots.split(' '), english }));

/** Longer text is no spoken request (the engine declines it): it is left as typed. */
const MAX_CHARS = 500;

const keyOf = (word: string): string => word.toLowerCase().replace(/['’]/g, '').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');

/**
 * A phrase the home names something with, as a whole; its words alone may be words of names ("oot the back" where a
 * door is the "Back close door" and a room is "at the back of the flat" still means outside).
 */
function namedByPhrase(snapshot: HomeSnapshot, words: readonly string[]): boolean {
  return snapshot.phrases.has(phraseKey(words.join(' ')));
}

/** The text with its Scots words read in English; unchanged when it has none. */
export function scotsInEnglish(text: string, snapshot: HomeSnapshot): string {
  if (text.length > MAX_CHARS) return text;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let changed = false;
  for (let at = 0; at < words.length; at++) {
    const phrase = PHRASES.find((p) => p.words.every((w, i) => keyOf(words[at + i] ?? '') === w) && !namedByPhrase(snapshot, p.words));
    if (phrase) {
      const last = words[at + phrase.words.length - 1] ?? '';
      if (phrase.english) out.push(phrase.english + trailing(last));
      at += phrase.words.length - 1;
      changed = true;
      continue;
    }
    const said = words[at] ?? '';
    const english = WORDS.get(keyOf(said));
    if (english === undefined || namesSomething(snapshot, said)) {
      out.push(said);
      continue;
    }
    changed = true;
    if (english) out.push(leading(said) + english + trailing(said));
    else if (trailing(said) && out.length > 0) out[out.length - 1] += trailing(said);
  }
  return changed ? out.join(' ') : text;
}

/** The punctuation a word was typed with ("aff?", "aff,"), kept on its English word. */
const trailing = (word: string): string => /[?!.,;:]+$/.exec(word)?.[0] ?? '';
const leading = (word: string): string => /^["'(]+/.exec(word)?.[0] ?? '';
