// Two shapes of a Swahili command that the word-by-word reading would mistake for its target: a reason said after a
// comma ("ifungue, Hamisi anakuja" = open it, Hamisi is coming) and the floor said with "za juu"/"ya chini"
// ("zima zote za juu" = turn off all of them upstairs). Both are read from the sentence's own words only.
import { phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { SWAHILI, swahiliTokens, type Token } from './swahiliWords';

/** The command alone when the clauses after its comma name nothing of the home and have a verb of their own. */
export function withoutReason(text: string, snapshot: HomeSnapshot): string {
  const clauses = text.split(/\s*[,;]\s*/).filter(Boolean);
  if (clauses.length < 2) return text;
  const head = swahiliTokens(wordsOf(clauses[0] ?? ''), snapshot);
  if (head[0]?.kind !== 'command') return text;
  const tails = clauses.slice(1).map((c) => swahiliTokens(wordsOf(c), snapshot));
  const reason = tails.every((t) => t.some((w) => w.kind === 'swahiliVerb' || w.kind === 'verb') && !t.some((w) => w.kind === 'name' || w.kind === 'noun'));
  return reason ? clauses[0] ?? text : text;
}

/** "za juu", "ya chini" said last (no name of the home): the floor in English, and the words before it. */
export function floorAtEnd(tokens: readonly Token[], snapshot: HomeSnapshot): { floor: string; rest: Token[] } | undefined {
  const n = tokens.length;
  const of = tokens[n - 2];
  const place = tokens[n - 1]?.said ?? '';
  const floor = SWAHILI.floors[place];
  if (n < 2 || of?.kind !== 'of' || floor === undefined || snapshot.phrases.has(phraseKey(place))) return undefined;
  return { floor, rest: tokens.slice(0, -2) };
}

function wordsOf(clause: string): string[] {
  return clause.toLowerCase().replace(/[’‘`]/g, "'").replace(/[?!.,;:]+/g, ' ').split(/\s+/).filter(Boolean);
}
