// The phrase tables of the Turkic reader (turkishWords.ts), one for Turkish and Azerbaijani homes and one for Uzbek
// homes (their lists and Uzbek's, turkicLexicon.ts): a home named in Uzbek reads Uzbek's words ("yoq" = turn on,
// "qayerda" = where), any other home never does, so Istanbul's and Baku's sentences read as before.
import type { HomeSnapshot } from '../HomeIndex';
import { longestPhrase } from '../lexiconTable';
import { roleTable, withEndings, type RoleEntry } from '../roleTable';
import { TURKIC, UZBEK_TURKIC, type TurkicLexicon } from './turkicLexicon';
import { isUzbekHome } from './uzbekLetters';

export type TurkishRole = 'particle' | 'asked' | 'question' | 'verb' | 'state' | 'exists' | 'measure' | 'noun' | 'mark' | 'relation';

export interface TurkicTables {
  table: Map<string, RoleEntry<TurkishRole>>;
  longest: number;
  verbStems: Set<string>;
  strong: Set<string>;
  foreign: Set<string>;
  openable: readonly string[];
  joins: Map<string, string>;
  firstWords: Set<string>;
  /** Uzbek's words are read (an Uzbek home). */
  uzbek: boolean;
}

function tablesOf(lexicon: TurkicLexicon, uzbek: boolean): TurkicTables {
  const { table, put } = roleTable<TurkishRole>();
  put('asked', lexicon.asked);
  put('relation', lexicon.relations);
  put('mark', lexicon.marks);
  put('state', lexicon.states);
  put('question', lexicon.questions);
  put('measure', lexicon.measures);
  // Uzbek's verbs as said first: "oʻchir" (turn off) is no "och" (open) with an ending on.
  if (uzbek) put('verb', lexicon.verbs);
  put('verb', withEndings(lexicon.verbs, lexicon.verbEndings));
  put('exists', lexicon.exists);
  put('noun', lexicon.nouns);
  put('particle', lexicon.particles);
  return {
    table,
    longest: longestPhrase(table),
    verbStems: new Set(Object.values(lexicon.verbs).flat()),
    strong: new Set(lexicon.strong),
    foreign: new Set(lexicon.foreign),
    openable: lexicon.openable,
    joins: new Map(Object.entries(lexicon.joins).flatMap(([english, said]) => said.map((w) => [w, english] as const))),
    firstWords: new Set([...table.keys()].map((k) => k.split(' ')[0] as string)),
    uzbek,
  };
}

const TURKISH_TABLES = tablesOf(TURKIC, false);
const UZBEK_TABLES = tablesOf(UZBEK_TURKIC, true);
/** Uzbek's first words that Turkish's lists lack: the gate of the Uzbek reading. */
export const UZBEK_FIRST_WORDS: ReadonlySet<string> = new Set([...UZBEK_TABLES.firstWords].filter((w) => !TURKISH_TABLES.firstWords.has(w)));

/** The tables the home's sentences are read with. */
export function turkicTables(snapshot: HomeSnapshot): TurkicTables {
  return isUzbekHome(snapshot) ? UZBEK_TABLES : TURKISH_TABLES;
}
