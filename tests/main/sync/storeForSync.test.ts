// The five store problems of issue #11 ("What must change in the store first"), each reproduced against the real
// SQLite store: every test here failed on the old store (lexical-max current pointer, one pending flag, no log).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphChangeEvent } from '../../../src-main/graph/GraphStore';
import { openGraphDatabase, SqliteGraphStore } from '../../../src-main/graph/SqliteGraphStore';
import type { SqliteDatabase } from '../../../src-main/store/openDatabase';
import { computeStateDigest } from '../../../src-node-shared/sync/stateDigest';
import { edge, entity, tempDir, v } from '../store/graphFixtures';
import type { TempDir } from '../store/graphFixtures';

describe('store for sync: the five problems of issue #11', () => {
  let dir: TempDir;
  let db: SqliteDatabase;
  let store: SqliteGraphStore;

  beforeEach(() => {
    dir = tempDir();
    db = openGraphDatabase(dir.file('goodies.db'));
    store = new SqliteGraphStore(db, { externalWritePollMs: 0 });
  });
  afterEach(() => {
    store.dispose();
    if (db.isOpen) db.close();
    dir.remove();
  });

  const kitchen = entity('room-kitchen', 1, { entity_type: 'room', name: 'Kitchen' });
  const hall = entity('room-hall', 2, { entity_type: 'room', name: 'Hall' });
  const lamp = entity('dev-lamp', 3, { name: 'Lamp' });

  it('1a. a pulled edge does not overwrite a pending local edge edit nor clear its pending flag', async () => {
    await store.applyPulled('home', { entities: [kitchen, hall, lamp], relationships: [edge('e-lamp', lamp, kitchen)] });
    await store.applyChanges({ relationships: [edge('e-lamp', lamp, hall)], pending: true });
    const result = await store.applyPulled('home', { entities: [], relationships: [edge('e-lamp', lamp, kitchen, 'located_in', { from: 'server' })] });
    expect(result.keptLocal).toEqual(['e-lamp']);
    expect(await store.getRelationships({ fromId: 'dev-lamp' })).toEqual([edge('e-lamp', lamp, hall)]);
    expect((await store.pendingChanges()).relationships.map((r) => r.relationship.id)).toEqual(['e-lamp']);
  });

  it('1b. an edge ack clears only the pushed revision: an edit made during the push stays pending', async () => {
    await store.applyPulled('home', { entities: [kitchen, hall, lamp], relationships: [] });
    await store.applyChanges({ relationships: [edge('e-lamp', lamp, kitchen)], pending: true });
    const pushed = (await store.pendingChanges()).relationships;
    // While the push is in flight, the lamp moves again.
    await store.applyChanges({ relationships: [edge('e-lamp', lamp, hall)], pending: true });
    await store.markPushed('home', { entities: [], relationships: pushed.map((r) => ({ id: r.relationship.id, revision: r.revision })) });
    const still = (await store.pendingChanges()).relationships;
    expect(still.map((r) => r.relationship)).toEqual([edge('e-lamp', lamp, hall)]);
    expect(still[0]!.revision).toBeGreaterThan(pushed[0]!.revision);
    await store.markPushed('home', { entities: [], relationships: still.map((r) => ({ id: r.relationship.id, revision: r.revision })) });
    expect((await store.pendingChanges()).relationships).toEqual([]);
  });

  it('2. a pulled version never replaces a pending local edit; the server answer is recorded as a conflict', async () => {
    await store.applyPulled('home', { entities: [lamp], relationships: [] });
    const mine = { ...lamp, version: v(10, 'me'), name: 'My Lamp', user_id: 'me', parent_versions: [lamp.version] };
    await store.applyChanges({ entities: [mine], pending: true });
    const theirs = { ...lamp, version: v(11, 'bob'), name: 'Bob Lamp', user_id: 'bob', parent_versions: [lamp.version] };
    const result = await store.applyPulled('home', { entities: [theirs], relationships: [] });
    expect(result.keptLocal).toEqual(['dev-lamp']);
    expect((await store.getEntity('dev-lamp'))?.name).toBe('My Lamp');
    expect((await store.pendingChanges()).entities.map((p) => [p.entity.version, p.baseVersion])).toEqual([[mine.version, lamp.version]]);
    // The server digest counts the server head, not our pending edit.
    expect(await store.serverHeadDigest()).toBe(computeStateDigest([{ id: 'dev-lamp', version: theirs.version }]));

    await store.recordConflicts('home', [
      { entity_id: 'dev-lamp', local_version: theirs.version, remote_version: mine.version, resolution_strategy: 'last write wins: server version is later', resolved_version: theirs.version },
    ]);
    await store.markPushed('home', { entities: [{ id: 'dev-lamp', version: mine.version }], relationships: [] });
    expect((await store.getEntity('dev-lamp'))?.name).toBe('Bob Lamp');
    expect(await store.listConflicts()).toMatchObject([{ entityId: 'dev-lamp', entityName: 'My Lamp', localVersion: mine.version, remoteVersion: theirs.version, winner: 'remote' }]);
  });

  it('3. current is what the server says (a version that lost there, or a lexically greater one, does not stay current), and tombstones always win', async () => {
    // Our version sorts after the server's, but the server kept its own row (later receive time).
    const late = entity('dev-lamp', 50, { name: 'Lost on the server' });
    await store.applyPulled('home', { entities: [late], relationships: [] });
    const winner = { ...lamp, version: v(40, 'bob'), name: 'Server winner' };
    await store.applyPulled('home', { entities: [winner], relationships: [] });
    expect((await store.getEntity('dev-lamp'))?.version).toBe(winner.version);
    const tomb = { ...lamp, version: v(20, 'bob'), content: { deleted: true } };
    await store.applyPulled('home', { entities: [tomb], relationships: [] });
    expect(await store.getEntity('dev-lamp')).toBeUndefined();
    expect(await store.serverHeadDigest()).toBe(computeStateDigest([{ id: 'dev-lamp', version: tomb.version }]));
  });

  it('4. every change is logged in its own transaction, with a cursor per server, parent versions on our edits', async () => {
    await store.applyPulled('home', { entities: [kitchen], relationships: [] });
    await store.applyChanges({ entities: [lamp], relationships: [edge('e1', lamp, kitchen)], pending: true });
    await store.applyChanges({ entities: [hall], pending: false });
    const log = db.prepare('SELECT source, entity_ids, relationship_ids FROM change_log ORDER BY seq').all();
    expect(log).toEqual([
      { source: 'remote', entity_ids: '["room-kitchen"]', relationship_ids: '[]' },
      { source: 'local', entity_ids: '["dev-lamp"]', relationship_ids: '["e1"]' },
      { source: 'import', entity_ids: '["room-hall"]', relationship_ids: '[]' },
    ]);
    // A failed write leaves no log row either.
    await expect(store.applyChanges({ relationships: [edge('e2', lamp, entity('nowhere', 9))], pending: true })).rejects.toThrow();
    expect(db.prepare('SELECT COUNT(*) AS n FROM change_log').get()).toEqual({ n: 3 });
    await store.setSyncState('home', { cursor: '42' });
    await store.setSyncState('other', { cursor: '7' });
    expect((await store.getSyncState('home')).cursor).toBe('42');
    expect((await store.getSyncState('other')).cursor).toBe('7');
  });

  it('5. writes by another connection (the CLI while the app runs) fire onDidChange with the ids they changed', async () => {
    const cliDb = openGraphDatabase(dir.file('goodies.db'));
    const cli = new SqliteGraphStore(cliDb, { externalWritePollMs: 0 });
    try {
      const events: GraphChangeEvent[] = [];
      store.onDidChange((e) => events.push(e));
      expect(store.checkExternalWrites()).toBe(false);
      await cli.applyPulled('home', { entities: [kitchen, lamp], relationships: [edge('e1', lamp, kitchen)] });
      await store.applyChanges({ entities: [hall], pending: true });
      expect(events).toEqual([{ entityIds: ['room-hall'], relationshipIds: [] }]);
      expect(store.checkExternalWrites()).toBe(true);
      expect(events[1]).toEqual({ entityIds: ['room-kitchen', 'dev-lamp'], relationshipIds: ['e1'] });
      expect(store.checkExternalWrites()).toBe(false);
      // And the other way round: the CLI hears the app's write, not its own.
      expect(cli.checkExternalWrites()).toBe(true);
      expect((await store.getEntity('dev-lamp'))?.name).toBe('Lamp');
    } finally {
      cli.dispose();
      cliDb.close();
    }
  });
});
