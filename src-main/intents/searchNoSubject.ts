// "since when e dey on" read as a word search ("Here's what I found about 'since'") that happens to quote one
// automation: the hit is a guess over words, not what the conversation is about. Made the subject, it turned the next
// "off am" into "Auto gen start is an automation; I can't turn it off" while the Veranda light asked about just before
// was meant. A search that named no subject and hit only a rule (automation, schedule) keeps the subject before it,
// when there was one ("what happens when load shedding starts" opening a conversation is about the automation it
// finds). A hit in a manual or on a device ("what does H62 mean": the heat pump's manual) stays the subject: that is
// often what the next "it" means.
import type { Entity } from '../../src-shared/protocol/entities';

const RULES: ReadonlySet<string> = new Set(['automation', 'schedule']);

/** The subjects after a search that named none and hit only a rule: those before it, if any; undefined otherwise. */
export function subjectsAfterSearch(intent: string, cited: readonly Entity[], before: readonly Entity[] | undefined): Entity[] | undefined {
  if (intent !== 'search_graph' || cited.length === 0 || !cited.every((e) => RULES.has(e.entity_type))) return undefined;
  return before && before.length > 0 ? [...before] : undefined;
}
