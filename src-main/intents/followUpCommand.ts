// "turn on the terrace light" … "and the garden lights": an elliptical follow-up to a command asks for the other
// devices, so a group it names (the lights of a yard that also holds the terrace light) leaves out what the last
// command was already about. Only when something is left; the devices are those of the kind in the place said.
import type { Entity } from '../../src-shared/protocol/entities';
import type { Focus } from './ConversationFocus';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import type { IntentMatch } from './IntentEngine';
import { membersOfKind } from './kindMembers';
import { actionSpec } from './controlActions';
import { takesTemperature } from './setpointField';

export function besidesTheLast(match: IntentMatch, focus: Focus, snapshot: HomeSnapshot): IntentMatch {
  const target = match.slots['target'];
  if (match.category !== 'control' || target?.type !== 'group' || !target.kind || !target.place) return match;
  const before = new Set(focus.subjects.filter((e) => e.entity_type === 'device').map((e) => e.id));
  if (before.size === 0) return match;
  const there = new Set(devicesWithin(snapshot, target.place));
  const group: Entity[] = target.devices ?? membersOfKind(snapshot, target.kind).filter((d) => there.has(d));
  const others = group.filter((d) => !before.has(d.id));
  if (others.length === 0 || others.length === group.length) return match;
  return { ...match, slots: { ...match.slots, target: { ...target, devices: others } } };
}

/**
 * "et son humidificateur?" right after "baisse-la à 5%" about her nightlight: the last command put onto what the
 * fragment names is no reading when nothing named can do it (a humidifier has no brightness); the fragment is then a
 * question about that thing, not "None of the humidifiers can do that".
 */
export function commandNoneCanDo(match: IntentMatch, snapshot: HomeSnapshot): boolean {
  const target = match.slots['target'];
  // A setpoint's range is read with the whole answer input (the home's unit, the number said): left to its answer.
  if (match.category !== 'control' || match.intent === 'set_temperature') return false;
  const spec = actionSpec(match.intent, { match, snapshot });
  if (typeof spec === 'string') return false;
  // "set it to 21" about a heater is read as a level, then answered as its setpoint (answerControl's resolveSetIntent).
  const can = (d: Entity): boolean => spec.can(d) || (match.intent === 'set_level' && takesTemperature(d));
  if (target?.type === 'entity') return target.entity.entity_type === 'device' && !can(target.entity);
  if (target?.type !== 'group' || !target.kind) return false;
  const there = target.place ? new Set(devicesWithin(snapshot, target.place)) : undefined;
  const group = target.devices ?? membersOfKind(snapshot, target.kind).filter((d) => !there || there.has(d));
  return group.length > 0 && !group.some(can);
}
