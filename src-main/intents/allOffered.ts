// "all of them", "both", "all three" as a reply to "which one do you mean": every option offered is taken (FollowUpReader).
/** A reply to "which one" that takes every option: "all of them", "both", "all three", "the lot". */
const ALL_OFFERED = /^(?:and\s+)?(?:yes,?\s+|just\s+)?(?:all(?:\s+of\s+(?:them|those|['’]?em))?|(both)(?:\s+of\s+them)?|all\s+(two|three|four|five|six|\d)(?:\s+of\s+them)?|(?:all\s+)?the\s+lot|every\s*one(?:\s+of\s+them)?|each\s+of\s+them|them\s+all)(?:\s+please)?[.!]*$/i;
const COUNTED = ['', '', 'two', 'three', 'four', 'five', 'six'];

/** True when the reply takes every option offered; "both" and "all three" only when that many were offered. */
export function takesAllOffered(reply: string, offered: number): boolean {
  const read = ALL_OFFERED.exec(reply.trim());
  if (!read) return false;
  const [, both, count] = read;
  if (both) return offered === 2;
  return !count || COUNTED[offered] === count.toLowerCase() || String(offered) === count;
}
