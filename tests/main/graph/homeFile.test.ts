import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import type { HomeFile } from '../../../src-shared/protocol/entities';
import { exportHomeFile, importHomeFile, parseHomeFile } from '../../../src-main/graph/homeFile';
import { SqliteGraphStore, openGraphDatabase } from '../../../src-main/graph/SqliteGraphStore';
import type { SqliteDatabase } from '../../../src-main/store/openDatabase';
import { edge, entity, tempDir, v } from '../store/graphFixtures';
import type { TempDir } from '../store/graphFixtures';

const home = entity('home-1', 1, { entity_type: 'home', name: 'Our Home' });
const kitchen = entity('room-kitchen', 2, { entity_type: 'room', name: 'Kitchen' });
const fridge = entity('dev-fridge', 3, { name: 'Fridge', content: { manufacturer: 'Bosch', state: { power: 'on' } } });
const oldTv = entity('dev-tv', 4, { name: 'Old TV', content: { deleted: true } });

function sampleFile(): HomeFile {
  return structuredClone({
    format: 'goodies-home',
    format_version: 1,
    entities: [home, kitchen, fridge, oldTv],
    relationships: [edge('r1', kitchen, home, 'part_of'), edge('r2', fridge, kitchen, 'located_in', { shelf: 2 })],
  });
}

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('home files', () => {
  let dir: TempDir;
  const dbs: SqliteDatabase[] = [];
  const newStore = (name: string): SqliteGraphStore => {
    const db = openGraphDatabase(dir.file(name));
    dbs.push(db);
    return new SqliteGraphStore(db);
  };
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    for (const db of dbs.splice(0)) db.close();
    dir.remove();
  });

  it('parses a good file', () => {
    const file = parseHomeFile(JSON.stringify(sampleFile()));
    expect(file.entities).toHaveLength(4);
    expect(file.relationships[1]?.properties).toEqual({ shelf: 2 });
  });

  it('names the problem in malformed files', () => {
    expect(errorOf(() => parseHomeFile('{"entities": [')).message).toMatch(/^The home file is not valid JSON/);
    expect(errorOf(() => parseHomeFile('[]')).type).toBe('validation');

    const wrongType = sampleFile() as unknown as { entities: Record<string, unknown>[] };
    (wrongType.entities[3] as Record<string, unknown>)['entity_type'] = 'toaster';
    expect(errorOf(() => parseHomeFile(JSON.stringify(wrongType))).message).toMatch(/entities\.3\.entity_type/);

    const missing = sampleFile() as unknown as { entities: Record<string, unknown>[] };
    delete (missing.entities[1] as Record<string, unknown>)['name'];
    expect(errorOf(() => parseHomeFile(JSON.stringify(missing))).message).toMatch(/entities\.1\.name/);

    const dangling = sampleFile();
    dangling.relationships.push(edge('r3', entity('dev-ghost', 9), kitchen));
    expect(errorOf(() => parseHomeFile(JSON.stringify(dangling))).message).toMatch(/relationships\.2\.from_entity_id: "dev-ghost" is not an entity in this file/);

    const duplicate = sampleFile();
    duplicate.entities.push({ ...fridge, version: fridge.version.replace('+00:00-', '+00:00Z-') });
    expect(errorOf(() => parseHomeFile(JSON.stringify(duplicate))).message).toMatch(/entities\.4: duplicate of entity "dev-fridge"/);

    const big = JSON.stringify(sampleFile());
    const tooLarge = errorOf(() => parseHomeFile(big, { maxBytes: 100 }));
    expect(tooLarge.type).toBe('too_large');
  });

  it('imports nothing from a bad file', async () => {
    const store = newStore('a.db');
    await importHomeFile(store, { entities: [home], relationships: [] }, { pending: false });
    const bad = sampleFile();
    bad.relationships.push(edge('r9', entity('dev-ghost', 9), kitchen));
    await expect(importHomeFile(store, bad, { pending: false })).rejects.toMatchObject({ type: 'validation' });
    const badVersion = sampleFile();
    badVersion.entities[2] = { ...fridge, version: 'yesterday' };
    await expect(importHomeFile(store, badVersion, { pending: false })).rejects.toThrow(/entities\.2\.version/);
    expect((await store.listEntities({ includeDeleted: true })).map((e) => e.id)).toEqual(['home-1']);
    expect(await store.getRelationships()).toEqual([]);
  });

  it('round-trips export → import exactly, tombstones included', async () => {
    const first = newStore('first.db');
    const result = await importHomeFile(first, parseHomeFile(JSON.stringify(sampleFile())), { pending: true });
    expect(result).toEqual({ entityCount: 4, relationshipCount: 2 });
    // History stays local: an older version is not exported.
    await first.applyChanges({ entities: [entity('dev-fridge', 0, { name: 'Fridge (old)' })], pending: false });
    const exported = await exportHomeFile(first, () => new Date('2026-06-15T12:00:00Z'));
    expect(exported.exported_at).toBe('2026-06-15T12:00:00.000Z');
    expect(exported.entities.find((e) => e.id === 'dev-fridge')?.version).toBe(v(3));
    expect(exported.entities.find((e) => e.id === 'dev-tv')?.content).toEqual({ deleted: true });

    const second = newStore('second.db');
    await importHomeFile(second, parseHomeFile(JSON.stringify(exported)), { pending: false });
    const again = await exportHomeFile(second, () => new Date('2026-06-15T12:00:00Z'));
    expect(again).toEqual(exported);
    expect(JSON.stringify(again)).toBe(JSON.stringify(exported));
    expect(await second.getEntity('dev-tv')).toBeUndefined();
  });
});
