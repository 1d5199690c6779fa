// State questions, answered from `content.state` of the local graph and always labelled with how fresh it is.
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { joinNames } from './AnswerBuilder';
import { withFreshness } from './answerText';
import { answerDevicesOfKind } from './answerStateGroups';
import { deviceType } from './deviceKinds';
import { entitySlot, said, stateOf, type IntentAnswerInput } from './IntentAnswerInput';

/** The device that answers for a door or window: its lock (part_of) or its contact sensor (monitors). */
async function partner(input: IntentAnswerInput, subject: Entity, want: 'lock' | 'sensor'): Promise<Entity | undefined> {
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: subject.id, include_connected: true }, (r) => `${r.relationships.incoming.length} incoming links`);
  const byId = new Map((details.connected_entities ?? []).map((e) => [e.id, e]));
  const type = want === 'lock' ? 'part_of' : 'monitors';
  for (const edge of details.relationships.incoming) {
    const other = byId.get(edge.from_entity_id);
    if (edge.relationship_type === type && other?.entity_type === 'device') return other;
  }
  return undefined;
}

export async function stateOpen(input: IntentAnswerInput): Promise<string> {
  const subject = entitySlot(input.match, 'device');
  if (!subject) return '';
  let reader = subject;
  if (subject.entity_type !== 'device') reader = (await partner(input, subject, 'sensor')) ?? subject;
  const state = stateOf(reader);
  const value = state['door'] ?? state['contact'] ?? state['valve'] ?? state['position'] ?? state['window'];
  input.answer.cite(subject, reader);
  if (typeof value !== 'string') return withFreshness(`I have no open/closed reading for ${subject.name}.`, input.context.freshness.label);
  const via = reader.id !== subject.id ? ` (by ${reader.name})` : '';
  return withFreshness(`${subject.name} is ${value}${via}.`, input.context.freshness.label);
}

export async function stateLocked(input: IntentAnswerInput): Promise<string> {
  const subject = entitySlot(input.match, 'device');
  if (!subject) {
    const locks = input.snapshot.devices.filter((d) => typeof stateOf(d)['lock'] === 'string');
    input.answer.cite(...locks);
    if (locks.length === 0) return 'There are no locks with a known state.';
    const open = locks.filter((l) => stateOf(l)['lock'] !== 'locked');
    const text = open.length === 0
      ? `All ${locks.length} locks are locked: ${joinNames(locks.map((l) => l.name))}.`
      : `${joinNames(open.map((l) => l.name))} ${open.length === 1 ? 'is' : 'are'} not locked; ${locks.length - open.length} of ${locks.length} locks are locked.`;
    return withFreshness(text, input.context.freshness.label);
  }
  const lock = subject.entity_type === 'device' ? subject : await partner(input, subject, 'lock');
  input.answer.cite(subject, lock);
  const value = lock ? stateOf(lock)['lock'] : undefined;
  if (!lock || typeof value !== 'string') return withFreshness(`I have no lock reading for ${subject.name}.`, input.context.freshness.label);
  const via = lock.id !== subject.id ? ` (${lock.name})` : '';
  return withFreshness(`${subject.name} is ${value}${via}.`, input.context.freshness.label);
}

export async function stateOn(input: IntentAnswerInput): Promise<string> {
  const device = entitySlot(input.match, 'device');
  if (!device) return '';
  input.answer.cite(device);
  const state = stateOf(device);
  const power = state['power'] ?? state['playback'] ?? state['status'] ?? state['cycle'];
  if (typeof power !== 'string') return withFreshness(`I have no on/off reading for ${device.name}.`, input.context.freshness.label);
  const level = typeof state['level'] === 'number' && power === 'on' ? ` at ${state['level']}%` : '';
  return withFreshness(`${device.name} is ${power}${level}.`, input.context.freshness.label);
}

export async function kindOn(input: IntentAnswerInput): Promise<string> {
  return answerDevicesOfKind(input, said(input.match, 'off') ? 'off' : 'on');
}

export async function setpoint(input: IntentAnswerInput): Promise<string> {
  const device = entitySlot(input.match, 'device');
  if (!device) return '';
  input.answer.cite(device);
  const state = stateOf(device);
  const target = state['setpoint_c'] ?? state['temperature_c'];
  if (typeof target !== 'number') return withFreshness(`${device.name} has no temperature setting.`, input.context.freshness.label);
  const parts = [`${device.name} is set to ${target}°C`];
  if (typeof state['mode'] === 'string') parts.push(`in ${state['mode']} mode`);
  let text = parts.join(' ');
  if (typeof state['current_c'] === 'number') text += `; it is ${state['current_c']}°C now`;
  return withFreshness(`${text}.`, input.context.freshness.label);
}

export async function deviceState(input: IntentAnswerInput): Promise<string> {
  const device = entitySlot(input.match, 'device');
  if (!device) return '';
  input.answer.cite(device);
  const state = stateOf(device);
  const parts = Object.entries(state).map(([k, v]) => `${k.replace(/_/g, ' ')} ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
  const battery = device.content['battery_pct'];
  if (typeof battery === 'number') parts.push(`battery ${battery}%`);
  if (parts.length === 0) return withFreshness(`I have no state reading for ${device.name}${deviceType(device) ? ` (${deviceType(device).replace(/_/g, ' ')})` : ''}.`, input.context.freshness.label);
  return withFreshness(`${device.name}: ${parts.join(', ')}.`, input.context.freshness.label);
}

