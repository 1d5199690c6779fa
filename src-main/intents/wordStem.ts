// A verb said with another ending than the home writes it ("jammed" / "jams", "flooded" / "floods"): the word less
// -ed, -ing or -s, with a doubled last consonant undone. Only for words of 5+ letters; the stem keeps 4+ letters, or
// 3 after an undone double ("jammed" → "jam", but "coming" is no "com").
export function inflectionStem(word: string): string | undefined {
  if (word.length < 5) return undefined;
  const bare = word.replace(/(ed|ing|es|s)$/, '');
  if (bare === word) return undefined;
  if (/([b-df-hj-np-tv-z])\1$/.test(bare)) return bare.length >= 4 ? bare.slice(0, -1) : undefined;
  return bare.length >= 4 ? bare : undefined;
}
