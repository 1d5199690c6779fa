// "which door is that" right after a route ("Kitchen → Scullery → Garage (through Scullery garage door)"): the one door
// the route answer named, asked about by name so the answer says what it is and where. A route through several named
// doors, or none, is not guessed.
import type { Entity } from '../../src-shared/protocol/entities';
import type { Focus } from './ConversationFocus';

const WHICH_DOOR = /^(?:and\s+)?(?:which|what)\s+(?:door|gate|doorway|opening)(?:\s+(?:is|was)\s+(?:that|it))?(?:\s+exactly)?[?.!]*$/i;

/** "what is the <door>" for the one door a route answer cited, or undefined. */
export function doorOnRoute(text: string, focus: Focus): string | undefined {
  if (focus.intent !== 'path_between' || !WHICH_DOOR.test(text.trim())) return undefined;
  const doors = focus.listed.filter((e: Entity) => e.entity_type === 'door');
  return doors.length === 1 && doors[0] ? `what is the ${doors[0].name}` : undefined;
}
