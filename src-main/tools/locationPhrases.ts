// "the awning, 12V motor, wall switch by the sliding door": a description's words after "by", "beside", "near" or "next
// to", up to the next comma, say where the thing is, not what it is or drives. Read as evidence, the door there made
// an awning a door (tier 3). Only for things that are no plug: a plug drives whatever is plugged in, so a plug "by the
// heater" may well be the heater's, and its whole description stays evidence. This can only lower a tier when the
// rest of the thing's data gives low-risk evidence of its own (entityChangeTier.ts: no evidence is still tier 3).

/** Words that open a phrase of where the thing is. */
const WHERE_OPENERS = /\b(?:by|beside|near|next to)\b[^,;.()]*/gi;

/** The description without its phrases of where the thing is. */
export function withoutWherePhrases(text: string): string {
  return text.replace(WHERE_OPENERS, ' ');
}
