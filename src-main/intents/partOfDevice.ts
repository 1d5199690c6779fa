// "whats the freezer part of the fridge at": the thing asked about is the fridge, and "freezer" the part of it (its
// `freezer_temp`), never the chest freezer in the garage. Said as "the fridge's freezer", which the parser reads as a
// device followed by its field (fieldAfterDevice.ts).
const PART_OF = /\bthe\s+([\p{L}-]+)\s+(?:part|compartment|section|side|bit|half|drawer)\s+of\s+(?:the|my|our)\s+([\p{L}\p{N}' -]+?)(?=\s+(?:at|now|right now|reading|set to|doing)\b|[?.!]*$)/iu;

/** The question with "the X part of the Y" said as "the Y's X", or undefined when it says no such thing. */
export function partOfDevice(text: string): string | undefined {
  const found = PART_OF.exec(text);
  if (!found || !found[1] || !found[2]) return undefined;
  return `${text.slice(0, found.index)}the ${found[2]}'s ${found[1]}${text.slice(found.index + found[0].length)}`;
}
