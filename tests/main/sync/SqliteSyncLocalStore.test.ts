// Every method of the SyncLocalStore port (src-main/sync/SyncLocalStore.ts) on the real SQLite store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, formatZodError } from '../../../src-shared/errors';
import { entitySchema, relationshipSchema } from '../../../src-shared/protocol/entities';
import { canonicalVersion, VersionClock } from '../../../src-shared/protocol/version';
import { openGraphDatabase, SqliteGraphStore } from '../../../src-main/graph/SqliteGraphStore';
import { importHomeFile } from '../../../src-main/graph/homeFile';
import { graphMigrations } from '../../../src-main/store/graphMigrations';
import { openDatabase } from '../../../src-main/store/openDatabase';
import type { SqliteDatabase } from '../../../src-main/store/openDatabase';
import { runMigrations } from '../../../src-main/store/runMigrations';
import { computeStateDigest } from '../../../src-node-shared/sync/stateDigest';
import { edge, entity, tempDir, v } from '../store/graphFixtures';
import type { TempDir } from '../store/graphFixtures';

describe('SqliteGraphStore as SyncLocalStore', () => {
  let dir: TempDir;
  let db: SqliteDatabase;
  let store: SqliteGraphStore;
  const clockMs = Date.UTC(2026, 5, 16, 12, 0, 0);

  beforeEach(() => {
    dir = tempDir();
    db = openGraphDatabase(dir.file('goodies.db'));
    store = new SqliteGraphStore(db, { externalWritePollMs: 0, clock: new VersionClock(() => clockMs), now: () => new Date(clockMs) });
  });
  afterEach(() => {
    store.dispose();
    if (db.isOpen) db.close();
    dir.remove();
  });

  const kitchen = entity('room-kitchen', 1, { entity_type: 'room', name: 'Kitchen' });
  const lamp = entity('dev-lamp', 2, { name: 'Lamp' });
  const fan = entity('dev-fan', 3, { name: 'Fan' });
  const edit = (base: typeof lamp, n: number, name: string): typeof lamp => ({ ...base, version: v(n, 'me'), user_id: 'me', name, parent_versions: [base.version] });

  it('pendingChanges: local heads oldest first with their base, tombstones flagged, limited', async () => {
    await store.applyPulled('home', { entities: [kitchen, lamp], relationships: [] });
    await store.applyChanges({ entities: [fan], pending: true });
    await store.applyChanges({ entities: [{ ...edit(lamp, 10, 'Lamp'), content: { deleted: true } }], pending: true });
    const all = await store.pendingChanges();
    expect(all.entities.map((p) => [p.entity.id, p.baseVersion, p.deleted])).toEqual([
      ['dev-fan', null, false],
      ['dev-lamp', lamp.version, true],
    ]);
    expect((await store.pendingChanges(1)).entities.map((p) => p.entity.id)).toEqual(['dev-fan']);
    await expect(store.pendingChanges(-1)).rejects.toThrow(AppError);
  });

  it('markPushed: clears the acked local head; a newer edit made during the push stays pending on top of the acked version', async () => {
    await store.applyPulled('home', { entities: [lamp], relationships: [] });
    const first = edit(lamp, 10, 'First');
    await store.applyChanges({ entities: [first], pending: true });
    const second = { ...edit(first, 11, 'Second'), parent_versions: [first.version] };
    await store.applyChanges({ entities: [second], pending: true });
    // Two edits before a push: the second is pushed on top of the server's version, not of the unpushed first.
    expect((await store.pendingChanges()).entities.map((p) => [p.entity.version, p.entity.parent_versions, p.baseVersion])).toEqual([[second.version, [lamp.version], lamp.version]]);
    await store.markPushed('home', { entities: [{ id: 'dev-lamp', version: first.version }], relationships: [] });
    expect((await store.pendingChanges()).entities.map((p) => [p.entity.version, p.entity.parent_versions, p.baseVersion])).toEqual([[second.version, [first.version], first.version]]);
    expect(await store.serverHeadDigest()).toBe(computeStateDigest([{ id: 'dev-lamp', version: first.version }]));
    await store.markPushed('home', { entities: [{ id: 'dev-lamp', version: second.version }], relationships: [] });
    expect((await store.pendingChanges()).entities).toEqual([]);
    expect((await store.getEntity('dev-lamp'))?.name).toBe('Second');
    expect((await store.getStats()).pendingEntityCount).toBe(0);
  });

  it('applyPulled: idempotent by (id, version), edges before their endpoints are kept and shown once the endpoints arrive', async () => {
    const page = { entities: [kitchen, lamp], relationships: [edge('e1', lamp, kitchen)] };
    expect(await store.applyPulled('home', { entities: [], relationships: page.relationships })).toEqual({ applied: 1, keptLocal: [] });
    expect(await store.getRelationships()).toEqual([]);
    expect(await store.applyPulled('home', page)).toEqual({ applied: 2, keptLocal: [] });
    expect(await store.applyPulled('home', page)).toEqual({ applied: 0, keptLocal: [] });
    expect(await store.getRelationships()).toEqual(page.relationships);
    await expect(store.applyPulled('home', { entities: [{ ...lamp, entity_type: 'toaster' } as never], relationships: [] })).rejects.toThrow(AppError);
  });

  it('recordConflicts: our version kept (winner local) and theirs kept after the ack (server head moves to the winner); re-recording is idempotent', async () => {
    await store.applyPulled('home', { entities: [lamp, fan], relationships: [] });
    const myLamp = edit(lamp, 10, 'My Lamp');
    const myFan = edit(fan, 11, 'My Fan');
    const theirFan = { ...fan, version: v(12, 'bob'), name: 'Bob Fan', parent_versions: [fan.version] };
    await store.applyChanges({ entities: [myLamp, myFan], pending: true });
    await store.applyPulled('home', { entities: [theirFan], relationships: [] });
    await store.markPushed('home', { entities: [{ id: 'dev-lamp', version: myLamp.version }, { id: 'dev-fan', version: myFan.version }], relationships: [] });
    const answers = [
      { entity_id: 'dev-lamp', local_version: v(9, 'bob'), remote_version: myLamp.version, resolution_strategy: 'last write wins: pushed version is later', resolved_version: myLamp.version },
      { entity_id: 'dev-fan', local_version: theirFan.version, remote_version: myFan.version, resolution_strategy: 'last write wins: server version is later', resolved_version: theirFan.version },
    ];
    const records = await store.recordConflicts('home', answers);
    expect(records.map((r) => [r.entityName, r.winner, r.resolved])).toEqual([
      ['My Lamp', 'local', false],
      ['My Fan', 'remote', false],
    ]);
    expect((await store.getEntity('dev-fan'))?.name).toBe('Bob Fan');
    expect((await store.getEntity('dev-lamp'))?.name).toBe('My Lamp');
    expect((await store.recordConflicts('home', answers)).map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(await store.listConflicts()).toHaveLength(2);
  });

  it('keepMine: a new local head with our content on top of the winner, edges re-pinned, conflict resolved', async () => {
    await store.applyPulled('home', { entities: [kitchen, fan], relationships: [edge('e-fan', fan, kitchen)] });
    const myFan = edit(fan, 11, 'My Fan');
    const theirFan = { ...fan, version: v(12, 'bob'), name: 'Bob Fan', parent_versions: [fan.version] };
    await store.applyChanges({ entities: [myFan], pending: true });
    await store.applyPulled('home', { entities: [theirFan], relationships: [] });
    const [conflict] = await store.recordConflicts('home', [
      { entity_id: 'dev-fan', local_version: theirFan.version, remote_version: myFan.version, resolution_strategy: 'server later', resolved_version: theirFan.version },
    ]);
    await store.markPushed('home', { entities: [{ id: 'dev-fan', version: myFan.version }], relationships: [] });
    expect((await store.getEntity('dev-fan'))?.name).toBe('Bob Fan');

    await store.keepMine(conflict!.id);
    const kept = await store.getEntity('dev-fan');
    expect(kept).toMatchObject({ name: 'My Fan', user_id: 'me', parent_versions: [theirFan.version] });
    expect(kept?.version).not.toBe(myFan.version);
    const pending = await store.pendingChanges();
    expect(pending.entities.map((p) => [p.entity.version, p.baseVersion])).toEqual([[kept?.version, theirFan.version]]);
    expect(pending.relationships.map((r) => r.relationship.from_entity_version)).toEqual([kept?.version]);
    expect(await store.listConflicts()).toEqual([]);
    expect((await store.listConflicts({ includeResolved: true }))[0]?.resolved).toBe(true);
    // Again: nothing more happens.
    await store.keepMine(conflict!.id);
    expect((await store.pendingChanges()).entities).toHaveLength(1);
    await expect(store.keepMine(999)).rejects.toThrow(/no conflict 999/);
  });

  it('dismissConflict: resolved without touching the graph', async () => {
    await store.applyPulled('home', { entities: [fan], relationships: [] });
    const [conflict] = await store.recordConflicts('home', [
      { entity_id: 'dev-fan', local_version: fan.version, remote_version: v(5, 'me'), resolution_strategy: 'x', resolved_version: fan.version },
    ]);
    await store.dismissConflict(conflict!.id);
    expect(await store.listConflicts()).toEqual([]);
    expect((await store.getEntity('dev-fan'))?.version).toBe(fan.version);
    expect((await store.pendingChanges()).entities).toEqual([]);
  });

  it('listConflicts: both contents, ours and the server\'s, for a side-by-side view (null for a version not stored here)', async () => {
    await store.applyPulled('home', { entities: [fan], relationships: [] });
    const myFan = { ...edit(fan, 11, 'My Fan'), content: { state: { power: 'on', speed: 3 } } };
    const theirFan = { ...fan, version: v(12, 'bob'), name: 'Bob Fan', content: { state: { power: 'off', speed: 3 } }, parent_versions: [fan.version] };
    await store.applyChanges({ entities: [myFan], pending: true });
    await store.applyPulled('home', { entities: [theirFan], relationships: [] });
    await store.recordConflicts('home', [
      { entity_id: 'dev-fan', local_version: theirFan.version, remote_version: myFan.version, resolution_strategy: 'server later', resolved_version: theirFan.version },
      { entity_id: 'dev-fan', local_version: v(30, 'carol'), remote_version: myFan.version, resolution_strategy: 'server later', resolved_version: v(30, 'carol') },
    ]);
    const [stored, unknown] = await store.listConflicts();
    expect(stored).toMatchObject({
      winner: 'remote',
      mine: { name: 'My Fan', entityType: 'device', content: { state: { power: 'on', speed: 3 } }, deleted: false },
      theirs: { name: 'Bob Fan', content: { state: { power: 'off', speed: 3 } }, deleted: false },
    });
    expect(unknown).toMatchObject({ mine: { name: 'My Fan' }, theirs: null });
  });

  it('dismissConflict ("keep theirs") drops a still-pending local edit when the server\'s version won: reads show the winner', async () => {
    await store.applyPulled('home', { entities: [fan], relationships: [] });
    const myFan = edit(fan, 11, 'My Fan');
    const theirFan = { ...fan, version: v(12, 'bob'), name: 'Bob Fan', parent_versions: [fan.version] };
    await store.applyChanges({ entities: [myFan], pending: true });
    await store.applyPulled('home', { entities: [theirFan], relationships: [] });
    const [conflict] = await store.recordConflicts('home', [
      { entity_id: 'dev-fan', local_version: theirFan.version, remote_version: myFan.version, resolution_strategy: 'server later', resolved_version: theirFan.version },
    ]);
    // Not acked (the server kept its row and answered only with the conflict): our edit is still the local head.
    expect((await store.getEntity('dev-fan'))?.name).toBe('My Fan');
    const seen: string[][] = [];
    store.onDidChange((e) => seen.push(e.entityIds));
    await store.dismissConflict(conflict!.id);
    expect((await store.getEntity('dev-fan'))?.name).toBe('Bob Fan');
    expect((await store.pendingChanges()).entities).toEqual([]);
    expect(await store.listConflicts()).toEqual([]);
    expect(seen).toEqual([['dev-fan']]);
  });

  it('discardLocalEdit: drops the local head only while it is that version; a never-pushed entity leaves the graph', async () => {
    await store.applyPulled('home', { entities: [lamp], relationships: [] });
    const first = edit(lamp, 10, 'First');
    const second = { ...edit(first, 11, 'Second'), parent_versions: [first.version] };
    await store.applyChanges({ entities: [first], pending: true });
    await store.applyChanges({ entities: [second], pending: true });
    expect(await store.discardLocalEdit('dev-lamp', first.version)).toBe(false);
    expect((await store.getEntity('dev-lamp'))?.name).toBe('Second');
    expect(await store.discardLocalEdit('dev-lamp', second.version)).toBe(true);
    expect((await store.getEntity('dev-lamp'))?.version).toBe(lamp.version);
    expect((await store.pendingChanges()).entities).toEqual([]);
    expect(await store.serverHeadDigest()).toBe(computeStateDigest([{ id: 'dev-lamp', version: lamp.version }]));

    await store.applyChanges({ entities: [fan], pending: true });
    expect(await store.discardLocalEdit('dev-fan', fan.version)).toBe(true);
    expect(await store.getEntity('dev-fan')).toBeUndefined();
    expect(await store.searchText('Fan')).toEqual([]);
    expect(await store.discardLocalEdit('dev-fan', fan.version)).toBe(false);
  });

  it('serverHeadDigest: over server heads with tombstones, without never-pushed local entities', async () => {
    const tomb = { ...fan, version: v(20), content: { deleted: true } };
    await store.applyPulled('home', { entities: [kitchen, tomb], relationships: [] });
    await store.applyChanges({ entities: [lamp], pending: true });
    expect(await store.serverHeadDigest()).toBe(
      computeStateDigest([
        { id: 'room-kitchen', version: kitchen.version },
        { id: 'dev-fan', version: tomb.version },
      ]),
    );
  });

  it('resetServerHeads: forgets synced rows and the cursor, keeps unsynced local heads and edges', async () => {
    await store.applyPulled('home', { entities: [kitchen, lamp, fan], relationships: [edge('e-lamp', lamp, kitchen)] });
    const myLamp = edit(lamp, 10, 'My Lamp');
    await store.applyChanges({ entities: [myLamp], relationships: [edge('e-fan', fan, kitchen)], pending: true });
    await store.setSyncState('home', { cursor: '99', lastDigest: 'abc', lastDigestMatched: false });
    await store.resetServerHeads('home');
    expect((await store.listEntities()).map((e) => e.name)).toEqual(['My Lamp']);
    expect(await store.serverHeadDigest()).toBe(computeStateDigest([]));
    expect((await store.pendingChanges()).entities.map((p) => p.entity.version)).toEqual([myLamp.version]);
    expect((await store.pendingChanges()).relationships.map((r) => r.relationship.id)).toEqual(['e-fan']);
    expect(await store.getSyncState('home')).toMatchObject({ cursor: null, lastDigest: null, lastDigestMatched: null });
    // A full resync rebuilds the rest without touching the pending edit.
    await store.applyPulled('home', { entities: [kitchen, lamp, fan], relationships: [edge('e-lamp', lamp, kitchen)] });
    expect((await store.listEntities()).map((e) => e.name)).toEqual(['Fan', 'Kitchen', 'My Lamp']);
  });

  it('sweepServerHeads: after a full pull, drops what it did not bring; until then the synced graph stays in view', async () => {
    await store.applyPulled('home', { entities: [kitchen, lamp, fan], relationships: [edge('e-lamp', lamp, kitchen), edge('e-fan-old', fan, kitchen)] });
    const myLamp = edit(lamp, 10, 'My Lamp');
    await store.applyChanges({ entities: [myLamp], relationships: [edge('e-fan', fan, kitchen)], pending: true });
    // A full pull half done (a crash here): nothing was removed yet.
    await store.applyPulled('home', { entities: [kitchen], relationships: [] });
    expect((await store.listEntities()).map((e) => e.name)).toEqual(['Fan', 'Kitchen', 'My Lamp']);
    // The full pull brought the kitchen and the lamp and e-lamp: the fan and e-fan-old go, the pending edits stay.
    await store.applyPulled('home', { entities: [lamp], relationships: [edge('e-lamp', lamp, kitchen)] });
    await store.sweepServerHeads('home', { entityIds: new Set(['room-kitchen', 'dev-lamp']), relationshipIds: new Set(['e-lamp']) });
    expect((await store.listEntities()).map((e) => e.name)).toEqual(['Kitchen', 'My Lamp']);
    expect((await store.getRelationships()).map((r) => r.id)).toEqual(['e-lamp']);
    expect((await store.pendingChanges()).relationships.map((r) => r.relationship.id)).toEqual(['e-fan']);
    expect((await store.pendingChanges()).entities.map((p) => p.entity.version)).toEqual([myLamp.version]);
    expect(await store.serverHeadDigest()).toBe(computeStateDigest([kitchen, lamp].map((e) => ({ id: e.id, version: e.version }))));
  });

  it('sweepServerHeads: ids with quotes, backslashes and non-ASCII match as seen; the swept ids are logged and announced', async () => {
    const odd = entity('dev-"quoted"\\lamp-ü✓', 4, { name: 'Odd' });
    const other = entity('dev-other', 5, { name: 'Other' });
    await store.applyPulled('home', { entities: [kitchen, odd, other], relationships: [edge('e-"odd"', odd, kitchen), edge('e-other', other, kitchen)] });
    const announced: { entityIds: string[]; relationshipIds: string[] }[] = [];
    store.onDidChange((e) => announced.push({ entityIds: e.entityIds, relationshipIds: e.relationshipIds }));
    await store.sweepServerHeads('home', { entityIds: new Set([kitchen.id, odd.id]), relationshipIds: new Set(['e-"odd"']) });
    expect((await store.listEntities()).map((e) => e.name)).toEqual(['Kitchen', 'Odd']);
    expect((await store.getRelationships()).map((r) => r.id)).toEqual(['e-"odd"']);
    expect(announced).toEqual([{ entityIds: ['dev-other'], relationshipIds: ['e-other'] }]);
    expect((await store.getStats()).relationshipCount).toBe(1);
    // The count is of visible edges: an edge to a tombstone or to an id never pulled is not counted.
    const ghost = entity('dev-ghost', 6);
    await store.applyPulled('home', { entities: [{ ...odd, version: v(7), parent_versions: [odd.version], content: { deleted: true } }], relationships: [edge('e-ghost', ghost, kitchen)] });
    expect((await store.getStats()).relationshipCount).toBe(0);
    expect((await store.getRelationships()).length).toBe(0);
    const events = announced.length;
    // Nothing left to sweep: no event.
    await store.sweepServerHeads('home', { entityIds: new Set([kitchen.id, odd.id]), relationshipIds: new Set(['e-"odd"', 'e-ghost']) });
    expect(announced).toHaveLength(events);
  });

  it('getSyncState / setSyncState: defaults, patches that keep other fields, survives reopen', async () => {
    expect(await store.getSyncState('home')).toEqual({ serverId: 'home', cursor: null, serverTime: null, lastDigest: null, lastDigestMatched: null, lastSyncAt: null });
    await store.setSyncState('home', { cursor: '500', serverTime: '2026-06-16T12:00:00Z' });
    await store.setSyncState('home', { lastDigest: 'd', lastDigestMatched: true, lastSyncAt: '2026-06-16T12:00:01Z' });
    await store.setSyncState('home', { cursor: null });
    store.dispose();
    db.close();
    db = openGraphDatabase(dir.file('goodies.db'));
    store = new SqliteGraphStore(db, { externalWritePollMs: 0 });
    expect(await store.getSyncState('home')).toEqual({
      serverId: 'home',
      cursor: null,
      serverTime: '2026-06-16T12:00:00Z',
      lastDigest: 'd',
      lastDigestMatched: true,
      lastSyncAt: '2026-06-16T12:00:01Z',
    });
  });

  it('applyPulled validates like the zod schema on both paths: common rows canonicalised, odd rows accepted, bad rows refused with the zod error', async () => {
    const legacy = { ...lamp, version: '2026-04-31T09:41:02.581234+00:00Z-000001-alice', parent_versions: ['2026-01-01T24:00:00.000000+00:00-000001-alice'] };
    await store.applyPulled('home', { entities: [kitchen, legacy], relationships: [] });
    expect((await store.getEntity('dev-lamp'))?.version).toBe(canonicalVersion(legacy.version));
    // An unknown key is stripped by zod (slow path), as before.
    await store.applyPulled('home', { entities: [{ ...fan, extra: 1 } as typeof fan], relationships: [{ ...edge('e-fan', fan, kitchen), properties: undefined } as never] });
    expect(await store.getEntity('dev-fan')).not.toHaveProperty('extra');
    const bad = [{ ...fan, id: 'dev-bad', entity_type: 'toaster' }] as unknown as (typeof fan)[];
    const expected = z.object({ entities: z.array(entitySchema), relationships: z.array(relationshipSchema) }).safeParse({ entities: bad, relationships: [] });
    expect(expected.success).toBe(false);
    const error = await store.applyPulled('home', { entities: bad, relationships: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(`Invalid graph change: ${formatZodError(expected.error!)}`);
    expect(await store.getEntity('dev-bad')).toBeUndefined();
  });

  it('beginLargePull / endLargePull: no automatic checkpoint in between (nesting counts), then restored and the WAL copied to the file', async () => {
    const autocheckpoint = (): number => Number((db.prepare('PRAGMA wal_autocheckpoint').get() as { wal_autocheckpoint: number }).wal_autocheckpoint);
    const walFrames = (): { log: number; checkpointed: number } => db.prepare('PRAGMA wal_checkpoint(PASSIVE)').get() as { log: number; checkpointed: number };
    const usual = autocheckpoint();
    store.beginLargePull();
    store.beginLargePull();
    expect(autocheckpoint()).toBe(0);
    store.endLargePull();
    expect(autocheckpoint()).toBe(0);
    await store.applyPulled('home', { entities: [kitchen, lamp, fan], relationships: [edge('e-lamp', lamp, kitchen)] });
    store.endLargePull();
    expect(autocheckpoint()).toBe(usual);
    // Just after the pull returned (the next macrotask), endLargePull's deferred checkpoint copied what it wrote.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const frames = walFrames();
    expect(frames.checkpointed).toBe(frames.log);
    store.endLargePull(); // an extra end is harmless
    expect(autocheckpoint()).toBe(usual);
    expect((await store.listEntities()).map((e) => e.name)).toEqual(['Fan', 'Kitchen', 'Lamp']);
  });

  it('a home file import is local (pending, pushed next sync) unless told it is known to the server; logged as an import', async () => {
    const file = { format: 'goodies-home' as const, format_version: 1 as const, exported_at: '2026-06-16T12:00:00Z', entities: [kitchen, lamp], relationships: [edge('e1', lamp, kitchen)] };
    await importHomeFile(store, file, { pending: true });
    expect((await store.pendingChanges()).entities.map((p) => p.entity.id)).toEqual(['room-kitchen', 'dev-lamp']);
    await importHomeFile(store, { ...file, entities: [fan], relationships: [] }, { pending: false });
    expect((await store.pendingChanges()).entities).toHaveLength(2);
    expect(await store.serverHeadDigest()).toBe(computeStateDigest([{ id: 'dev-fan', version: fan.version }]));
    expect(db.prepare('SELECT source FROM change_log ORDER BY seq').all()).toEqual([{ source: 'import' }, { source: 'import' }]);
  });

  it('a home file holding several versions of an entity makes the greatest current, whatever their order in the file', async () => {
    const newer = { ...lamp, version: v(9), name: 'Lamp v9', parent_versions: [lamp.version] };
    const file = { format: 'goodies-home' as const, format_version: 1 as const, exported_at: '2026-06-16T12:00:00Z', entities: [newer, kitchen, lamp], relationships: [] };
    await importHomeFile(store, file, { pending: false });
    expect((await store.getEntity('dev-lamp'))?.name).toBe('Lamp v9');
  });

  it('migrates a version-1 database: pending current versions become local heads on top of the greatest synced version', () => {
    store.dispose();
    db.close();
    const old = openDatabase(dir.file('old.db'));
    runMigrations(old, graphMigrations.slice(0, 1));
    const insert = old.prepare(
      "INSERT INTO entity_versions (id, version, entity_type, name, content, source_type, user_id, parent_versions, pending) VALUES (?, ?, 'device', ?, '{}', 'manual', 'me', '[]', ?)",
    );
    insert.run('dev-lamp', v(1), 'synced', 0);
    insert.run('dev-lamp', v(2), 'older edit', 1);
    insert.run('dev-lamp', v(3), 'newest edit', 1);
    old.prepare("INSERT INTO entity_current (id, version, entity_type, deleted) VALUES ('dev-lamp', ?, 'device', 0)").run(v(3));
    old.close();
    db = openGraphDatabase(dir.file('old.db'));
    store = new SqliteGraphStore(db, { externalWritePollMs: 0 });
    return store.pendingChanges().then((pending) => {
      expect(pending.entities.map((p) => [p.entity.name, p.baseVersion])).toEqual([['newest edit', v(1)]]);
      expect(db.prepare('SELECT COUNT(*) AS n FROM entity_versions WHERE pending = 1').get()).toEqual({ n: 1 });
    });
  });
});
