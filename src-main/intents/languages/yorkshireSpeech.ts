// Yorkshire English as typed: the definite article cut to "t'" and joined to its noun ("is t'heating on", "put big
// light on in t'living room"), "wi'" = with, "an'" = and, owt = anything, nowt = nothing, summat = something
// (lexicon/yorkshire.json). "t'" is read as "the" only before a word that is English or the home's own (French writes
// "t'as", "t'arrive", "t'en": a pronoun before a verb), and "wi'", "an'" only with their apostrophe. A word the home
// names something with stays a name. Read first of all in readInEnglish.ts, so the sentence is then plain English.
import { z } from 'zod';
import lexicon from '../lexicon/yorkshire.json';
import type { HomeSnapshot } from '../HomeIndex';
import { homeWords } from '../homeWords';
import { namesSomething } from '../kindClaims';
import { isPlainWord } from './plainEnglish';

const LEXICON = z.object({
  article: z.array(z.string().min(1)),
  articleMeans: z.string().min(1),
  elided: z.record(z.string().min(1), z.string().min(1)),
  // "nowt's on in t'yard, is there": a sentence opened so says there is nothing and asks to hear it: is anything on.
  openings: z.record(z.string().min(1), z.string().min(1)),
  words: z.record(z.string().min(1), z.string().min(1)),
  notAfterArticle: z.array(z.string().min(1)),
}).strict().parse(lexicon);

/** The cheap check: an elided word ("t'", "wi'") or one of the dialect's words, as a whole word. */
const CHEAP = new RegExp(`(?:^|[^\\p{L}])(?:(?:${[...LEXICON.article, ...Object.keys(LEXICON.elided)].join('|')})['’]|(?:${Object.keys(LEXICON.words).filter((w) => !w.includes("'")).join('|')})(?![\\p{L}]))`, 'iu');
const ARTICLE = new RegExp(`(^|[^\\p{L}'’])(?:${LEXICON.article.join('|')})['’](\\p{L}+)`, 'giu');
const ELIDED = new RegExp(`(^|[^\\p{L}'’])(${Object.keys(LEXICON.elided).join('|')})['’](?=\\s|$)`, 'giu');
const WORD = new RegExp(`(^|[^\\p{L}'’])(${Object.keys(LEXICON.words).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}'’])`, 'giu');
const OPENING = new RegExp(`^(\\s*)(${Object.keys(LEXICON.openings).join('|')})(?![\\p{L}'’])`, 'iu');
const NOT_AFTER: ReadonlySet<string> = new Set(LEXICON.notAfterArticle);

/** The sentence with Yorkshire's elided and dialect words read in English; unchanged when it has none. */
export function yorkshireSpeech(text: string, snapshot: HomeSnapshot): string {
  if (!CHEAP.test(text)) return text;
  const known = (word: string): boolean => {
    const key = word.toLowerCase();
    return key.length >= 3 && !NOT_AFTER.has(key) && (isPlainWord(key) || homeWords(snapshot).has(key.replace(/['’]s$/, '')));
  };
  return text
    .replace(ARTICLE, (m, before: string, word: string) => (known(word) ? `${before}${LEXICON.articleMeans} ${word}` : m))
    .replace(OPENING, (m, before: string, said: string) => `${before}${LEXICON.openings[said.toLowerCase().replace('’', "'")] ?? said}`)
    .replace(ELIDED, (m, before: string, word: string) => `${before}${LEXICON.elided[word.toLowerCase()] ?? word}`)
    .replace(WORD, (m, before: string, word: string) => (namesSomething(snapshot, word) ? m : `${before}${LEXICON.words[word.toLowerCase()] ?? word}`));
}
