// How a description is said when it is why a device counts as a kind, and how much of one is read for kinds.

/** Longest description read for kinds: past the first sentence a text tells a story, not what the device is. */
export const DESCRIPTION_HEAD_CHARS = 80;

/** "built-in dishwasher" → "a built-in dishwasher", said when a description is why a device counts as a kind. */
export function describedAs(description: string): string {
  const head = (description.split(/[.!?](?:\s|$)|\n/)[0] ?? '').trim().slice(0, DESCRIPTION_HEAD_CHARS);
  if (/^(a|an|the)\s/i.test(head)) return head;
  // "underfloor heating" is a mass noun: no article.
  if (/ing$/i.test(head)) return head;
  return `${/^([aeiou]|8|11\b|18\b)/i.test(head) ? 'an' : 'a'} ${head}`;
}
