// "which automations are in Obaachan's room": a room none acts on still has automations when a device there sets one
// off (a call button, a watch-over sensor: `triggered_by` edges). "No automations act on it" hid those: a wrong none.
// The edges come from the snapshot (setOffByDevice.ts, round 44): no store read per device and question.
import type { Entity } from '../../src-shared/protocol/entities';
import { joinNames } from './AnswerBuilder';
import { devicesWithin } from './placeClaims';
import type { IntentAnswerInput } from './IntentAnswerInput';

/**
 * The automations the devices in the place set off, each with its device ("Obaachan Call (呼び出しボタン)"), or none.
 * An automation two devices there set off is said with each of them, as when each device's links were read apart.
 */
export function automationsSetOffIn(input: IntentAnswerInput, place: Entity, except: ReadonlySet<string> = new Set()): string | undefined {
  const said: string[] = [];
  const cited: Entity[] = [];
  for (const device of devicesWithin(input.snapshot, place)) {
    for (const rule of input.snapshot.setOffBy.get(device.id) ?? []) {
      if (except.has(rule.id)) continue;
      cited.push(rule, device);
      said.push(`${rule.name} (set off by ${device.name})`);
    }
  }
  if (said.length === 0) return undefined;
  input.answer.cite(...cited);
  return `devices there set off ${said.length === 1 ? 'this automation' : `${said.length} automations`}: ${joinNames(said)}.`;
}
