// "what switches the geyser on", "what controls the pool pump": a device no other device controls may still be
// switched by automations and schedules (`automates` / `manages` edges into it). Saying "nothing controls it" while a
// timer switches it every morning would be a wrong none; the rules are named instead, with their triggers.
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { listOrSentence, plural } from './AnswerBuilder';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { linkedInto } from './linkedInto';
import { describeTrigger } from './triggerText';

const SWITCHING_EDGES = new Set(['automates', 'manages']);
const RULE_TYPES = new Set(['automation', 'schedule']);

/** The automations and schedules that act on the device, said as an answer; undefined when there are none. */
export async function rulesActingOn(input: IntentAnswerInput, device: Entity): Promise<string | undefined> {
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: device.id, include_connected: true }, (r) => `${r.relationships.incoming.length} incoming links`);
  const rules = linkedInto(details, SWITCHING_EDGES, RULE_TYPES);
  if (rules.length === 0) return undefined;
  input.answer.cite(device, ...rules);
  const lines = rules.map((e) => (e.entity_type === 'automation' && describeTrigger(e) ? `${e.name} (${describeTrigger(e)})` : e.name));
  return listOrSentence(`No device controls ${device.name}, but ${plural(rules.length, 'automation or schedule switches', 'automations and schedules switch')} it:`, lines);
}
