// Incremental home tree, main side: home.didChange carries the changed ids, home.getTreeEntries answers for them, and
// the tree patched with those entries (the renderer's applyTreeEntries) equals a fresh home.getTree.
import { afterEach, expect, it } from 'vitest';
import type { HomeTree } from '../../../src-preload/contract';
import { applyTreeEntries } from '../../../src-renderer/features/home/applyTreeEntries';
import { VersionClock } from '../../../src-shared/protocol/version';
import { callOk, createTestServices, type TestServices } from '../../support/createTestServices';

let t: TestServices | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const devices = (tree: HomeTree) => [...tree.zones.flatMap((z) => z.rooms), ...tree.unzonedRooms].flatMap((r) => r.devices.map((d) => ({ room: r.name, ...d })));

it('a changed device comes back as one tree entry, and patching with it gives the same tree as a reload', async () => {
  t = await createTestServices();
  const before = await callOk(t, 'home.getTree', {});
  const target = devices(before).find((d) => d.kind === 'light') ?? devices(before)[0];
  if (!target) throw new Error('the demo home has devices');
  const entity = await t.services.store.getEntity(target.id);
  if (!entity) throw new Error('device not found');

  const changed: string[][] = [];
  const sub = t.services.events.onDidPublish((e) => {
    if (e.name === 'home.didChange') changed.push((e.payload as { entityIds: string[] }).entityIds);
  });
  const content = { ...entity.content, state: { ...((entity.content['state'] as object | undefined) ?? {}), power: 'on', level: 42 } };
  await t.services.store.applyChanges({
    entities: [{ ...entity, name: `${entity.name} (renamed)`, content, version: new VersionClock().next('tester'), parent_versions: [entity.version] }],
    pending: true,
  });
  sub.dispose();
  expect(changed).toEqual([[target.id]]);

  const entries = await callOk(t, 'home.getTreeEntries', { ids: [target.id, 'no-such-entity'] });
  expect(entries[0]).toMatchObject({ id: target.id, entity: { name: `${entity.name} (renamed)`, state: { power: 'on', level: 42 } } });
  expect(entries[0]?.parentIds.length).toBeGreaterThan(0);
  expect(entries[1]).toEqual({ id: 'no-such-entity', entity: null, parentIds: [] });

  const patched = applyTreeEntries(before, entries);
  const fresh = await callOk(t, 'home.getTree', {});
  expect(patched).toEqual(fresh);
  // Only the branch with the device changed: another zone is the very same object.
  const untouched = before.zones.find((z) => !z.rooms.some((r) => r.devices.some((d) => d.id === target.id)));
  if (untouched) expect(patched?.zones).toContain(untouched);
});
