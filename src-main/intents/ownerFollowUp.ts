// "and grandma's?" right after a question or command about the living-room shutter: the same kind of thing, the one
// in her room. Read as a name alone, "grandma's" would be any device that mentions her (her help button), which then
// "has no motor I can open": a wrong "no" about the wrong thing.
import { substitutions, type Focus } from './ConversationFocus';
import { kindById, kindsOfEntity } from './deviceKinds';

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
