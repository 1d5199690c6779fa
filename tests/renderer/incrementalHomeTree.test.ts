// Incremental home tree: a change to one entity patches one branch (every other zone, room and tree node keeps its
// identity), moves and deletions land where a reload would put them, and a burst of changes becomes one request.
import { describe, expect, it } from 'vitest';
import type { DeviceSummary, HomeTree, TreeEntryView } from '../../src-preload/contract';
import type { Call } from '../../src-renderer/bridge/createCall';
import { applyTreeEntries } from '../../src-renderer/features/home/applyTreeEntries';
import { createHomeStore } from '../../src-renderer/features/home/homeStore';
import { buildTreeModel, type TreeModelCache } from '../../src-renderer/features/home/homeTreeModel';

const ref = (id: string, entity_type: 'zone' | 'room' | 'note' | 'home') => ({ id, name: id, entity_type, version: 'v1' });
const device = (id: string, state: Record<string, unknown> = { power: 'off' }): DeviceSummary => ({ id, name: id, entity_type: 'device', version: 'v1', kind: 'light', state });
const entry = (id: string, entity: DeviceSummary | ReturnType<typeof ref> | null, parentIds: string[] = []): TreeEntryView => ({ id, entity, parentIds });

function sampleTree(): HomeTree {
  return {
    homes: [ref('Home', 'home')],
    zones: [
      { ...ref('Downstairs', 'zone'), rooms: [{ ...ref('Kitchen', 'room'), devices: [device('Kitchen lamp'), device('Oven')] }, { ...ref('Lounge', 'room'), devices: [device('TV')] }] },
      { ...ref('Upstairs', 'zone'), rooms: [{ ...ref('Study', 'room'), devices: [device('Desk lamp')] }] },
    ],
    unzonedRooms: [{ ...ref('Garage', 'room'), devices: [] }],
    unplacedDevices: [device('Spare bulb')],
    others: { note: [ref('Boiler note', 'note')] },
  };
}

describe('applying changes by id', () => {
  it('a device change patches only its branch, down to the tree nodes', () => {
    const tree = sampleTree();
    const cache: TreeModelCache = new WeakMap();
    const before = buildTreeModel(tree, cache);
    const patched = applyTreeEntries(tree, [entry('Oven', device('Oven', { power: 'on' }), ['Kitchen'])]);
    if (!patched) throw new Error('expected a patch');
    expect(patched.zones[1]).toBe(tree.zones[1]);
    expect(patched.zones[0]?.rooms[1]).toBe(tree.zones[0]?.rooms[1]);
    expect(patched.zones[0]?.rooms[0]?.devices[0]).toBe(tree.zones[0]?.rooms[0]?.devices[0]);
    expect(patched.unzonedRooms).toBe(tree.unzonedRooms);
    expect(patched.unplacedDevices).toBe(tree.unplacedDevices);
    expect(patched.zones[0]?.rooms[0]?.devices[1]?.state).toEqual({ power: 'on' });

    const after = buildTreeModel(patched, cache);
    const [downBefore, upBefore] = before;
    const [downAfter, upAfter] = after;
    expect(upAfter).toBe(upBefore); // the other zone's node, reused
    expect(downAfter).not.toBe(downBefore);
    expect(downAfter?.children[1]).toBe(downBefore?.children[1]); // the Lounge, reused
    expect(downAfter?.children[0]).not.toBe(downBefore?.children[0]); // the Kitchen, rebuilt
    expect(downAfter?.children[0]?.children[0]).toBe(downBefore?.children[0]?.children[0]); // its lamp, reused
    expect(after.slice(2)).toEqual(before.slice(2));
  });

  it('moves, adds and deletes land where a reload would put them', () => {
    const tree = sampleTree();
    const moved = applyTreeEntries(tree, [
      entry('TV', device('TV'), ['Study']),
      entry('Spare bulb', device('Spare bulb'), ['Garage']),
      entry('Desk lamp', null),
      entry('New sensor', device('New sensor'), []),
      entry('Kitchen', { ...ref('Kitchen', 'room'), name: 'Big kitchen' }, ['Upstairs']),
      entry('Boiler note', null),
      entry('Never seen', null),
    ]);
    expect(moved).toEqual({
      homes: [ref('Home', 'home')],
      zones: [
        { ...ref('Downstairs', 'zone'), rooms: [{ ...ref('Lounge', 'room'), devices: [] }] },
        { ...ref('Upstairs', 'zone'), rooms: [{ ...ref('Kitchen', 'room'), name: 'Big kitchen', devices: [device('Kitchen lamp'), device('Oven')] }, { ...ref('Study', 'room'), devices: [device('TV')] }] },
      ],
      unzonedRooms: [{ ...ref('Garage', 'room'), devices: [device('Spare bulb')] }],
      unplacedDevices: [device('New sensor')],
      others: { note: [] },
    });
  });

  it('asks for a reload when a zone or room goes, or an entity changes type', () => {
    expect(applyTreeEntries(sampleTree(), [entry('Study', null)])).toBeNull();
    expect(applyTreeEntries(sampleTree(), [entry('Upstairs', null)])).toBeNull();
    expect(applyTreeEntries(sampleTree(), [entry('Garage', ref('Garage', 'note'))])).toBeNull();
  });
});

describe('the home store', () => {
  function harness() {
    const calls: Array<{ name: string; args: unknown }> = [];
    const timers: Array<() => void> = [];
    const call = (async (name: string, args: unknown) => {
      calls.push({ name, args });
      if (name === 'home.getTree') return sampleTree();
      if (name === 'home.getTreeEntries') return (args as { ids: string[] }).ids.map((id) => entry(id, device(id, { power: 'on' }), ['Kitchen']));
      throw new Error(`unexpected ${name}`);
    }) as unknown as Call;
    const home = createHomeStore(call, { setTimer: (run) => timers.push(run) });
    return { home, calls, timers };
  }

  it('coalesces a burst into one request for the changed ids and patches the tree', async () => {
    const { home, calls, timers } = harness();
    await home.getState().loadTree();
    const studyNode = home.getState().nodes[1];
    for (let i = 0; i < 30; i++) home.getState().onHomeChanged([i % 2 ? 'Oven' : 'Kitchen lamp']);
    expect(timers).toHaveLength(1);
    timers.shift()?.();
    await home.getState().flushChanges();
    expect(calls.map((c) => c.name)).toEqual(['home.getTree', 'home.getTreeEntries']);
    expect(calls[1]?.args).toEqual({ ids: ['Kitchen lamp', 'Oven'] });
    expect(home.getState().tree?.zones[0]?.rooms[0]?.devices.map((d) => d.state)).toEqual([{ power: 'on' }, { power: 'on' }]);
    expect(home.getState().nodes[1]).toBe(studyNode);
  });

  it('reloads the whole tree when the change does not say which entities, or placements moved', async () => {
    const { home, calls, timers } = harness();
    await home.getState().loadTree();
    home.getState().onHomeChanged([]);
    timers.shift()?.();
    await home.getState().flushChanges();
    home.getState().onHomeChanged(['Oven'], ['rel-1']);
    timers.shift()?.();
    await home.getState().flushChanges();
    expect(calls.map((c) => c.name)).toEqual(['home.getTree', 'home.getTree', 'home.getTree']);
  });
});
