// Round 44, speed: "what automations run in the hallway" asked the store for every device's links (one
// get_entity_details read of three queries per device, per question) only to find the automations a `triggered_by`
// edge says each one sets off. Those edges change only with the graph, so the snapshot reads them once (HomeIndex.ts).
// Round 46: "the rules a device sets off" had three meanings (the edges here, the edges plus a trigger whose `device`
// is the name, a trigger whose text contains the name); `rulesSetOffBy` is the one all answers use.
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import { byName } from '../tools/entitySummary';
import { phraseKey } from './kindLexicon';
import type { HomeSnapshot } from './homeSnapshot';
import { perSnapshot } from './perSnapshot';

/** The edge from an automation to the device that sets it off. */
export const SET_OFF_EDGES = ['triggered_by'] as const;

/**
 * Device id → the automations it sets off, each once, ordered as get_entity_details orders what it connects (by
 * name, then id), so an answer lists them as it did when it read each device's links.
 */
export function automationsSetOffBy(edges: readonly Relationship[], byId: ReadonlyMap<string, Entity>): Map<string, Entity[]> {
  const byDevice = new Map<string, Entity[]>();
  for (const edge of edges) {
    const rule = byId.get(edge.from_entity_id);
    const device = byId.get(edge.to_entity_id);
    if (!rule || !device || rule.id === device.id || rule.entity_type !== 'automation' || !SET_OFF_EDGES.some((t) => t === edge.relationship_type)) continue;
    addRule(byDevice, device.id, rule);
  }
  for (const list of byDevice.values()) list.sort(byName);
  return byDevice;
}

function addRule(byDevice: Map<string, Entity[]>, deviceId: string, rule: Entity): void {
  const list = byDevice.get(deviceId);
  if (!list) byDevice.set(deviceId, [rule]);
  else if (!list.includes(rule)) list.push(rule);
}

/** Every string a trigger holds, in its fields and lists ({"devices": ["Front Room Radiator", …]}). */
function triggerStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) triggerStrings(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) triggerStrings(item, into);
  return into;
}

/** What a trigger can name as the thing that sets it off (doors too: "front door left open"). */
const SET_OFF_TYPES: ReadonlySet<string> = new Set(['device', 'door', 'window']);

/**
 * Device id → the automations it sets off: by a `triggered_by` edge, or by a trigger that names the device (a field
 * or list item that is the device's name, {"device": "Portón de la finca"}, {"window": "Room 6 Velux"}), each once,
 * by name. A name inside a longer one ("Dryer" in "Boot dryer") is another device, not this one.
 */
export const rulesSetOffBy = perSnapshot((snapshot: HomeSnapshot): ReadonlyMap<string, readonly Entity[]> => {
  const byDevice = new Map<string, Entity[]>();
  for (const [deviceId, rules] of snapshot.setOffBy) for (const rule of rules) addRule(byDevice, deviceId, rule);
  const rules = snapshot.automations.filter((a) => a.entity_type === 'automation' && a.content['trigger'] !== undefined);
  const rulesByKey = new Map<string, Entity[]>();
  for (const rule of rules) {
    for (const said of triggerStrings(rule.content['trigger'])) {
      const key = phraseKey(said);
      if (!key) continue;
      const list = rulesByKey.get(key);
      if (!list) rulesByKey.set(key, [rule]);
      else if (!list.includes(rule)) list.push(rule);
    }
  }
  for (const device of snapshot.byId.values()) {
    if (!SET_OFF_TYPES.has(device.entity_type)) continue;
    for (const rule of rulesByKey.get(phraseKey(device.name)) ?? []) addRule(byDevice, device.id, rule);
  }
  for (const list of byDevice.values()) list.sort(byName);
  return byDevice;
});

/** The automations the device sets off (rulesSetOffBy). */
export function rulesDeviceSetsOff(snapshot: HomeSnapshot, device: Entity): readonly Entity[] {
  return rulesSetOffBy(snapshot).get(device.id) ?? [];
}
