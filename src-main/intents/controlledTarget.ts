// "unlock the front door" landing on the keypad outside it, "turn on the remote": a device that can't do what was
// asked but whose data says it `controls` one device that can stands for that device. The edge is the data's own word
// that it works it; a device merely next to it (same room) is never taken unasked (answerControl's lockNextTo asks).
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import type { IntentAnswerInput } from './IntentAnswerInput';

/** The one device `device` controls that can do the action, or undefined (none, several, or it can do it itself). */
export async function controlledTarget(input: IntentAnswerInput, device: Entity, can: (d: Entity) => boolean): Promise<Entity | undefined> {
  if (device.entity_type !== 'device' || can(device)) return undefined;
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: device.id, include_connected: true }, (r) => `${r.relationships.outgoing.length} outgoing links`);
  const byId = new Map((details.connected_entities ?? []).map((e) => [e.id, e]));
  const able = new Map<string, Entity>();
  for (const edge of details.relationships.outgoing) {
    const other = byId.get(edge.to_entity_id);
    if (edge.relationship_type === 'controls' && other?.entity_type === 'device' && can(other)) able.set(other.id, other);
  }
  const [only] = able.values();
  return able.size === 1 ? only : undefined;
}
