// The shared cache behind the name index and the intent engine's home snapshot, over a real SQLite store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GraphDerivedCache } from '../../../src-main/graph/GraphDerivedCache';
import { openGraphDatabase, SqliteGraphStore } from '../../../src-main/graph/SqliteGraphStore';
import type { SqliteDatabase } from '../../../src-main/store/openDatabase';
import { entity, tempDir, type TempDir } from '../store/graphFixtures';

let dir: TempDir;
let db: SqliteDatabase;
let store: SqliteGraphStore;
beforeEach(() => {
  dir = tempDir();
  db = openGraphDatabase(dir.file('goodies.db'));
  store = new SqliteGraphStore(db);
});
afterEach(() => {
  store.dispose();
  db.close();
  dir.remove();
});

describe('GraphDerivedCache', () => {
  it('builds once, and rebuilds after a graph change', async () => {
    let builds = 0;
    const cache = new GraphDerivedCache(store, async () => {
      builds++;
      return (await store.listEntities()).length;
    });
    expect(await cache.get()).toBe(0);
    expect(await cache.get()).toBe(0);
    expect(builds).toBe(1);
    await store.applyChanges({ entities: [entity('a', 1)], pending: false });
    expect(await cache.get()).toBe(1);
    expect(builds).toBe(2);
    cache.dispose();
  });

  it('does not keep a build that a change overtook while it ran', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let builds = 0;
    const cache = new GraphDerivedCache(store, async () => {
      builds++;
      const count = (await store.listEntities()).length;
      if (builds === 1) await gate;
      return count;
    });
    const first = cache.get();
    await store.applyChanges({ entities: [entity('a', 1)], pending: false });
    release();
    expect(await first).toBe(0); // the caller that asked before the change gets what it asked for …
    expect(await cache.get()).toBe(1); // … but the next caller does not get the stale value
    expect(builds).toBe(2);
    cache.dispose();
  });

  it('forgets a failed build so the next call tries again', async () => {
    let fail = true;
    const cache = new GraphDerivedCache(store, async () => {
      if (fail) throw new Error('boom');
      return 'ok';
    });
    await expect(cache.get()).rejects.toThrow('boom');
    fail = false;
    expect(await cache.get()).toBe('ok');
    cache.dispose();
  });
});
