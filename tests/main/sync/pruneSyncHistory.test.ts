// Retention (issue 11): change_log rows go once they are older than the window, every known server has synced since
// and no pending edit still carries their seq; finished outbox items (done, discarded, expired) go once older than the
// window; queued and parked ones never. Real SQLite on disk, in bounded batches.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openGraphDatabase, SqliteGraphStore } from '../../../src-main/graph/SqliteGraphStore';
import { outboxMigrations } from '../../../src-main/outbox/outboxMigrations';
import { SqliteOutbox } from '../../../src-main/outbox/SqliteOutbox';
import type { SqliteDatabase } from '../../../src-main/store/openDatabase';
import { pruneSyncHistory } from '../../../src-main/sync/pruneSyncHistory';
import { entity, tempDir, type TempDir } from '../store/graphFixtures';

const DAY = 24 * 60 * 60 * 1000;

describe('pruneSyncHistory', () => {
  let dir: TempDir;
  let db: SqliteDatabase;
  let store: SqliteGraphStore;
  let outbox: SqliteOutbox;
  let now = new Date('2026-01-01T00:00:00Z');
  const clock = () => now;

  beforeEach(() => {
    now = new Date('2026-01-01T00:00:00Z');
    dir = tempDir();
    db = openGraphDatabase(dir.file('goodies.db'), outboxMigrations);
    store = new SqliteGraphStore(db, { externalWritePollMs: 0, now: clock });
    outbox = new SqliteOutbox(db, { now: clock });
  });
  afterEach(() => {
    store.dispose();
    if (db.isOpen) db.close();
    dir.remove();
  });

  const logSeqs = (): number[] => (db.prepare('SELECT seq FROM change_log ORDER BY seq').all() as Array<{ seq: number }>).map((r) => r.seq);
  const later = (days: number): Date => new Date(now.getTime() + days * DAY);

  it('keeps change_log rows inside the window, and rows a known server has not synced past', async () => {
    await store.applyPulled('home', { entities: [entity('a', 1), entity('b', 2)], relationships: [] });
    const old = logSeqs();
    expect(old.length).toBeGreaterThan(0);
    await store.setSyncState('home', { lastSyncAt: new Date(now.getTime() + 1000).toISOString() });

    // Inside the window: nothing goes.
    expect(await pruneSyncHistory(store, outbox, { now: () => later(3) })).toEqual({ changeLog: 0, outbox: 0 });
    // A second server known but never synced: its cursor has passed nothing, so the rows stay.
    await store.setSyncState('other', { cursor: null });
    expect((await pruneSyncHistory(store, outbox, { now: () => later(30) })).changeLog).toBe(0);
    await store.setSyncState('other', { lastSyncAt: later(1).toISOString() });
    expect((await pruneSyncHistory(store, outbox, { now: () => later(30) })).changeLog).toBe(old.length);
    expect(logSeqs()).toEqual([]);
  });

  it('never prunes the log row of a pending local edit, and a pruned seq is never reused', async () => {
    await store.applyChanges({ entities: [entity('pending', 1)], pending: true });
    await store.applyPulled('home', { entities: [entity('synced', 2)], relationships: [] });
    const before = logSeqs();
    await store.setSyncState('home', { lastSyncAt: later(1).toISOString() });
    const removed = await pruneSyncHistory(store, outbox, { now: () => later(30) });
    // The pending write's row is the oldest, so nothing after it goes either (seq order is the log's order).
    expect(removed.changeLog).toBe(0);
    expect(logSeqs()).toEqual(before);
    expect((await store.pendingChanges()).entities.map((p) => p.entity.id)).toEqual(['pending']);

    const pending = (await store.pendingChanges()).entities[0];
    await store.markPushed('home', { entities: [{ id: 'pending', version: pending?.entity.version ?? '' }], relationships: [] });
    await store.setSyncState('home', { lastSyncAt: later(2).toISOString() });
    expect((await pruneSyncHistory(store, outbox, { now: () => later(30) })).changeLog).toBe(before.length + 1);
    await store.applyChanges({ entities: [entity('next', 3)], pending: true });
    expect(logSeqs()[0]).toBeGreaterThan(Math.max(...before));
  });

  it('removes finished outbox items older than the window in bounded batches; queued and parked stay', async () => {
    const items = await outbox.enqueueMany(Array.from({ length: 25 }, (_, n) => ({ kind: 'entity_change' as const, payload: { entity_id: `e-${n}`, version: 'v1' } })));
    await outbox.markDone(items.slice(0, 20).map((i) => i.id));
    const parked = items[20]?.id ?? '';
    await outbox.markFailed(parked, 'refused by the server', { park: true });
    await outbox.discard(items[21]?.id ?? '');

    expect((await pruneSyncHistory(store, outbox, { now: () => later(6) })).outbox).toBe(0);
    // Batches of 4, at most 3 per run: 12 go now, the rest on the next run.
    expect((await pruneSyncHistory(store, outbox, { now: () => later(8), batchSize: 4, maxBatches: 3 })).outbox).toBe(12);
    expect((await pruneSyncHistory(store, outbox, { now: () => later(8), batchSize: 4, maxBatches: 3 })).outbox).toBe(9);
    const left = await outbox.list({});
    expect(left.map((i) => i.status).sort()).toEqual(['parked', 'queued', 'queued', 'queued']);
  });
});
