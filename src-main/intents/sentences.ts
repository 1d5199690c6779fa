// Text cut into sentences for quoting one: a full stop followed by a digit or a lowercase word is an abbreviation
// ("tel. 12 345 67 89", "approx. 2 bar", "e.g. the filter"), not the end of a sentence.
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?![\d\p{Ll}])|\n+/u).map((s) => s.trim()).filter(Boolean);
}
