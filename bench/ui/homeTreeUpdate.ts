// Home browser after one device changes, on a large home (10 zones, 300 rooms, 6 000 devices, 2 000 notes):
// before = what the renderer did on every home.didChange (home.getTree, then the whole tree model rebuilt);
// after = home.getTreeEntries for the changed id, applyTreeEntries, and the tree model rebuilt with its node cache
// (only the changed branch is new). Both go through the real contract dispatch in-process; the transport's JSON
// round trip is included (its payload size is printed). Run:
//   npx vitest run --config bench/ui/homeTree.vitest.config.ts
// Prints the figures; writes nothing (the machine is shared: figures go in the commit message with the load).
import { loadavg } from 'node:os';
import { expect, it } from 'vitest';
import type { HomeTree, TreeEntryView } from '../../src-preload/contract';
import { applyTreeEntries } from '../../src-renderer/features/home/applyTreeEntries';
import { buildTreeModel, type TreeModelCache } from '../../src-renderer/features/home/homeTreeModel';
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import { formatVersion } from '../../src-shared/protocol/version';
import { callOk, createTestServices } from '../../tests/support/createTestServices';

const ZONES = 10;
const ROOMS = 300;
const DEVICES = 6_000;
const NOTES = 2_000;
const CHANGES = 40;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function generate(): { entities: Entity[]; relationships: Relationship[] } {
  const base = Date.parse('2026-06-01T00:00:00Z') * 1000;
  let n = 0;
  const entity = (entity_type: Entity['entity_type'], name: string, content: Record<string, unknown> = {}): Entity => ({
    id: `tree-${entity_type}-${n}`, version: formatVersion(base + n, n++, 'bench'), entity_type, name, content, source_type: 'generated', user_id: 'bench', parent_versions: [],
  });
  const zones = Array.from({ length: ZONES }, (_, i) => entity('zone', `Zone ${i}`));
  const rooms = Array.from({ length: ROOMS }, (_, i) => entity('room', `Room ${i}`));
  const devices = Array.from({ length: DEVICES }, (_, i) => entity('device', `Device ${i}`, { type: 'light', state: { power: 'off', level: i % 100 } }));
  const notes = Array.from({ length: NOTES }, (_, i) => entity('note', `Note ${i}`, { text: 'x' }));
  const edge = (from: Entity, to: Entity, i: number): Relationship => ({
    id: `tree-edge-${i}`, from_entity_id: from.id, from_entity_version: from.version, to_entity_id: to.id, to_entity_version: to.version, relationship_type: 'located_in', properties: {},
  });
  const relationships = [
    ...rooms.map((r, i) => edge(r, zones[i % ZONES] as Entity, i)),
    ...devices.map((d, i) => edge(d, rooms[i % ROOMS] as Entity, ROOMS + i)),
  ];
  return { entities: [...zones, ...rooms, ...devices, ...notes], relationships };
}

it('patches one branch instead of reloading the whole tree', async () => {
  const t = await createTestServices({ loadDemoHome: false });
  try {
    const home = generate();
    await t.services.store.applyChanges({ entities: home.entities, relationships: home.relationships, pending: false });
    const devices = home.entities.filter((e) => e.entity_type === 'device');
    const roundTrip = <T>(value: T): { value: T; bytes: number } => {
      const json = JSON.stringify(value);
      return { value: JSON.parse(json) as T, bytes: json.length };
    };
    const change = async (i: number): Promise<string> => {
      const device = devices[(i * 37) % devices.length] as Entity;
      const current = (await t.services.store.getEntity(device.id)) as Entity;
      await t.services.store.applyChanges({ entities: [{ ...current, version: formatVersion(Date.parse('2026-07-01T00:00:00Z') * 1000 + i, i, 'bench'), parent_versions: [current.version], content: { ...current.content, state: { power: 'on', level: i } } }], pending: true });
      return device.id;
    };

    // Before: every change reloads and rebuilds the whole tree.
    const full: number[] = [];
    let fullBytes = 0;
    for (let i = 0; i < CHANGES; i++) {
      await change(i);
      const started = performance.now();
      const { value: tree, bytes } = roundTrip(await callOk(t, 'home.getTree', {}));
      buildTreeModel(tree);
      full.push(performance.now() - started);
      fullBytes = bytes;
    }

    // After: the changed id's entry, patched into the tree the renderer holds, nodes of other branches reused.
    let tree: HomeTree = roundTrip(await callOk(t, 'home.getTree', {})).value;
    const cache: TreeModelCache = new WeakMap();
    let nodes = buildTreeModel(tree, cache);
    const patch: number[] = [];
    const patchMain: number[] = [];
    let patchBytes = 0;
    let reused = 0;
    for (let i = CHANGES; i < 2 * CHANGES; i++) {
      const id = await change(i);
      const started = performance.now();
      const { value: entries, bytes } = roundTrip<TreeEntryView[]>(await callOk(t, 'home.getTreeEntries', { ids: [id] }));
      patchMain.push(performance.now() - started);
      const patched = applyTreeEntries(tree, entries);
      if (!patched) throw new Error('a device change must patch');
      const next = buildTreeModel(patched, cache);
      patch.push(performance.now() - started);
      reused = next.filter((n, k) => n === nodes[k]).length;
      tree = patched;
      nodes = next;
      patchBytes = bytes;
    }
    const fresh = await callOk(t, 'home.getTree', {});
    expect(tree).toEqual(fresh);

    const fmt = (v: number) => `${v.toFixed(2)} ms`;
    console.log(
      [
        `home tree update after one device change (${ZONES} zones, ${ROOMS} rooms, ${DEVICES} devices, ${NOTES} notes; ${CHANGES} changes each; load ${loadavg().map((l) => l.toFixed(2)).join(' ')})`,
        `  before (getTree + full rebuild):      p50 ${fmt(percentile(full, 50))}  p95 ${fmt(percentile(full, 95))}  payload ${fullBytes} bytes`,
        `  after (getTreeEntries + patch):       p50 ${fmt(percentile(patch, 50))}  p95 ${fmt(percentile(patch, 95))}  payload ${patchBytes} bytes (main's part p50 ${fmt(percentile(patchMain, 50))})`,
        `  top-level nodes reused after a patch: ${reused} of ${nodes.length}`,
      ].join('\n'),
    );
  } finally {
    await t.cleanup();
  }
});
