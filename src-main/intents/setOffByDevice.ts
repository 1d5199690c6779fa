// Round 44, speed: "what automations run in the hallway" asked the store for every device's links (one
// get_entity_details read of three queries per device, per question) only to find the automations a `triggered_by`
// edge says each one sets off. Those edges change only with the graph, so the snapshot reads them once (HomeIndex.ts).
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import { byName } from '../tools/entitySummary';

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
    const list = byDevice.get(device.id);
    if (!list) byDevice.set(device.id, [rule]);
    else if (!list.includes(rule)) list.push(rule);
  }
  for (const list of byDevice.values()) list.sort(byName);
  return byDevice;
}
