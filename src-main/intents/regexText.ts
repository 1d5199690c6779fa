// Text put into a RegExp as itself: names, lexicon phrases and words said are matched literally, so their dots,
// brackets and pluses ("Wi-Fi (upstairs)", "C++") are escaped first. One helper for every reader that builds a pattern.

/** `text` with every character a RegExp reads specially escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
