// Text cut into sentences for quoting one: a full stop followed by a digit or a lowercase word is an abbreviation
// ("tel. 12 345 67 89", "approx. 2 bar", "e.g. the filter"), and so is one after a short capitalised title ("Dr.
// Petraitis", "Sra. Ana", also written small: "dr. Kovačić"), not the end of a sentence.
const END = /(?<=[.!?])(?<!\b(?:[A-Z][a-z]{0,2}|Prof|prof|dr|mr|mrs|ms|tel|approx|ca|no|nr|vs|e\.g|i\.e)\.)\s+(?![\d\p{Ll}])|\n+/u;

export function sentencesOf(text: string): string[] {
  return text.split(END).map((s) => s.trim()).filter(Boolean);
}
