// "unlock the front door" landing on the keypad outside it, "turn on the remote": a device that can't do what was
// asked but whose data says it `controls` one device that can stands for that device. The edge is the data's own word
// that it works it; a device merely next to it (same room) is never taken unasked (answerControl's lockNextTo asks).
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { linkedOutOf } from './linkedInto';

const CONTROLS: ReadonlySet<string> = new Set(['controls']);
const DEVICES: ReadonlySet<string> = new Set(['device']);

/** The one device `device` controls that can do the action, or undefined (none, several, or it can do it itself). */
export async function controlledTarget(input: IntentAnswerInput, device: Entity, can: (d: Entity) => boolean): Promise<Entity | undefined> {
  if (device.entity_type !== 'device' || can(device)) return undefined;
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: device.id, include_connected: true }, (r) => `${r.relationships.outgoing.length} outgoing links`);
  const able = linkedOutOf(details, CONTROLS, DEVICES).filter(can);
  return able.length === 1 ? able[0] : undefined;
}
