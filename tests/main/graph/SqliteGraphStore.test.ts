import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import type { Entity } from '../../../src-shared/protocol/entities';
import type { GraphChangeEvent } from '../../../src-main/graph/GraphStore';
import { SqliteGraphStore, openGraphDatabase } from '../../../src-main/graph/SqliteGraphStore';
import type { SqliteDatabase } from '../../../src-main/store/openDatabase';
import { edge, entity, tempDir, v } from '../store/graphFixtures';
import type { TempDir } from '../store/graphFixtures';

describe('SqliteGraphStore', () => {
  let dir: TempDir;
  let db: SqliteDatabase;
  let store: SqliteGraphStore;

  const reopen = (): void => {
    store.dispose();
    db.close();
    db = openGraphDatabase(dir.file('graph.db'));
    store = new SqliteGraphStore(db);
  };

  beforeEach(() => {
    dir = tempDir();
    db = openGraphDatabase(dir.file('graph.db'));
    store = new SqliteGraphStore(db);
  });
  afterEach(() => {
    store.dispose();
    if (db.isOpen) db.close();
    dir.remove();
  });

  const kitchen = entity('room-kitchen', 1, { entity_type: 'room', name: 'Kitchen' });
  const thermostat = entity('dev-thermo', 2, {
    name: 'Hallway Thermostat',
    content: { manufacturer: 'Ecobee', model: 'SmartThermostat Premium', state: { mode: 'heat' } },
  });
  const lamp = entity('dev-lamp', 3, { name: 'Kitchen Lamp', content: { manufacturer: 'Philips', model: 'Hue White' } });

  it('keeps every version; current is what the server said last (not the greatest version), and re-applying is idempotent', async () => {
    const v5 = entity('dev-x', 5, { name: 'Five', parent_versions: [v(3)] });
    const v3 = entity('dev-x', 3, { name: 'Three' });
    const v4 = entity('dev-x', 4, { name: 'Four', parent_versions: [v(3)] });
    await store.applyChanges({ entities: [v5], pending: false });
    await store.applyChanges({ entities: [v3, v4], pending: false });
    // The server decides what is current (by receive time, not by version order): the last row it sent wins.
    expect((await store.getEntity('dev-x'))?.name).toBe('Four');
    expect((await store.getVersions('dev-x')).map((e) => e.name)).toEqual(['Three', 'Four', 'Five']);
    await store.applyChanges({ entities: [v4], pending: false });
    expect((await store.getEntity('dev-x'))?.name).toBe('Four');
    expect(await store.getVersions('dev-x')).toHaveLength(3);
    expect(await store.getVersions('dev-x')).toContainEqual(v5);
  });

  it('canonicalises legacy Z versions on write, so both forms name one version', async () => {
    const legacy = v(7).replace('+00:00-', '+00:00Z-');
    await store.applyChanges({ entities: [entity('dev-z', 6, { name: 'older' })], pending: false });
    await store.applyChanges({ entities: [entity('dev-z', 7, { version: legacy, parent_versions: [v(6).replace('+00:00-', '+00:00Z-')] })], pending: false });
    const current = await store.getEntity('dev-z');
    expect(current?.version).toBe(v(7));
    expect(current?.parent_versions).toEqual([v(6)]);
    // The same version in both forms is one version.
    await store.applyChanges({ entities: [entity('dev-z', 7)], pending: false });
    expect((await store.getVersions('dev-z')).map((e) => e.version)).toEqual([v(6), v(7)]);
    expect((await store.getEntity('dev-z'))?.version).toBe(v(7));
  });

  it('hides tombstones from reads and search, but keeps them for includeDeleted and history', async () => {
    await store.applyChanges({ entities: [kitchen, lamp], relationships: [edge('e1', lamp, kitchen)], pending: false });
    const tomb = entity('dev-lamp', 9, { name: 'Kitchen Lamp', content: { deleted: true }, parent_versions: [lamp.version] });
    await store.applyChanges({ entities: [tomb], pending: false });

    expect(await store.getEntity('dev-lamp')).toBeUndefined();
    expect((await store.getEntity('dev-lamp', { includeDeleted: true }))?.version).toBe(tomb.version);
    expect((await store.getEntities(['dev-lamp', 'room-kitchen'])).has('dev-lamp')).toBe(false);
    expect((await store.listEntities()).map((e) => e.id)).toEqual(['room-kitchen']);
    expect((await store.listEntities({ includeDeleted: true })).map((e) => e.id)).toEqual(['room-kitchen', 'dev-lamp']);
    expect(await store.searchText('lamp')).toEqual([]);
    expect(await store.getRelationships({ anyId: 'room-kitchen' })).toEqual([]);
    expect((await store.getVersions('dev-lamp')).map((e) => e.version)).toEqual([lamp.version, tomb.version]);
    expect((await store.getStats()).entityCount).toBe(1);
  });

  it('queries relationships by endpoint and type, and updates re-sent edge ids in place', async () => {
    const hall = entity('room-hall', 4, { entity_type: 'room', name: 'Hall' });
    await store.applyChanges({
      entities: [kitchen, hall, thermostat, lamp],
      relationships: [edge('e-lamp', lamp, kitchen), edge('e-thermo', thermostat, hall), edge('e-conn', kitchen, hall, 'connects_to', { via: 'door' })],
      pending: false,
    });
    expect((await store.getRelationships({ toId: 'room-kitchen', types: ['located_in'] })).map((r) => r.id)).toEqual(['e-lamp']);
    expect((await store.getRelationships({ anyId: 'room-kitchen' })).map((r) => r.id)).toEqual(['e-conn', 'e-lamp']);
    expect((await store.getRelationships({ fromId: 'room-kitchen' }))[0]?.properties).toEqual({ via: 'door' });

    // The lamp moves to the hall: same edge id, new endpoint.
    const lamp2 = { ...lamp, version: v(10), parent_versions: [lamp.version] };
    await store.applyChanges({ entities: [lamp2], relationships: [edge('e-lamp', lamp2, hall)], pending: true });
    expect(await store.getRelationships({ toId: 'room-kitchen', types: ['located_in'] })).toEqual([]);
    const moved = await store.getRelationships({ fromId: 'dev-lamp' });
    expect(moved).toEqual([edge('e-lamp', lamp2, hall)]);
    const stats = await store.getStats();
    expect(stats).toMatchObject({ relationshipCount: 3, pendingEntityCount: 1, pendingRelationshipCount: 1 });
    expect(stats.countsByType).toEqual({ room: 2, device: 2 });
  });

  it('tolerates edges pinned to older endpoint versions', async () => {
    await store.applyChanges({ entities: [kitchen, lamp], relationships: [edge('e1', lamp, kitchen)], pending: false });
    await store.applyChanges({ entities: [{ ...lamp, version: v(20), name: 'Renamed Lamp' }], pending: false });
    expect((await store.getRelationships({ fromId: 'dev-lamp' }))[0]?.from_entity_version).toBe(lamp.version);
  });

  it('applies a batch all-or-nothing: one invalid entity stores nothing', async () => {
    await store.applyChanges({ entities: [kitchen], pending: false });
    const bad = { ...lamp, entity_type: 'toaster' } as unknown as Entity;
    const events: GraphChangeEvent[] = [];
    store.onDidChange((e) => events.push(e));
    const attempt = store.applyChanges({ entities: [thermostat, bad], relationships: [edge('e1', thermostat, kitchen)], pending: true });
    await expect(attempt).rejects.toThrow(AppError);
    await expect(attempt).rejects.toThrow(/entities\.1\.entity_type/);
    expect(await store.getEntity('dev-thermo')).toBeUndefined();
    expect(await store.getRelationships()).toEqual([]);
    expect((await store.getStats()).entityCount).toBe(1);
    expect(events).toEqual([]);
  });

  it('rejects a relationship whose endpoint is neither stored nor in the change set, and writes nothing', async () => {
    await store.applyChanges({ entities: [kitchen], pending: false });
    const ghost = entity('dev-ghost', 5);
    const attempt = store.applyChanges({ entities: [lamp], relationships: [edge('e1', lamp, kitchen), edge('e2', ghost, kitchen)], pending: false });
    await expect(attempt).rejects.toMatchObject({ type: 'validation', message: expect.stringMatching(/relationships\.1\.from_entity_id: unknown entity "dev-ghost"/) });
    expect(await store.getEntity('dev-lamp')).toBeUndefined();
    expect(await store.getRelationships()).toEqual([]);
  });

  it('finds entities by name and by content (a device by its manufacturer), name hits ranked first', async () => {
    await store.applyChanges({ entities: [kitchen, thermostat, lamp], pending: false });
    const byMaker = await store.searchText('ecobee');
    expect(byMaker.map((h) => h.entity.id)).toEqual(['dev-thermo']);
    expect(byMaker[0]?.score).toBe(1);
    expect(byMaker[0]?.highlights.join(' ')).toContain('**Ecobee**');

    const kitchenHits = await store.searchText('kitch');
    expect(kitchenHits.map((h) => h.entity.id).sort()).toEqual(['dev-lamp', 'room-kitchen']);
    for (const hit of kitchenHits) {
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.score).toBeLessThanOrEqual(1);
    }

    expect((await store.searchText('kitchen', { types: ['room'] })).map((h) => h.entity.id)).toEqual(['room-kitchen']);
    // "all words" first, then any word for longer questions.
    expect((await store.searchText('philips hue')).map((h) => h.entity.id)).toEqual(['dev-lamp']);
    expect((await store.searchText('where is the ecobee thing')).map((h) => h.entity.id)).toEqual(['dev-thermo']);
    // Infix text falls back to a name substring match.
    expect((await store.searchText('mostat')).map((h) => h.entity.id)).toEqual(['dev-thermo']);
  });

  it('never throws on hostile search input', async () => {
    await store.applyChanges({ entities: [kitchen, thermostat], pending: false });
    for (const input of ["what's", '"', '*', 'OR', '(', '', '   ', 'NEAR(a b)', 'name:kitchen', '^kitchen', 'AND OR NOT', "kitchen'); DROP TABLE entity_versions;--", '\u0000']) {
      await expect(store.searchText(input)).resolves.toBeInstanceOf(Array);
    }
    expect((await store.searchText("what's in the kitchen?")).map((h) => h.entity.id)).toContain('room-kitchen');
    expect(await store.getEntity('room-kitchen')).toBeDefined();
  });

  it('fires onDidChange after commit with the ids that changed, and not for no-op re-sends', async () => {
    const events: GraphChangeEvent[] = [];
    let visibleInListener: Entity | undefined;
    store.onDidChange((e) => {
      events.push(e);
      void store.getEntity('room-kitchen').then((found) => (visibleInListener = found));
    });
    await store.applyChanges({ entities: [kitchen, lamp], relationships: [edge('e1', lamp, kitchen)], pending: false });
    await store.applyChanges({ entities: [kitchen, lamp], relationships: [edge('e1', lamp, kitchen)], pending: false });
    expect(events).toEqual([{ entityIds: ['room-kitchen', 'dev-lamp'], relationshipIds: ['e1'] }]);
    await Promise.resolve();
    expect(visibleInListener?.id).toBe('room-kitchen');
  });

  it('keeps one local head per id until the server acks that very version', async () => {
    await store.applyChanges({ entities: [kitchen], pending: true });
    await store.applyChanges({ entities: [{ ...kitchen, version: v(30), parent_versions: [kitchen.version] }], pending: true });
    // The second edit replaced the unpushed first one as the local head.
    expect((await store.listPending()).entities.map((e) => e.version)).toEqual([v(30)]);
    await store.markPushed('home', { entities: [{ id: kitchen.id, version: kitchen.version }], relationships: [] });
    expect((await store.listPending()).entities.map((e) => e.version)).toEqual([v(30)]);
    // The server handing back the same version also means it has it.
    await store.applyChanges({ entities: [{ ...kitchen, version: v(30), parent_versions: [kitchen.version] }], pending: false });
    expect((await store.getStats()).pendingEntityCount).toBe(0);
  });

  it('keeps meta values and everything else across close and reopen', async () => {
    await store.setMeta('synced_at', '2026-06-15T10:00:00Z');
    await store.setMeta('synced_at', '2026-06-15T11:00:00Z');
    await store.applyChanges({ entities: [kitchen, thermostat], relationships: [edge('e1', thermostat, kitchen)], pending: true });
    reopen();
    expect(await store.getMeta('synced_at')).toBe('2026-06-15T11:00:00Z');
    expect(await store.getMeta('missing')).toBeUndefined();
    expect(await store.getEntity('dev-thermo')).toEqual(thermostat);
    expect(await store.getRelationships()).toEqual([edge('e1', thermostat, kitchen)]);
    expect((await store.searchText('ecobee')).length).toBe(1);
    expect((await store.getStats()).pendingEntityCount).toBe(2);
  });

  it('lists by type with limit and offset, ordered by name', async () => {
    await store.applyChanges({ entities: [kitchen, thermostat, lamp], pending: false });
    expect((await store.listEntities({ types: ['device'] })).map((e) => e.name)).toEqual(['Hallway Thermostat', 'Kitchen Lamp']);
    expect((await store.listEntities({ limit: 1, offset: 1 })).map((e) => e.id)).toEqual(['room-kitchen']);
    await expect(store.listEntities({ limit: -1 })).rejects.toThrow(/limit/);
  });
});
