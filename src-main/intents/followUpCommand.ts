// "turn on the terrace light" … "and the garden lights": an elliptical follow-up to a command asks for the other
// devices, so a group it names (the lights of a yard that also holds the terrace light) leaves out what the last
// command was already about. Only when something is left; the devices are those of the kind in the place said.
import type { Entity } from '../../src-shared/protocol/entities';
import type { Focus } from './ConversationFocus';
import { devicesWithin, type HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { membersOfKind } from './kindMembers';

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
