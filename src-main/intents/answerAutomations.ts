// Automation questions the templates had no way in for: every automation of the home, and what one automation acts
// on ("What does Vacation Mode manage?"), from its outgoing automates/controls/manages edges and its trigger.
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { joinNames, listOrSentence, plural } from './AnswerBuilder';
import { entitySlot, type IntentAnswerInput } from './IntentAnswerInput';

const ACTS_ON = new Set(['automates', 'controls', 'manages', 'triggered_by', 'depends_on', 'monitors']);

export async function listAutomations(input: IntentAnswerInput): Promise<string> {
  const all = [...input.snapshot.automations].sort((a, b) => a.name.localeCompare(b.name));
  input.answer.cite(...all);
  if (all.length === 0) return 'There are no automations or schedules in this home.';
  const automations = all.filter((a) => a.entity_type === 'automation');
  const schedules = all.filter((a) => a.entity_type === 'schedule');
  const parts: string[] = [];
  if (automations.length) parts.push(listOrSentence(`${plural(automations.length, 'automation', 'automations')}:`, automations.map(describe)));
  if (schedules.length) parts.push(listOrSentence(`${plural(schedules.length, 'schedule', 'schedules')}:`, schedules.map(describe)));
  return parts.join('\n');
}

export async function automationTargets(input: IntentAnswerInput): Promise<string> {
  const automation = entitySlot(input.match, 'automation');
  if (!automation) return '';
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: automation.id, include_connected: true }, (r) => `${r.relationships.outgoing.length} outgoing links`);
  const byId = new Map((details.connected_entities ?? []).map((e) => [e.id, e]));
  const targets: Entity[] = [];
  for (const edge of details.relationships.outgoing) {
    const to = byId.get(edge.to_entity_id);
    if (to && ACTS_ON.has(edge.relationship_type) && !targets.includes(to)) targets.push(to);
  }
  input.answer.cite(automation, ...targets);
  const trigger = describeTrigger(automation);
  if (targets.length === 0) return `The home graph doesn't link ${automation.name} to any device${trigger ? `; ${trigger}` : ''}.`;
  const lines = targets.map((t) => {
    const where = input.snapshot.placeOfDevice.get(t.id);
    return where ? `${t.name} (${where.name})` : t.name;
  });
  const head = `${automation.name} acts on ${plural(targets.length, 'thing', 'things')}${trigger ? ` (${trigger})` : ''}:`;
  return targets.length <= 4 ? `${head} ${joinNames(lines)}.` : listOrSentence(head, lines);
}

function describeTrigger(automation: Entity): string {
  const parts: string[] = [];
  for (const field of ['trigger', 'time', 'when', 'schedule']) {
    const v = automation.content[field];
    if (typeof v === 'string' && v.trim()) parts.push(`${field === 'trigger' ? 'runs on' : field}: ${v.replace(/_/g, ' ')}`);
  }
  const days = automation.content['days'];
  if (Array.isArray(days) && days.length) parts.push(days.join(', '));
  return parts.join(', ');
}

function describe(automation: Entity): string {
  const trigger = describeTrigger(automation);
  const text = automation.content['description'];
  const extra = [trigger, typeof text === 'string' ? text : ''].filter(Boolean).join('; ');
  return extra ? `${automation.name} (${extra})` : automation.name;
}
