// "and grandma's?" right after a question or command about the living-room shutter: the same kind of thing, the one
// in her room. Read as a name alone, "grandma's" would be any device that mentions her (her help button), which then
// "has no motor I can open": a wrong "no" about the wrong thing.
import { substitutions, type Focus } from './ConversationFocus';
import { kindById, kindsOfEntity, phraseKey } from './deviceKinds';

/** The last question asked again about "the <kind> in <owner>'s room"; empty when the focus names no one device. */
export function ownersThingOfKind(focus: Focus, owner: string): string[] {
  // A question names its device in `device`, a command in `target`.
  const name = focus.slots['device'] ? 'device' : 'target';
  const slot = focus.slots[name];
  if (slot?.type !== 'entity' || slot.entity.entity_type !== 'device') return [];
  // The device's own kind, not a broad family ("blind", not "cover"), so the question names what was asked about.
  const kind = [...kindsOfEntity(slot.entity).keys()].map(kindById).find((k) => k !== undefined && k.includes.length === 0);
  if (!kind) return [];
  return substitutions({ ...focus, slots: { [name]: slot } }, `the ${kind.singular} in ${owner}'s room`);
}

/**
 * "rohan's" right after the ACs were listed ("there are 3 air conditioners: …, Rohan's AC"): the one listed that is
 * named as that person's, asked about as the last question asked about the kind. Empty unless exactly one is.
 */
export function ownersListedThing(focus: Focus, owner: string): string[] {
  const kind = focus.slots['kind'];
  if (kind?.type !== 'kind') return [];
  const key = phraseKey(owner);
  const theirs = focus.listed.filter((e) => e.entity_type === 'device' && phraseKey(e.name).startsWith(`${key} `));
  const [one] = theirs;
  if (!one || theirs.length > 1) return [];
  return substitutions({ ...focus, slots: { kind } }, one.name);
}
export { atOwnersFollowUp } from './atOwners';
