// Round 38, speed: a cheap lower bound of the edit distance between two words, so a typo search skips the full
// distance of a word that can't be close enough ("bedrom" against every known word of 4 to 8 letters, each time).
// Letters one word has beyond the other each take an edit: an insertion or deletion changes one letter count by one,
// a substitution two counts by one (one excess on each side at most), a transposition none. So the distance (with
// transpositions or without) is at least the larger of the two excesses, and a word whose bound is over the limit
// is over it by its distance too: skipping it changes no result.

/** Letter counts, by character code folded into 128 slots: folding two letters together only ever lowers the bound. */
const counts = new Int16Array(128);

/** The larger of the letters `a` has beyond `b` and `b` has beyond `a`: at most their edit distance. */
export function lettersApart(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) add(a.charCodeAt(i), 1);
  let fewer = 0;
  for (let i = 0; i < b.length; i++) if (add(b.charCodeAt(i), -1) < 0) fewer++;
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 127] = 0;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i) & 127] = 0;
  // `a`'s letters beyond `b`'s: as many as `b`'s beyond `a`'s, plus the difference in length.
  return Math.max(fewer, fewer + a.length - b.length);
}

function add(code: number, by: number): number {
  const slot = code & 127;
  const value = (counts[slot] ?? 0) + by;
  counts[slot] = value;
  return value;
}
