// Ranking of candidate names beyond exact keys: names containing every word said, whole-name typos (trigram
// prefilter + fuse.js + edit distance) and per-word spelling correction, plus the shared score helpers.
import type { EntityType } from '../../src-shared/protocol/entities';
import type { NameMatchHow, ScoredEntity } from './NameResolution';
import { trigrams, type IndexEntry, type NameIndex } from './nameIndex';
import { last, plainTokens } from './nameTokens';
import { lettersApart } from './lettersApart';
import { rememberedSearch } from './recentNameSearches';
import { searchNames } from './namesFuse';

/** Whole-name similarity (1 - edits/length) needed to accept a typo, e.g. "kitchn" → "kitchen" is 0.86. */
export const FUZZY_ACCEPT = 0.75;
const FUSE_CANDIDATES = 20;
/** How many trigram-preselected names fuse scores; fuse over all 20 000 names took 70-400 ms a query. */
const TRIGRAM_CANDIDATES = 300;

export type Tier = { kind: 'match'; entries: IndexEntry[]; how: NameMatchHow; score: number } | { kind: 'scored'; scored: Array<{ entry: IndexEntry; score: number }> };

/**
 * Names that contain every word said: first those whose last word (the head noun) is the last word said.
 * Literal words are tried before synonyms ("lamp" finds the lamps before every light), except after a plural,
 * where synonyms widen on purpose ("living room lights" includes the floor lamp).
 */
export function containmentTiers(
  index: NameIndex,
  plain: string[],
  canon: string[],
  ok: (entry: IndexEntry) => boolean,
  plural: boolean,
): Array<() => Tier | undefined> {
  const tier = (tokens: string[], postings: Map<string, IndexEntry[]>, useCanon: boolean, headOnly: boolean) => (): Tier | undefined => {
    const head = tokens[tokens.length - 1];
    // One pass over the names found, the words said counted once (a big home has thousands of names with "thermostat").
    const saidCount = new Set(tokens).size;
    const scored: Array<{ entry: IndexEntry; score: number }> = [];
    for (const entry of containing(tokens, postings, useCanon)) {
      if (!ok(entry) || (headOnly && last(useCanon ? entry.canon : entry.plain) !== head)) continue;
      scored.push({ entry, score: (headOnly ? 0.9 : 0.8) * (saidCount / (useCanon ? entry.canonSet : entry.plainSet).size) });
    }
    return { kind: 'scored', scored };
  };
  if (plural) return [tier(canon, index.canonPostings, true, true), tier(canon, index.canonPostings, true, false)];
  return [
    tier(plain, index.plainPostings, false, true),
    tier(canon, index.canonPostings, true, true),
    tier(plain, index.plainPostings, false, false),
    tier(canon, index.canonPostings, true, false),
  ];
}

function containing(tokens: string[], postings: Map<string, IndexEntry[]>, useCanon: boolean): IndexEntry[] {
  const unique = [...new Set(tokens)];
  if (unique.length === 0) return [];
  let rarest: IndexEntry[] | undefined;
  for (const token of unique) {
    const list = postings.get(token);
    if (!list) return [];
    if (!rarest || list.length < rarest.length) rarest = list;
  }
  // A posting list holds only names with its word: one word said needs no further check (read only, never changed).
  if (unique.length === 1) return rarest ?? [];
  return (rarest ?? []).filter((entry) => {
    const set = useCanon ? entry.canonSet : entry.plainSet;
    return unique.every((t) => set.has(t));
  });
}

export function searchFuse(index: NameIndex, query: string, allowed: Set<EntityType> | undefined): Array<{ entry: IndexEntry; fuseScore: number }> {
  const candidates = trigramCandidates(index, query, allowed);
  if (candidates.length === 0) return [];
  // One fuse.js instance and its records per index, handed these names (namesFuse.ts).
  return searchNames(index, candidates, query.toLowerCase(), FUSE_CANDIDATES)
    .map((r) => ({ entry: r.item, fuseScore: r.score ?? 1 }))
    .sort((a, b) => a.fuseScore - b.fuseScore || a.entry.entity.name.localeCompare(b.entry.entity.name));
}

/** Positions of the names sharing most trigrams with the query (of the allowed types), most first, at most TRIGRAM_CANDIDATES. */
export function trigramCandidates(index: NameIndex, query: string, allowed: Set<EntityType> | undefined): number[] {
  const counts = new Uint16Array(index.entries.length);
  const touched: number[] = [];
  for (const gram of new Set(trigrams(plainTokens(query).join(' ')))) {
    for (const position of index.trigramPostings.get(gram) ?? []) {
      if (counts[position] === 0) touched.push(position);
      counts[position] = (counts[position] ?? 0) + 1;
    }
  }
  return touched
    .filter((position) => !allowed || allowed.has(index.entries[position]?.entity.entity_type ?? 'home'))
    .sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0))
    .slice(0, TRIGRAM_CANDIDATES)
    .filter((position) => index.entries[position] !== undefined);
}

/** Replaces unknown words by the closest known word (similarity ≥ FUZZY_ACCEPT); undefined when nothing changed. */
export function correctSpelling(index: NameIndex, tokens: string[]): string[] | undefined {
  let changed = false;
  const corrected = tokens.map((token) => {
    if (index.plainPostings.has(token) || token.length < 4) return token;
    // A word's correction depends only on the home's words: found once per index (an answer asks it several times).
    const best = rememberedSearch(index, `spell\u0000${token}`, () => closestKnownWord(index, token));
    if (best === undefined) return token;
    changed = true;
    return best;
  });
  return changed ? corrected : undefined;
}

/** The known word most like the token (the first of the best in vocabulary order), at FUZZY_ACCEPT or above. */
function closestKnownWord(index: NameIndex, token: string): string | undefined {
  let best: { word: string; score: number } | undefined;
  for (let len = token.length - 2; len <= token.length + 2; len++) {
    const longest = Math.max(len, token.length);
    for (const word of index.vocabularyByLength.get(len) ?? []) {
      // Too many letters apart to reach FUZZY_ACCEPT: the full edit distance is not worth working out (lettersApart.ts).
      if (1 - lettersApart(token, word) / longest < FUZZY_ACCEPT) continue;
      const score = similarity(token, word);
      if (score >= FUZZY_ACCEPT && (!best || score > best.score)) best = { word, score };
    }
  }
  return best?.word;
}

/**
 * A word said in place of one of the name's words that is no slip of it but another word the home's names use
 * ("lampu bilik tidur kampung" for "Lampu bilik tidur kecil": "kampung" names the kampung's rooms). Such a name is
 * another thing than the one said, never a typo of it.
 */
export function swapsKnownWord(index: NameIndex, said: readonly string[], nameKey: string, interchangeable?: (said: string, nameWord: string) => boolean): boolean {
  const own = nameKey.split(' ');
  const unmatched = own.filter((w) => !said.includes(w));
  // Only a word of letters is swapped so ("slot" for "B-14" may be the same bay said otherwise).
  if (unmatched.length === 0 || !unmatched.every((w) => /^\p{L}{3,}$/u.test(w))) return false;
  // A word said loosely for the name's own ("floor" for "room", as the caller knows) is no other thing.
  const loose = (w: string): boolean => interchangeable !== undefined && unmatched.some((o) => interchangeable(w, o));
  return said.some((w) => !own.includes(w) && index.plainPostings.has(w) && unmatched.every((o) => similarity(w, o) < 0.6) && !loose(w));
}

/**
 * A word said in place of one of the name's words that shares next to nothing with it ("living room radio" for
 * "Living room lamp", "living room blender" for "Living room speaker"): the rest of the name matched, so the whole
 * looked like a typo, but the word that says what the thing is was another word. Such a name is a suggestion, never a
 * match. A word run together from the name's ("livingroom") or cut from one ("temp") is the name's word.
 */
export function swapsOtherWord(said: readonly string[], nameKey: string, interchangeable?: (said: string, nameWord: string) => boolean): boolean {
  const own = nameKey.split(' ');
  const unmatched = own.filter((w) => !said.includes(w));
  const extra = said.filter((w) => !own.includes(w));
  if (unmatched.length !== 1 || extra.length !== 1) return false;
  const [mine, theirs] = [extra[0] ?? '', unmatched[0] ?? ''];
  if (!/^\p{L}{4,}$/u.test(mine) || !/^\p{L}{4,}$/u.test(theirs)) return false;
  if (own.some((w) => w.length >= 3 && (mine.includes(w) || w.includes(mine)))) return false;
  // A word said loosely for the name's own ("utility floor" for the "Utility room", as the caller knows) is no other thing.
  if (interchangeable?.(mine, theirs)) return false;
  return mine[0] !== theirs[0] && similarity(mine, theirs) < 0.5;
}

/** 1 - (optimal string alignment distance / longer length). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  if (Math.abs(a.length - b.length) / longest > 1 - FUZZY_ACCEPT) return 0;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      row.push(value);
    }
    prevPrev = prev;
    prev = row;
  }
  return 1 - (prev[b.length] ?? longest) / longest;
}

export function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

export function byScoreThenName(a: { entry: IndexEntry; score: number }, b: { entry: IndexEntry; score: number }): number {
  return b.score - a.score || a.entry.entity.name.localeCompare(b.entry.entity.name);
}

/**
 * The first `limit` of the candidates within `margin` of the best score, in `byScoreThenName` order (ties in the order
 * given, as a stable sort leaves them), and how many are within the margin: what sorting all of them and cutting gives,
 * without sorting thousands of names by locale (round 44: a big home's "thermostat" containment tier sorted ~3 000).
 */
export function firstWithinMargin<S extends { entry: IndexEntry; score: number }>(scored: readonly S[], margin: number, limit: number): { first: S[]; within: number } {
  let best = -Infinity;
  for (const s of scored) if (s.score > best) best = s.score;
  const first: S[] = [];
  let within = 0;
  for (const s of scored) {
    if (!(s.score >= best - margin)) continue;
    within++;
    const last = first[first.length - 1];
    if (first.length >= limit && last && byScoreThenName(s, last) >= 0) continue;
    let at = first.length;
    while (at > 0 && byScoreThenName(s, first[at - 1] as S) < 0) at--;
    first.splice(at, 0, s);
    if (first.length > limit) first.pop();
  }
  return { first, within };
}

export function toScored(s: { entry: IndexEntry; score: number }): ScoredEntity {
  return { entity: s.entry.entity, score: round(s.score) };
}
