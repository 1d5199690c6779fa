// Newfoundland English forms that a word-for-word lexicon (lexicon/newfoundland.json) cannot read safely, because
// they need their neighbours: "the one out to the cabin", "what's the heat at out to the cabin" say where a thing is
// ("at the cabin"), but "how do I get out to the shed" and "which door goes out to the yard" are a way, so "out to"
// is "at" only when no word of going is said before it; and a last "b'y" (boy, said to anyone) is tone only when
// typed with its apostrophe ("what's the light controlled by" keeps its "by").
import { z } from 'zod';
import lexicon from '../lexicon/newfoundlandSayings.json';
import { escapeRegExp } from '../regexText';

const schema = z.object({ atPhrases: z.record(z.string().min(1), z.string().min(1)), goingWords: z.array(z.string().min(1)), lastWords: z.array(z.string().min(1)) }).strict();
const LEXICON = schema.parse(lexicon);
const AT = new RegExp(`(^|\\s)(${Object.keys(LEXICON.atPhrases).sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|')})(?=\\s)`, 'gi');
const GOING: ReadonlySet<string> = new Set(LEXICON.goingWords);
const LAST = new RegExp(`[\\s,]+(?:${LEXICON.lastWords.map(escapeRegExp).join('|')})\\s*([?.!]*)\\s*$`, 'i');
/** The cheap check: neither "out to" nor a "b'y". */
const CHEAP = /\bout\s+to\b|b['’]y/i;

/** The sentence with "out to" read as "at" where it says where, and a last "b'y" left out. */
export function newfoundlandSayings(text: string): string {
  if (!CHEAP.test(text)) return text;
  const before = (at: number): string => (/(\S+)\s*$/.exec(text.slice(0, at))?.[1] ?? '').toLowerCase().replace(/[^a-z]/g, '');
  const placed = text.replace(AT, (m, space: string, said: string, at: number) => {
    const meant = LEXICON.atPhrases[said.toLowerCase().replace(/\s+/g, ' ')];
    return meant && !GOING.has(before(at)) ? `${space}${meant}` : m;
  });
  return placed.replace(LAST, '$1');
}
