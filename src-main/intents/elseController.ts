// "what controls the oil boiler" → "the Climote", then "what else does that control": "that" is the controller the
// answer named, not the boiler asked about, and "else" says the boiler is already known. Only the one device the
// answer named besides the subject is meant; two or more controllers leave the pronoun to the usual reading.
import type { Entity } from '../../src-shared/protocol/entities';
import type { Focus } from './ConversationFocus';
import { tokenize } from './normalizeText';

const OTHER = new Set(['else', 'other', 'another']);

export function controllerMeantByElse(text: string, focus: Focus): Entity | undefined {
  if (focus.intent !== 'device_controllers' || !tokenize(text).some((t) => OTHER.has(t.key))) return undefined;
  const named = focus.listed.filter((e) => e.entity_type === 'device' && !focus.subjects.some((s) => s.id === e.id));
  return named.length === 1 ? named[0] : undefined;
}
