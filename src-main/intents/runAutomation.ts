// "run movie night": an automation is run through the approval service like any change, as risky as the riskiest
// device it touches. Split out of answerControl.ts.
import type { ApprovalService } from '../approvals/ApprovalService';
import { entityChangeTier } from '../tools/entityChangeTier';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { joinNames } from './AnswerBuilder';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { proposalText } from './proposalText';

export async function runAutomation(input: IntentAnswerInput, approvals: ApprovalService): Promise<string> {
  const slot = input.match.slots['automation'];
  if (slot?.type !== 'entity') return '';
  const automation = slot.entity;
  input.answer.cite(automation);
  if (automation.entity_type !== 'automation') return `${automation.name} is a ${automation.entity_type}, not something I can run.`;
  // Running a scene is as risky as the riskiest thing it touches.
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: automation.id, include_connected: true }, (r) => `${r.relationships.outgoing.length} outgoing links`);
  const affected = (details.connected_entities ?? []).filter((e) => details.relationships.outgoing.some((r) => r.relationship_type === 'automates' && r.to_entity_id === e.id));
  const risky = affected.some((d) => entityChangeTier(d, { content: { state: {} } }) === 3);
  const proposal = await approvals.create({
    conversationId: input.context.conversationId,
    correlationId: input.context.correlationId,
    proposer: 'intent-engine',
    userId: input.context.userId,
    summary: { verb: 'Run', ...(affected.length ? { detail: ` (affects ${joinNames(affected.map((a) => a.name), 6)})` } : {}) },
    targets: [{ entity: automation, patch: { content: { last_run_requested_at: new Date().toISOString() } } }],
    ...(risky ? { minTier: 3 as const } : {}),
  });
  input.answer.proposal = proposal;
  return proposalText(proposal);
}
