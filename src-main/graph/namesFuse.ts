// Round 44, speed: every typo search (a name said with no exact match) built a new fuse.js instance over the few hundred
// names the trigram prefilter kept, and fuse.js made each name's record (its lowercase text and length norm) again.
// Those records depend only on the name index, and a graph change builds a new index: they are made once per index,
// with one fuse.js instance, and a search hands fuse.js the prefiltered names with their kept records. The hits are
// the ones a new instance over the same names gives (namesFuse's test checks that on a fixture home).
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { IndexEntry, NameIndex } from './nameIndex';

/** Fuse score (0 = perfect) above which a name is not even worth suggesting. */
const FUSE_THRESHOLD = 0.4;
export const FUSE_OPTIONS: IFuseOptions<IndexEntry> = { keys: ['lowerName'], includeScore: true, ignoreLocation: true, threshold: FUSE_THRESHOLD };

type Indexed = FuseIndex<IndexEntry>;

/** What fuse.js would index of one name index, made once: its keys and each entry's record, by entry position. */
interface KeptFuse {
  fuse: Fuse<IndexEntry>;
  keys: Indexed['keys'];
  records: readonly Indexed['records'][number][];
}

const kept = new WeakMap<NameIndex, KeptFuse>();

/** The index's fuse.js records and instance, made on its first typo search. */
export function fuseOf(index: NameIndex): KeptFuse {
  let found = kept.get(index);
  if (!found) {
    const all = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], index.entries);
    found = { fuse: new Fuse<IndexEntry>([], FUSE_OPTIONS), keys: all.keys, records: all.records };
    kept.set(index, found);
  }
  return found;
}

/** fuse.js's hits among the entries at these positions (in this order), best first, at most `limit`. */
export function searchNames(index: NameIndex, positions: readonly number[], query: string, limit: number): Array<{ item: IndexEntry; score?: number }> {
  const { fuse, keys, records } = fuseOf(index);
  const docs = positions.flatMap((position) => index.entries[position] ?? []);
  // A record's `i` is its name's place among the docs searched, as fuse.js numbers them when it indexes the docs itself.
  const own = positions.flatMap((position, i) => {
    const record = records[position];
    return record ? [{ ...record, i }] : [];
  });
  fuse.setCollection(docs, Fuse.parseIndex<IndexEntry>({ keys, records: own }));
  return fuse.search(query, { limit });
}
