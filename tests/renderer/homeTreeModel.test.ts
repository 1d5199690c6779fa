import { describe, expect, it } from 'vitest';
import type { HomeTree } from '../../src-preload/contract';
import { buildTreeModel, flattenVisible, pathTo, treeKeyAction } from '../../src-renderer/features/home/homeTreeModel';
import { deviceBadges } from '../../src-renderer/features/home/deviceBadges';

const v = '2026-06-15T09:41:02.581234+00:00-000417-alice';
const tree: HomeTree = {
  homes: [],
  zones: [{ id: 'z1', name: 'Ground floor', entity_type: 'zone', version: v, rooms: [
    { id: 'r2', name: 'Kitchen', entity_type: 'room', version: v, devices: [{ id: 'd1', name: 'Pendant', entity_type: 'device', version: v }, { id: 'd2', name: 'Ceiling Light', entity_type: 'device', version: v }] },
    { id: 'r1', name: 'Garage', entity_type: 'room', version: v, devices: [] },
  ] }],
  unzonedRooms: [{ id: 'r3', name: 'Shed', entity_type: 'room', version: v, devices: [] }],
  unplacedDevices: [],
  others: { procedure: [{ id: 'p1', name: 'Reset schedule', entity_type: 'procedure', version: v }] },
};

describe('home tree model', () => {
  const nodes = buildTreeModel(tree);

  it('sorts rooms and devices by name and groups rooms without a zone and other entity types', () => {
    expect(nodes.map((n) => n.label)).toEqual(['Ground floor', 'Other rooms', 'Procedures']);
    expect(nodes[0]?.children.map((n) => n.label)).toEqual(['Garage', 'Kitchen']);
    expect(nodes[0]?.children[1]?.children.map((n) => n.label)).toEqual(['Ceiling Light', 'Pendant']);
  });

  it('shows only expanded branches and finds the path to a device', () => {
    expect(flattenVisible(nodes, new Set()).map((x) => x.node.id)).toEqual(['z1', 'group:unzoned', 'group:type:procedure']);
    expect(flattenVisible(nodes, new Set(['z1', 'r2'])).map((x) => `${x.level}:${x.node.id}`)).toEqual(['1:z1', '2:r1', '2:r2', '3:d2', '3:d1', '1:group:unzoned', '1:group:type:procedure']);
    expect(pathTo(nodes, 'd1')).toEqual(['z1', 'r2']);
    expect(pathTo(nodes, 'nope')).toBeNull();
  });

  it('follows the ARIA tree keys: down/up move, right expands then enters, left collapses then goes to the parent', () => {
    const expanded = new Set(['z1']);
    const visible = flattenVisible(nodes, expanded);
    expect(treeKeyAction(visible, expanded, 'z1', 'ArrowDown')).toEqual({ type: 'focus', id: 'r1' });
    expect(treeKeyAction(visible, expanded, 'r1', 'ArrowUp')).toEqual({ type: 'focus', id: 'z1' });
    expect(treeKeyAction(visible, expanded, 'r2', 'ArrowRight')).toEqual({ type: 'expand', id: 'r2' });
    expect(treeKeyAction(visible, expanded, 'z1', 'ArrowRight')).toEqual({ type: 'focus', id: 'r1' });
    expect(treeKeyAction(visible, expanded, 'z1', 'ArrowLeft')).toEqual({ type: 'collapse', id: 'z1' });
    expect(treeKeyAction(visible, expanded, 'r1', 'ArrowLeft')).toEqual({ type: 'focus', id: 'z1' });
    expect(treeKeyAction(visible, expanded, 'r1', 'Enter')).toEqual({ type: 'activate', id: 'r1' });
    expect(treeKeyAction(visible, expanded, 'z1', 'End')).toEqual({ type: 'focus', id: 'group:type:procedure' });
  });
});

describe('device badges', () => {
  it('reads the common state spellings', () => {
    expect(deviceBadges({ state: { power: 'on', level: 40 } })).toEqual([{ key: 'power', label: 'On 40%', tone: 'on' }]);
    expect(deviceBadges({ state: { locked: false, battery: 12 } }).map((b) => b.label)).toEqual(['Unlocked', 'Battery 12%']);
    expect(deviceBadges({ state: { contact: 'closed' } }).map((b) => b.label)).toEqual(['Closed']);
    expect(deviceBadges({})).toEqual([]);
  });
});
