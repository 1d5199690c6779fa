import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/store/openDatabase';
import type { SqliteDatabase } from '../../../src-main/store/openDatabase';
import { transaction } from '../../../src-main/store/transaction';
import { tempDir } from './graphFixtures';
import type { TempDir } from './graphFixtures';

describe('transaction', () => {
  let dir: TempDir;
  let db: SqliteDatabase;
  const values = (): number[] => (db.prepare('SELECT x FROM t ORDER BY x').all() as { x: number }[]).map((r) => r.x);
  beforeEach(() => {
    dir = tempDir();
    db = openDatabase(dir.file('t.db'));
    db.exec('CREATE TABLE t (x INTEGER)');
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  it('commits on success and rolls back everything on failure', () => {
    transaction(db, () => db.exec('INSERT INTO t VALUES (1)'));
    expect(() =>
      transaction(db, () => {
        db.exec('INSERT INTO t VALUES (2)');
        throw new Error('nope');
      }),
    ).toThrow('nope');
    expect(values()).toEqual([1]);
    expect(db.isTransaction).toBe(false);
  });

  it('nests with savepoints: a caught inner failure undoes only the inner work', () => {
    transaction(db, () => {
      db.exec('INSERT INTO t VALUES (1)');
      expect(() =>
        transaction(db, () => {
          db.exec('INSERT INTO t VALUES (2)');
          throw new Error('inner');
        }),
      ).toThrow('inner');
      transaction(db, () => db.exec('INSERT INTO t VALUES (3)'));
    });
    expect(values()).toEqual([1, 3]);
  });

  it('refuses an async callback and leaves no transaction open', () => {
    expect(() => transaction(db, async () => db.exec('INSERT INTO t VALUES (9)'))).toThrow(/synchronous/);
    expect(values()).toEqual([]);
    expect(db.isTransaction).toBe(false);
  });

  it('keeps committed data across close and reopen', () => {
    transaction(db, () => db.exec('INSERT INTO t VALUES (42)'));
    db.close();
    db = openDatabase(dir.file('t.db'));
    expect(values()).toEqual([42]);
  });
});
