// "any doors open", "any doors left open?", "what doors we got": "doors" said in the plural asks about every door. The
// home's doors are entities of their own, so the slot reader took the plural for one of them ("no open/closed reading
// for Basement Door") or asked which one was meant. Read again, it is the home's doors (answerDoors.ts), and an open or
// closed asked of them is answered over every door with such a reading, garage doors included: a garage door left
// open is the first thing "any doors open" is about.
import type { Entity } from '../../src-shared/protocol/entities';
import type { IntentMatch } from './IntentEngine';
import type { SlotValue } from './SlotResolver';
import type { HomeSnapshot } from './HomeIndex';
import { kindForPhrase } from './deviceKinds';
import { membersOfKind } from './kindMembers';

/** The plural a question says all of a home's doors with (the slot text, as typed). */
const DOORS = /^(?:(?:all|any|the|our|my)\s+)?(?:of\s+the\s+)?doors$/i;
/** Intents the slot reader gives a question about the doors' state or their list. */
const REREAD = new Set(['state_open', 'device_state', 'list_kind', 'state_on']);
/** Device kinds that are doors themselves (not a lock or a bell on one). */
const DOOR_KINDS = ['garage door', 'pet door'];

/** "any doors open" read as a question about the home's doors (answered by doorsInHome). */
export function pluralDoorsAsked(match: IntentMatch, _snapshot: HomeSnapshot): IntentMatch {
  if (!REREAD.has(match.intent)) return match;
  const slot: SlotValue | undefined = match.slots['device'] ?? match.slots['thing'];
  if (!slot || (slot.type !== 'entity' && slot.type !== 'ambiguous') || !DOORS.test(slot.text.trim())) return match;
  const doors = slot.type === 'entity' ? [slot.entity] : slot.candidates;
  // The plural read as one door, or as a question back among doors (garage doors may be among them).
  if (!doors.some((d) => d.entity_type === 'door') || !doors.every((d) => d.entity_type === 'door' || d.entity_type === 'device')) return match;
  return { ...match, intent: 'doors_in_home', category: 'structure', slots: {} };
}

/** Every door with an open/closed reading: the home's doors and the devices that are doors (garage doors). */
export function doorsWithReading(snapshot: HomeSnapshot, openState: (e: Entity) => string | undefined): Entity[] {
  const doors = [...snapshot.byId.values()].filter((e) => e.entity_type === 'door');
  const devices = DOOR_KINDS.flatMap((phrase) => {
    const kind = kindForPhrase(phrase);
    return kind ? membersOfKind(snapshot, kind) : [];
  });
  return [...new Set([...doors, ...devices])].filter((e) => openState(e) !== undefined);
}
