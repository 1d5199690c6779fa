// `state_digest` (docs/inbetweenies-v2.md §3): sha256 hex over current rows (tombstones included) sorted by id, each
// contributing `id \x1f version \x1e` as UTF-8. Both sides compute it; a mismatch means "resync from scratch".
import { createHash } from 'node:crypto';

export function computeStateDigest(rows: Iterable<{ id: string; version: string }>): string {
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const hash = createHash('sha256');
  for (const row of sorted) hash.update(`${row.id}\x1f${row.version}\x1e`, 'utf8');
  return hash.digest('hex');
}
