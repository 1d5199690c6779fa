// How many letter edits apart two words are, for typo'd names and near forms of room words.
import { lettersApart } from '../graph/lettersApart';

/**
 * Optimal string alignment distance, giving up above `max` (then some number over it). Two words too many letters
 * apart are over it before any row is worked out (graph/lettersApart.ts; round 38, speed).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (lettersApart(a, b) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}
