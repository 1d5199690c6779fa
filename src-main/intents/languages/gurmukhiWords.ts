// Punjabi in Gurmukhi script ("ਰਸੋਈ ਦੀ ਬੱਤੀ ਬੁਝਾ ਦਿਓ", "ਤੰਦੂਰ ਚੱਲਦਾ ਪਿਆ?") written in the romanized Punjabi the
// Punjabi and Hindi readers know ("ਰਸੋਈ ਦੀ ਬੱਤੀ bujha do", "tandoor chalda piya?"), word by word from the "gurmukhi"
// table of lexicon/punjabi.json, before any reader runs (readInEnglish.ts, like Urdu script in urduWords.ts). A name
// of the home written in Gurmukhi ("ਬੇਬੇ ਦੀ ਬੱਤੀ") stays as typed, so it is found as the home writes it; a word the
// table lacks stays as typed too. A sentence with no Gurmukhi letter returns at once.
import type { HomeSnapshot } from '../HomeIndex';
import { PUNJABI, rememberGurmukhi } from './punjabiWords';

const GURMUKHI = /[\u0A00-\u0A7F]/;
const RUN = /[\u0A00-\u0A7F]+/g;
const TABLE: ReadonlyMap<string, string> = new Map(Object.entries(PUNJABI.gurmukhi));

/** Per snapshot: the runs of two or more Gurmukhi words in the names and aliases of the home ("ਬੇਬੇ ਦੀ ਬੱਤੀ"). */
const NAMES = new WeakMap<HomeSnapshot, string[][]>();

function gurmukhiNames(snapshot: HomeSnapshot): string[][] {
  let names = NAMES.get(snapshot);
  if (names) return names;
  const runs = new Map<string, string[]>();
  for (const entity of snapshot.byId.values()) {
    const aliases = entity.content['aliases'];
    for (const name of [entity.name, ...(Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [])]) {
      if (!GURMUKHI.test(name)) continue;
      for (const run of name.split(/[^\u0A00-\u0A7F\s]+/)) {
        const words = run.trim().split(/\s+/).filter((w) => GURMUKHI.test(w));
        if (words.length >= 2) runs.set(words.join(' '), words);
      }
    }
  }
  names = [...runs.values()].sort((a, b) => b.length - a.length);
  NAMES.set(snapshot, names);
  return names;
}

/** The sentence with its Gurmukhi words in Latin letters (names of the home kept), or undefined without Gurmukhi. */
export function gurmukhiInLatin(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!GURMUKHI.test(text)) return undefined;
  const names = gurmukhiNames(snapshot);
  const words = [...text.matchAll(RUN)];
  const kept = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const name = names.find((n) => n.every((w, k) => words[i + k]?.[0] === w && (k === 0 || onlySpaceBetween(text, words[i + k - 1], words[i + k]))));
    if (!name) continue;
    for (let k = 0; k < name.length; k++) kept.add(i + k);
    i += name.length - 1;
  }
  let out = '';
  let at = 0;
  words.forEach((m, i) => {
    const start = m.index ?? 0;
    out += text.slice(at, start) + (kept.has(i) ? m[0] : TABLE.get(m[0]) ?? m[0]);
    at = start + m[0].length;
  });
  const latin = out + text.slice(at);
  rememberGurmukhi(latin);
  return latin;
}

function onlySpaceBetween(text: string, a: RegExpMatchArray | undefined, b: RegExpMatchArray | undefined): boolean {
  if (!a || !b) return false;
  return /^\s+$/.test(text.slice((a.index ?? 0) + a[0].length, b.index ?? 0));
}
