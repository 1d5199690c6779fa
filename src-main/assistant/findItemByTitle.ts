// Finding a todo or reminder by what a person calls it: exact title first, then words contained, then fuzzy
// (fuse.js, so "plumbr" finds "Call the plumber"). Several close candidates are returned as ambiguous, never guessed:
// completing or deleting the wrong item is worse than asking "which one?".
import Fuse from 'fuse.js';

export type TitleMatch<T> = { type: 'found'; item: T } | { type: 'ambiguous'; candidates: T[] } | { type: 'none' };

const FILLER = /\b(the|a|an|my|our|to|item|todo|task|reminder)\b/g;

function norm(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
}

export function findItemByTitle<T extends { title: string }>(items: readonly T[], query: string): TitleMatch<T> {
  const q = norm(query);
  if (!q || items.length === 0) return { type: 'none' };
  const exact = items.filter((i) => norm(i.title) === q);
  if (exact.length === 1 && exact[0]) return { type: 'found', item: exact[0] };
  if (exact.length > 1) return { type: 'ambiguous', candidates: exact };
  const words = q.split(' ');
  const containing = items.filter((i) => {
    const title = ` ${norm(i.title)} `;
    return words.every((w) => title.includes(` ${w} `));
  });
  if (containing.length === 1 && containing[0]) return { type: 'found', item: containing[0] };
  if (containing.length > 1) return { type: 'ambiguous', candidates: containing };
  const fuse = new Fuse(items.map((item) => ({ item, key: norm(item.title) })), { keys: ['key'], includeScore: true, threshold: 0.4, ignoreLocation: true });
  const hits = fuse.search(q);
  const best = hits[0];
  if (!best) return { type: 'none' };
  const close = hits.filter((h) => (h.score ?? 1) - (best.score ?? 0) < 0.05);
  if (close.length > 1) return { type: 'ambiguous', candidates: close.map((h) => h.item.item) };
  return { type: 'found', item: best.item.item };
}
