// "is the gate-open alert turned on?" where the rule is "Portail ouvert trop longtemps", set off by the gate motor: the
// alert is the one automation that device sets off, named in another language. Read as the gate, the question was
// answered "No — the gate is closed" while the rule is disabled. The thing said right before "alert" (with at most two
// words between, "gate open") must set off exactly one automation (setOffByDevice.ts: an edge, or a trigger naming it).
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { membersOfKind } from './kindMembers';
import type { Mention } from './mentions';
import type { Token } from './normalizeText';
import { rulesDeviceSetsOff } from './setOffByDevice';

const ALERT_WORDS: ReadonlySet<string> = new Set(['alert', 'alerts', 'notification', 'notifications']);
const MAX_BETWEEN = 2;

/** The automation mention an alert said of a device or kind stands for, when that thing sets off exactly one rule. */
export function alertOfDevice(snapshot: HomeSnapshot, tokens: readonly Token[], mentions: readonly Mention[]): Mention | undefined {
  const at = tokens.findIndex((t) => ALERT_WORDS.has(t.key));
  if (at < 0 || mentions.some((m) => at >= m.start && at < m.end)) return undefined;
  const thing = mentions.filter((m) => m.end <= at && at - m.end <= MAX_BETWEEN && (m.entities.device?.length || m.kind)).pop();
  if (!thing || mentions.some((m) => m !== thing && m.start >= thing.end && m.end <= at)) return undefined;
  const devices = thing.entities.device?.length ? thing.entities.device : thing.kind ? membersOfKind(snapshot, thing.kind) : [];
  const rules = new Set<Entity>();
  for (const device of devices) for (const rule of rulesDeviceSetsOff(snapshot, device)) rules.add(rule);
  const [rule] = rules;
  if (rules.size !== 1 || !rule) return undefined;
  return { start: thing.start, end: at + 1, text: tokens.slice(thing.start, at + 1).map((t) => t.text).join(' '), entities: { automation: [rule] } };
}
