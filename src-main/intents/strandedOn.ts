// "what hub is that on", "which bridge are they on", "what circuit is it on": an "on" left at the end after a pronoun
// is the preposition of "on which hub", not the state "on". Read as the state, the question became "which hubs are
// on" and was answered "there are no hubs with an on/off state": a wrong "none" about the hub the thing is on. It is
// asked as "connected to", which the engine reads as the question of what the thing hangs off. Only a question that
// opens with "what"/"which", a hub-like word, a "be" and a pronoun: "is that on" and "which lights are on"
// keep their state.
// Only the things a device hangs off: "what app is it on" (an app), "what mode is it on" (its mode), "which plug is it
// on" (read elsewhere) keep their own readings.
const STRANDED = /^((?:and |so )?(?:what|which) (?:[\p{L}\p{N}-]+ )?(?:hub|bridge|gateway|router|network|wifi|wi-fi|mesh|controller|base station) (?:is|are|s) (?:it|that|this|they|those|these|that one|this one)) on\s*\??\s*$/iu;
const ON_END = /\bon\s*\??\s*$/i;

/** The question with its stranded "on" read as "connected to"; the text unchanged otherwise. */
export function strandedOn(text: string): string {
  if (!ON_END.test(text)) return text;
  const hit = STRANDED.exec(text.trim());
  return hit ? `${hit[1]} connected to${text.trim().endsWith('?') ? '?' : ''}` : text;
}
