import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import { graphMigrations } from '../../../src-main/store/migrations';
import type { Migration } from '../../../src-main/store/Migration';
import { openDatabase } from '../../../src-main/store/openDatabase';
import type { SqliteDatabase } from '../../../src-main/store/openDatabase';
import { runMigrations } from '../../../src-main/store/runMigrations';
import { tempDir } from './graphFixtures';
import type { TempDir } from './graphFixtures';

function tableNames(db: SqliteDatabase): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

function userVersion(db: SqliteDatabase): number {
  return (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
}

const chatLike: Migration = {
  version: 100,
  name: 'chat: conversations',
  up: (db) => db.exec('CREATE TABLE conversations (id TEXT PRIMARY KEY)'),
};

describe('runMigrations', () => {
  let dir: TempDir;
  const open: SqliteDatabase[] = [];
  const openDb = (name = 'goodies.db'): SqliteDatabase => {
    const db = openDatabase(dir.file(name));
    open.push(db);
    return db;
  };
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    for (const db of open.splice(0)) if (db.isOpen) db.close();
    dir.remove();
  });

  it('creates every graph table in a fresh data dir and records the version', () => {
    const db = openDb('nested/data/goodies.db');
    expect(existsSync(dir.file('nested/data/goodies.db'))).toBe(true);
    const report = runMigrations(db, graphMigrations);
    expect(report.applied).toEqual(graphMigrations.map((m) => m.version));
    expect(tableNames(db)).toEqual(expect.arrayContaining(['entity_versions', 'entity_current', 'relationships', 'graph_meta', 'entity_fts', 'schema_migrations']));
    expect(userVersion(db)).toBe(graphMigrations.at(-1)?.version);
    expect((db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal');
    expect((db.prepare('PRAGMA foreign_keys').get() as { foreign_keys: number }).foreign_keys).toBe(1);
  });

  it('is a no-op when re-opened', () => {
    runMigrations(openDb(), graphMigrations);
    open[0]?.close();
    const again = openDb();
    const report = runMigrations(again, graphMigrations);
    expect(report.applied).toEqual([]);
    expect(report.schemaVersion).toBe(graphMigrations.at(-1)?.version);
  });

  it('accepts gaps between feature blocks and applies a late lower-numbered migration', () => {
    const db = openDb();
    expect(runMigrations(db, [...graphMigrations, chatLike]).applied).toEqual([...graphMigrations.map((m) => m.version), 100]);
    expect(userVersion(db)).toBe(100);
    const late = (graphMigrations.at(-1)?.version ?? 0) + 1;
    const lateGraph: Migration = { version: late, name: 'graph: late', up: (d) => d.exec('CREATE TABLE late_graph (x INTEGER)') };
    expect(runMigrations(db, [...graphMigrations, lateGraph, chatLike]).applied).toEqual([late]);
    expect(tableNames(db)).toContain('late_graph');
    expect(userVersion(db)).toBe(100);
  });

  it('refuses duplicate and invalid versions before touching the database', () => {
    const db = openDb();
    const dup: Migration = { version: 1, name: 'dup', up: () => undefined };
    expect(() => runMigrations(db, [...graphMigrations, dup])).toThrow(/Duplicate migration version 1/);
    expect(() => runMigrations(db, [{ version: 0, name: 'zero', up: () => undefined }])).toThrow(/invalid version/);
    expect(tableNames(db)).not.toContain('entity_versions');
  });

  it('refuses a database written by a newer build, with a clear error', () => {
    const db = openDb();
    runMigrations(db, [...graphMigrations, chatLike]);
    let error: unknown;
    try {
      runMigrations(db, graphMigrations);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/schema version 100, newer than this version of Goodies knows \(2\)/);
    expect((error as AppError).retryable).toBe(false);
  });

  it('rolls back a failing migration completely and keeps earlier ones', () => {
    const db = openDb();
    const broken: Migration = {
      version: (graphMigrations.at(-1)?.version ?? 0) + 1,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('boom');
      },
    };
    expect(() => runMigrations(db, [...graphMigrations, broken])).toThrow('boom');
    expect(tableNames(db)).toContain('entity_versions');
    expect(tableNames(db)).not.toContain('half_done');
    expect(userVersion(db)).toBe(graphMigrations.at(-1)?.version);
  });
});
