// "which automations are in Obaachan's room": a room none acts on still has automations when a device there sets one
// off (a call button, a watch-over sensor: `triggered_by` edges). "No automations act on it" hid those: a wrong none.
import type { Entity } from '../../src-shared/protocol/entities';
import { joinNames } from './AnswerBuilder';
import { detailsOf } from './deviceOversight';
import { devicesWithin } from './placeClaims';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { linkedInto } from './linkedInto';

const TRIGGERED: ReadonlySet<string> = new Set(['triggered_by']);
const AUTOMATION: ReadonlySet<string> = new Set(['automation']);

/** The automations the devices in the place set off, each with its device ("Obaachan Call (呼び出しボタン)"), or none. */
export async function automationsSetOffIn(input: IntentAnswerInput, place: Entity, except: ReadonlySet<string> = new Set()): Promise<string | undefined> {
  const said: string[] = [];
  const cited: Entity[] = [];
  for (const device of devicesWithin(input.snapshot, place)) {
    for (const rule of linkedInto(await detailsOf(input, device), TRIGGERED, AUTOMATION)) {
      if (cited.includes(rule) || except.has(rule.id)) continue;
      cited.push(rule, device);
      said.push(`${rule.name} (set off by ${device.name})`);
    }
  }
  if (said.length === 0) return undefined;
  input.answer.cite(...cited);
  return `devices there set off ${said.length === 1 ? 'this automation' : `${said.length} automations`}: ${joinNames(said)}.`;
}
