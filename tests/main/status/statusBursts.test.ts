// A large sync applies hundreds of pages in a row: the status bar gets the first change at once and then at most one
// snapshot per burst interval, the last one with the final counts (counting a big graph per page made pulls slow).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StatusSnapshot } from '../../../src-preload/contract';
import { createTestServices, type TestServices } from '../../support/createTestServices';

let t: TestServices | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await t?.cleanup();
  t = undefined;
});

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

describe('status snapshots during a burst of graph changes', () => {
  it('one snapshot at once, one trailing snapshot with the final counts after the burst interval', async () => {
    t = await createTestServices();
    const { store, events } = t.services;
    const snapshots: StatusSnapshot[] = [];
    events.onDidPublish((e) => {
      if (e.name === 'status.didChange') snapshots.push(e.payload as StatusSnapshot);
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const template = (await store.listEntities({ types: ['device'], limit: 1 }))[0];
    if (!template) throw new Error('the demo home has devices');
    for (let i = 0; i < 30; i++) {
      const version = `2026-12-02T10:00:${String(i).padStart(2, '0')}.000000+00:00-000001-sync`;
      await store.applyChanges({ entities: [{ ...template, id: `burst-${i}`, name: `Burst ${i}`, version, parent_versions: [] }], pending: false });
    }
    await settle();
    expect(snapshots.length).toBe(1);
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    expect(snapshots.length).toBe(2);
    const stats = await store.getStats();
    expect(snapshots.at(-1)?.graph.entityCount).toBe(stats.entityCount);
    // A later change is never lost: it is published within one burst interval.
    await store.applyChanges({ entities: [{ ...template, id: 'after', name: 'After', version: '2026-12-02T11:00:00.000000+00:00-000001-sync', parent_versions: [] }], pending: false });
    await settle();
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    expect(snapshots.at(-1)?.graph.entityCount).toBe(stats.entityCount + 1);
  });
});
