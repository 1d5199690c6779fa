// The in-memory lookup structures built from the graph's entities: exact/lowercase/normalised/synonym keys, word
// postings, a length-bucketed vocabulary for spelling correction, and trigram postings for the typo prefilter.
import type { Entity } from '../../src-shared/protocol/entities';
import { canonicalTokens, plainTokens } from './nameTokens';

export interface IndexEntry {
  entity: Entity;
  lowerName: string;
  plain: string[];
  canon: string[];
  plainKey: string;
  canonKey: string;
  plainSet: Set<string>;
  canonSet: Set<string>;
}

export interface NameIndex {
  byId: Map<string, IndexEntry>;
  byName: Map<string, IndexEntry[]>;
  byLower: Map<string, IndexEntry[]>;
  byPlainKey: Map<string, IndexEntry[]>;
  byCanonKey: Map<string, IndexEntry[]>;
  plainPostings: Map<string, IndexEntry[]>;
  canonPostings: Map<string, IndexEntry[]>;
  /** Distinct plain words, bucketed by length, for spelling correction. */
  vocabularyByLength: Map<number, string[]>;
  entries: IndexEntry[];
  /** Character trigrams of the plain names → entry positions: a cheap prefilter so fuse only scores a few hundred names. */
  trigramPostings: Map<string, number[]>;
}

export function buildIndex(entities: Entity[]): NameIndex {
  const index: NameIndex = {
    byId: new Map(),
    byName: new Map(),
    byLower: new Map(),
    byPlainKey: new Map(),
    byCanonKey: new Map(),
    plainPostings: new Map(),
    canonPostings: new Map(),
    vocabularyByLength: new Map(),
    entries: [],
    trigramPostings: new Map(),
  };
  const vocabulary = new Set<string>();
  for (const entity of entities) {
    // The store hides tombstones already; checked again because a resolved tombstone would be a silent bug.
    if (entity.content['deleted'] === true) continue;
    const plain = plainTokens(entity.name);
    const canon = canonicalTokens(plain);
    const entry: IndexEntry = {
      entity,
      lowerName: entity.name.toLowerCase(),
      plain,
      canon,
      plainKey: plain.join(' '),
      canonKey: canon.join(' '),
      plainSet: new Set(plain),
      canonSet: new Set(canon),
    };
    index.byId.set(entity.id, entry);
    push(index.byName, entity.name, entry);
    push(index.byLower, entry.lowerName, entry);
    if (entry.plainKey) push(index.byPlainKey, entry.plainKey, entry);
    if (entry.canonKey) push(index.byCanonKey, entry.canonKey, entry);
    for (const t of entry.plainSet) {
      push(index.plainPostings, t, entry);
      // Numbers are not misspelt words; leaving them out keeps spelling correction cheap in big generated graphs.
      if (!/^\d+$/.test(t)) vocabulary.add(t);
    }
    for (const t of entry.canonSet) push(index.canonPostings, t, entry);
    const position = index.entries.push(entry) - 1;
    for (const gram of new Set(trigrams(entry.plainKey))) push(index.trigramPostings, gram, position);
  }
  for (const word of vocabulary) push(index.vocabularyByLength, word.length, word);
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function trigrams(text: string): string[] {
  const padded = ` ${text} `;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}
