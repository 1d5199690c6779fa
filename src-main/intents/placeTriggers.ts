// "which automations are in Obaachan's room": a room none acts on still has automations when a device there sets one
// off (a call button, a watch-over sensor: `triggered_by` edges). "No automations act on it" hid those: a wrong none.
// The edges come from the snapshot (setOffByDevice.ts, round 44): no store read per device and question. Round 46:
// a rule whose trigger names the device whole ({"window": "Room 6 Velux"}) is set off by it too, edge or none.
import type { Entity } from '../../src-shared/protocol/entities';
import { joinNames } from './AnswerBuilder';
import { devicesWithin } from './placeClaims';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { rulesDeviceSetsOff } from './setOffByDevice';

/**
 * The automations the devices in the place set off, each once with the devices that set it off ("Leak shutoff (set
 * off by Boiler leak sensor and Washer leak sensor)"), or none. Round 45: an automation two devices set off was said
 * twice and counted as two.
 */
export function automationsSetOffIn(input: IntentAnswerInput, place: Entity, except: ReadonlySet<string> = new Set()): string | undefined {
  const byRule = new Map<string, { rule: Entity; devices: Entity[] }>();
  for (const device of devicesWithin(input.snapshot, place)) {
    for (const rule of rulesDeviceSetsOff(input.snapshot, device)) {
      if (except.has(rule.id)) continue;
      const entry = byRule.get(rule.id) ?? { rule, devices: [] };
      byRule.set(rule.id, entry);
      if (!entry.devices.includes(device)) entry.devices.push(device);
    }
  }
  if (byRule.size === 0) return undefined;
  const setOff = [...byRule.values()];
  input.answer.cite(...setOff.flatMap(({ rule, devices }) => [rule, ...devices]));
  const said = setOff.map(({ rule, devices }) => `${rule.name} (set off by ${joinNames(devices.map((d) => d.name))})`);
  return `devices there set off ${said.length === 1 ? 'this automation' : `${said.length} automations`}: ${joinNames(said)}.`;
}
