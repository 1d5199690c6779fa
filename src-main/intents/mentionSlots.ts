// A mention found in the question as the slot an intent takes: one entity, a question back between several, a name
// the home lacks, or a kind. Kept apart from SlotIntentParser.ts so that the parser stays its rules.
import type { Entity, EntityType } from '../../src-shared/protocol/entities';
import type { Mention, MentionRole } from './mentions';
import type { SlotValue } from './SlotResolver';

export function kindSlot(m: Mention | undefined): SlotValue | undefined {
  return m?.kind ? { type: 'kind', text: m.text, kind: m.kind } : undefined;
}

export function firstRole(m: Mention): MentionRole {
  return (['device', 'other', 'place', 'automation'] as const).find((r) => m.entities[r]?.length) ?? 'other';
}

export function entitySlot(m: Mention, role: MentionRole, types?: readonly EntityType[]): SlotValue {
  const list = (m.entities[role] ?? []).filter((e) => !types || types.includes(e.entity_type));
  const [first] = list;
  if (list.length === 1 && first) return { type: 'entity', text: m.text, entity: first, how: m.loose ? 'fuzzy' : 'exact' };
  if (list.length > 1) return { type: 'ambiguous', text: m.text, expected: role, candidates: list.slice(0, 6) };
  return { type: 'missing', text: m.text, expected: role, suggestions: [] as Entity[] };
}
